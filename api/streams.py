"""StreamField values of a whole listing, bound together.

Wagtail turns a stream's stored blocks into values one stream at a time, with one `bulk_to_python` per
block type: a listing of 20 news whose bodies each hold a call to action looks its pages up 20 times.
Here the blocks of every stream are bound with one `bulk_to_python` per block type for the whole listing,
as Wagtail does within one stream (StreamValue._prefetch_blocks).
"""

from collections import defaultdict

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField


def bind_together(streams) -> None:
    """Bind the blocks not yet bound of every stream in `streams` (StreamValues of one StreamField)."""
    unbound = defaultdict(list)
    for stream in streams:
        for index, raw in enumerate(stream._raw_data):
            if stream._bound_blocks[index] is None and raw["type"] in stream.stream_block.child_blocks:
                unbound[raw["type"]].append((stream, index, raw))
    for type_name, items in unbound.items():
        block = items[0][0].stream_block.child_blocks[type_name]
        values = block.bulk_to_python([raw["value"] for _stream, _index, raw in items])
        for (stream, index, raw), value in zip(items, values, strict=True):
            stream._bound_blocks[index] = StreamValue.StreamChild(block, value, id=raw.get("id"))


def bind_streams_of(pages) -> None:
    """Bind the blocks of every StreamField of the pages of a listing, one field at a time."""
    if not pages:
        return
    for field in pages[0]._meta.get_fields():
        if isinstance(field, StreamField):
            bind_together([getattr(page, field.attname) for page in pages])
