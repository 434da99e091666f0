"""What the demo content is made of, in a form two loads can be compared by."""

from django.db import models

from modelcluster.models import get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from charity.models import CharitySettings, ImpactFigures, Partner, Person

# Bookkeeping that differs between two loads of the same content.
VOLATILE_FIELDS = {
    "id", "page_ptr", "path", "depth", "numchild", "translation_key", "content_type", "owner",
    "latest_revision", "live_revision", "latest_revision_created_at", "first_published_at",
    "last_published_at", "locked_at", "locked_by", "locale", "file", "file_size", "file_hash",
    "created_at", "uploaded_by_user", "collection", "focal_point_x", "focal_point_y",
    "focal_point_width", "focal_point_height", "site", "root_page",
}  # fmt: skip


def _without_ids(value):
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def _natural(value):
    if isinstance(value, Page):
        return value.url_path
    if isinstance(value, models.Model):
        return str(value)
    return value


def values(instance) -> dict:
    """Every meaningful field of an object; relations by what they point to, not by their ids."""
    result = {}
    for field in instance._meta.concrete_fields:
        if field.name in VOLATILE_FIELDS or field.attname in VOLATILE_FIELDS:
            continue
        if isinstance(field, StreamField):
            result[field.name] = _without_ids(field.get_prep_value(getattr(instance, field.name)))
        elif field.is_relation:
            result[field.name] = _natural(getattr(instance, field.name))
        else:
            result[field.name] = field.value_to_string(instance)
    for field in instance._meta.many_to_many:
        result[field.name] = sorted(_natural(related) for related in getattr(instance, field.name).all())
    if isinstance(instance, Page):
        for relation in get_all_child_relations(instance):
            children = getattr(instance, relation.get_accessor_name()).all()
            result[relation.get_accessor_name()] = [values(child) for child in children]
    return result


def snapshot() -> dict:
    pages = Page.objects.filter(depth__gt=1).specific().order_by("path")
    return {
        "pages": {page.url_path: values(page) for page in pages},
        "people": sorted(str(values(person)) for person in Person.objects.all()),
        "partners": sorted(str(values(partner)) for partner in Partner.objects.all()),
        "images": sorted(str(values(image)) for image in get_image_model().objects.all()),
        "documents": sorted(str(values(document)) for document in get_document_model().objects.all()),
        "settings": [values(setting) for model in (ImpactFigures, CharitySettings) for setting in model.objects.all()],
        "sites": sorted((site.hostname, site.port, site.root_page.url_path) for site in Site.objects.all()),
    }


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "people": Person.objects.count(),
        "partners": Partner.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }
