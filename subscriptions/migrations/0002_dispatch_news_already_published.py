from django.db import migrations


def record_published_news(apps, schema_editor):
    """News published before subscriptions existed was never news to a subscriber: a later re-publish
    must not email it out."""
    NewsPage = apps.get_model("programs", "NewsPage")
    NewsDispatch = apps.get_model("subscriptions", "NewsDispatch")
    published = NewsPage.objects.filter(first_published_at__isnull=False).values_list("pk", flat=True)
    NewsDispatch.objects.bulk_create([NewsDispatch(news_page_id=pk) for pk in published], ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("subscriptions", "0001_initial")]

    operations = [migrations.RunPython(record_published_news, migrations.RunPython.noop)]
