from django.db import migrations

from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    """Existing people, partners and suggested amounts join the default language, each its own translation key."""

    dependencies = [
        ("charity", "0005_translatable_snippets_bootstrap"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [
        BootstrapTranslatableModel("charity.Person"),
        BootstrapTranslatableModel("charity.Partner"),
        BootstrapTranslatableModel("charity.SuggestedAmount"),
    ]
