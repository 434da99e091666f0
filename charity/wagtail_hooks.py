from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from charity.models import Partner, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "title", "affiliation"]
    search_fields = ["name", "affiliation"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "acronym", "kind", "show_in_footer"]
    list_filter = ["kind", "show_in_footer"]
    search_fields = ["name", "acronym"]


class PeopleAndPartnersGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PartnerViewSet)
    menu_icon = "group"
    menu_label = _("People & partners")
    menu_name = "people-and-partners"


register_snippet(PeopleAndPartnersGroup)
