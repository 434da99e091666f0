"""Number formatting for the site's templates."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format

register = template.Library()


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None


@register.filter
def grouped(value):
    """7200 → "7,200", with the active language's separators."""
    number = _decimal(value)
    if number is None:
        return value
    places = 0 if number == number.to_integral_value() else 2
    return number_format(number, decimal_pos=places, force_grouping=True)


@register.filter
def euros(value):
    """1500000 → "€1,500,000"; cents are shown only when there are some: 330.5 → "€330.50"."""
    number = _decimal(value)
    if number is None:
        return value
    return f"€{grouped(number)}"


@register.filter
def percent(value):
    """Decimal("0.66") → "66%", Decimal("0.005") → "0.5%"."""
    number = _decimal(value)
    if number is None:
        return value
    figure = (number * 100).normalize()
    places = max(0, -figure.as_tuple().exponent)
    return f"{number_format(figure, decimal_pos=places)}%"


@register.filter
def page_range(page_obj):
    """The page numbers to link around the current one, with "…" for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
