"""Serializer fields for the relations the open data API exposes beside each model's own fields."""

from rest_framework import serializers

from charity.published import published


class RelatedPagesField(serializers.Field):
    """A many-to-many relation to pages, as the live and public pages it points to."""

    def __init__(self, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(*args, **kwargs)

    @staticmethod
    def loaded_name(accessor: str) -> str:
        """Where a listing that loaded the relation for all its pages keeps it (see api.views)."""
        return f"published_{accessor}"

    def get_attribute(self, instance):
        accessor = self.source or self.field_name
        loaded = getattr(instance, self.loaded_name(accessor), None)
        return loaded if loaded is not None else published(getattr(instance, accessor).all()).order_by("title")

    def to_representation(self, related_pages):
        request = self.context.get("request")
        return [
            {"id": page.pk, "title": page.title, "slug": page.slug, "html_url": page.get_full_url(request)}
            for page in related_pages
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
