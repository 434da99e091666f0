"""Serializer fields for the relations the open data API exposes beside each model's own fields."""

from rest_framework import serializers

from charity.published import published


class RelatedPagesField(serializers.Field):
    """A many-to-many relation to pages, as the live and public pages it points to."""

    def __init__(self, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source or self.field_name)

    def to_representation(self, related_pages):
        request = self.context.get("request")
        return [
            {"id": page.pk, "title": page.title, "slug": page.slug, "html_url": page.get_full_url(request)}
            for page in published(related_pages.all()).order_by("title")
        ]


class RelatedSnippetsField(serializers.Field):
    """A many-to-many relation to snippets, as a list of their public fields."""

    def __init__(self, fields: list[str], *args, **kwargs):
        self.snippet_fields = fields
        kwargs["read_only"] = True
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source or self.field_name)

    def to_representation(self, snippets):
        return [{name: getattr(snippet, name) for name in ["id", *self.snippet_fields]} for snippet in snippets.all()]
