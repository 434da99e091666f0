"""The admin form of every page: relations offer the pages and snippets of the page's own language."""

from django.db.models import Model

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class OwnLanguagePageForm(WagtailAdminPageForm):
    """Cancers, programs, investigators and partners are listed once per language; a French program offers
    the French ones only, an English program the English ones. Whatever the page already names stays
    listed, so that a translation made before its relations were translated can still be saved (its
    relations then follow the page's language, see BasePage.relate_in_own_language)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            chosen = self.initial.get(name) or []
            if isinstance(chosen, Model | int | str):
                chosen = [chosen]
            chosen_ids = [getattr(item, "pk", item) for item in chosen]
            field.queryset = queryset.filter(locale_id=locale_id) | queryset.filter(pk__in=chosen_ids)
