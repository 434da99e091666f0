"""`{% image_at page.image "card" alt="" class="card__image" %}`: an image at one of the sizes named in
charity.images, which the listings prefetch. A size in several formats is Wagtail's `{% picture %}`: a
<source> per modern format and an <img> in the last; a size in one format is its `{% srcset_image %}`."""

from django import template

from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from charity.images import filter_specs

register = template.Library()


@register.simple_tag
def image_at(image, size: str, **attributes):
    """The same markup as Wagtail's tags give for that size's specs; nothing when there is no image.

    The attributes go on the <img> (its width and height are the smallest rendition's), `sizes` on the
    <source>s as well."""
    if not image:
        return ""
    renditions = get_renditions_or_not_found(image, filter_specs(size))
    picture = Picture(renditions, attributes)
    if picture.formats:
        return picture.__html__()
    return ResponsiveImage(renditions, attributes).__html__()
