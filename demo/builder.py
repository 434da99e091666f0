"""Create-or-update helpers: every demo object is found by a natural key (a page's slug under its
parent, a snippet's name, an image's title) and only saved again when its content has changed."""

from collections import Counter

from django.core.management.base import CommandError

from wagtail.models import Page


class Builder:
    def __init__(self):
        self.counts = Counter()

    def page(self, parent, model, slug, fields, relations=None, children=None):
        """The `model` page with `slug` under `parent`, published with `fields`.

        `relations` maps many-to-many names to lists of objects; `children` maps inline relation names
        to lists of field dicts (in order). A page whose content is unchanged gets no new revision.
        """
        relations = relations or {}
        children = children or {}
        existing = parent.get_children().filter(slug=slug).first()
        if existing is None:
            page = model(slug=slug, **fields)
            for name, objects in relations.items():
                getattr(page, name).set(objects)
            for name, rows in children.items():
                setattr(page, name, [self._child(page, name, row, position) for position, row in enumerate(rows)])
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.counts["pages created"] += 1
            return page

        page = existing.specific
        if not isinstance(page, model):
            raise CommandError(
                f'"{existing.url_path}" is a {type(page).__name__}, not a {model.__name__}: move or rename it first.'
            )
        changed = self._assign_fields(page, fields)
        changed |= self._assign_relations(page, relations)
        changed |= self._assign_children(page, children)
        if changed or not page.live or page.has_unpublished_changes:
            page.save_revision().publish()
            self.counts["pages updated"] += 1
        else:
            self.counts["pages unchanged"] += 1
        return page

    def snippet(self, model, lookup, fields):
        instance = model.objects.filter(**lookup).order_by("pk").first()
        created = instance is None
        if created:
            instance = model(**lookup)
        changed = self._assign_fields(instance, fields)
        if created or changed:
            instance.save()
        self.counts[f"{model._meta.model_name} snippets {'created' if created else 'checked'}"] += 1
        return instance

    @staticmethod
    def _stored(instance, name):
        field = instance._meta.get_field(name)
        return field.get_prep_value(field.value_from_object(instance))

    def _assign_fields(self, instance, fields) -> bool:
        changed = False
        for name, value in fields.items():
            before = self._stored(instance, name)
            setattr(instance, name, value)
            changed |= before != self._stored(instance, name)
        return changed

    @staticmethod
    def _assign_relations(page, relations) -> bool:
        changed = False
        for name, objects in relations.items():
            manager = getattr(page, name)
            if set(manager.values_list("pk", flat=True)) != {obj.pk for obj in objects}:
                manager.set(objects)
                changed = True
        return changed

    def _assign_children(self, page, children) -> bool:
        changed = False
        for name, rows in children.items():
            keys = [key for row in rows[:1] for key in row]
            current = [{key: self._stored(child, key) for key in keys} for child in getattr(page, name).all()]
            wanted = [{key: self._stored(self._child(page, name, row, 0), key) for key in keys} for row in rows]
            if current != wanted:
                setattr(page, name, [self._child(page, name, row, position) for position, row in enumerate(rows)])
                changed = True
        return changed

    @staticmethod
    def _child(page, name, row, position):
        model = getattr(type(page), name).rel.related_model
        return model(sort_order=position, **row)


def root_page():
    return Page.get_first_root_node()
