"""Pages written in bulk: thousands of published pages in a few statements, for the example content at scale.

Wagtail adds one page at a time (`add_child`, then a revision to publish it), each with a dozen queries and its
signals; at 24,000 pages that takes many minutes. Here the pages of one type go in as treebeard would place
them, one insert per table for a whole batch: the rows every page has (`wagtailcore_page`), then the page
type's own. What `add_child` and publishing would also have made is left out: revisions, the reference index
(the admin's "usage" counts), wagtail-localize's translation sources. The search index is filled in bulk too.
"""

from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

BATCH_SIZE = 500


def add_published_children(parent: Page, pages: Sequence[Page]) -> None:
    """Save `pages` (new, of one type, each with its slug) as published children of `parent`, after its others."""
    if not pages:
        return
    model = type(pages[0])
    if model._meta.get_parent_list() != [Page]:
        raise ValueError(f"{model.__name__} must inherit from Page directly to be written in bulk.")
    parent.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    last_child = parent.get_last_child()
    # Treebeard's own numbering: each child's path is its parent's and its position, in base 36.
    first_position = last_child._get_lastpos_in_path() + 1 if last_child else 1
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for position, page in enumerate(pages, start=first_position):
        page.path = Page._get_path(parent.path, parent.depth + 1, position)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now

    page_fields = Page._meta.concrete_fields
    rows = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in pages],
        batch_size=BATCH_SIZE,
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.id
    _insert_own_rows(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)


def _insert_own_rows(model, pages: Sequence[Page]) -> None:
    """The page type's own table (Django's bulk_create refuses models with a parent table)."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    statement = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        for start in range(0, len(pages), BATCH_SIZE):
            cursor.executemany(
                statement,
                [
                    [field.get_db_prep_save(field.pre_save(page, add=True), connection) for field in fields]
                    for page in pages[start : start + BATCH_SIZE]
                ],
            )


def relate(model, relation: str, pairs: Iterable[tuple[Page, object]]) -> None:
    """Fill the many-to-many `relation` of `model` with (page, related object) pairs, in one insert per batch."""
    field = model._meta.get_field(relation)
    through = field.remote_field.through
    own, other = field.m2m_field_name(), field.m2m_reverse_field_name()
    through.objects.bulk_create(
        [through(**{f"{own}_id": page.pk, f"{other}_id": related.pk}) for page, related in pairs],
        batch_size=BATCH_SIZE,
    )


def index_for_search(pages: Sequence[Page]) -> None:
    """Add `pages` (of one page type) to the search index, as `manage.py update_index` would."""
    if pages:
        get_search_backend().add_bulk(type(pages[0]), pages)
