"""Number formatting for the site's templates, in the active language."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

register = template.Library()


def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return None


@register.filter
def grouped(value):
    """7200 → "7,200" in English, "7 200" in French."""
    number = _decimal(value)
    if number is None:
        return value
    places = 0 if number == number.to_integral_value() else 2
    return number_format(number, decimal_pos=places, force_grouping=True)


@register.filter
def euros(value):
    """1500000 → "€1,500,000" in English, "1 500 000 €" in French; cents are shown only when there are
    some: 330.5 → "€330.50"."""
    number = _decimal(value)
    if number is None:
        return value
    # Translators: an amount in euros; French puts the sign after the number, with a non-breaking space.
    return gettext("€%(amount)s") % {"amount": grouped(number)}


@register.filter
def percent(value):
    """Decimal("0.66") → "66%" in English, "66 %" in French; Decimal("0.005") → "0.5%"."""
    number = _decimal(value)
    if number is None:
        return value
    figure = (number * 100).normalize()
    places = max(0, -figure.as_tuple().exponent)
    # Translators: a percentage; French puts a non-breaking space before the sign.
    return gettext("%(number)s%%") % {"number": number_format(figure, decimal_pos=places)}


@register.simple_tag
def yearly_ceiling(rule):
    """A tax rule's yearly ceiling in words: "20% of taxable income (revenu imposable)"."""
    return rule.ceiling_description % {"rate": percent(rule.income_ceiling_rate), "floor": euros(rule.floor_ceiling)}


@register.filter
def page_range(page_obj):
    """The page numbers to link around the current one, with "…" for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
