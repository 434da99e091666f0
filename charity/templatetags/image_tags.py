"""`{% image_at page.image "card" alt="" class="card__image" %}`: Wagtail's `{% image %}` at one of the
sizes named in charity.images, which the listings prefetch."""

from django import template

from charity.images import SPECS

register = template.Library()


@register.simple_tag
def image_at(image, size: str, **attributes):
    """The same <img> as `{% image image <spec> ... %}`, nothing when there is no image."""
    if not image:
        return ""
    return image.get_rendition(SPECS[size]).img_tag(attributes)
