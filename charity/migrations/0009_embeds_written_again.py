"""Embeds fetched before charity/embeds.py kept their provider's HTML: forgetting them makes Wagtail fetch
them again, through the privacy-friendly players, the next time a page shows them."""

from django.db import migrations


def forget_fetched_embeds(apps, schema_editor):
    apps.get_model("wagtailembeds", "Embed").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0008_site_languages"),
        ("wagtailembeds", "0009_embed_cache_until"),
    ]

    operations = [migrations.RunPython(forget_fetched_embeds, migrations.RunPython.noop)]
