"""`{% image_at page.image "card" alt="" class="card__image" %}`: Wagtail's `{% image %}` (or, for a
size with several widths such as "hero", its `{% srcset_image %}`) at one of the sizes named in
charity.images, which the listings prefetch."""

from django import template

from wagtail.images.models import Filter, ResponsiveImage
from wagtail.images.shortcuts import get_rendition_or_not_found, get_renditions_or_not_found

from charity.images import SPECS

register = template.Library()


@register.simple_tag
def image_at(image, size: str, **attributes):
    """The same <img> as Wagtail's tags give for that size's spec; nothing when there is no image."""
    if not image:
        return ""
    specs = Filter.expand_spec(SPECS[size])
    if len(specs) == 1:
        return get_rendition_or_not_found(image, specs[0]).img_tag(attributes)
    renditions = get_renditions_or_not_found(image, [Filter(spec=spec) for spec in specs])
    return ResponsiveImage(renditions, attributes).__html__()
