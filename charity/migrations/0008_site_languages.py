from django.conf import settings
from django.db import migrations


def add_the_sites_languages(apps, schema_editor):
    """Wagtail's first migration makes the default language's locale; the site is in English too."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0007_translatable_snippets"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(add_the_sites_languages, migrations.RunPython.noop)]
