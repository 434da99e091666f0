"""French tax reductions for gifts to a charity of general interest.

The rates, the ceilings and the calculation live here and only here: the donate page's form, its result
and its explanatory text come from this module, and its script holds no rule, asking
charity.views.tax_reduction for the figures as the donor types. Update them when the law changes.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class TaxRule:
    donor_type: str
    label: str
    rate: Decimal
    legal_reference: str
    carry_over_years: int
    income_ceiling_rate: Decimal
    # The ceiling in words, with %(rate)s for income_ceiling_rate and %(floor)s for floor_ceiling.
    ceiling_description: str
    floor_ceiling: Decimal = Decimal("0")

    def ceiling(self, income: Decimal) -> Decimal:
        return max(self.floor_ceiling, income * self.income_ceiling_rate)


INDIVIDUAL = TaxRule(
    donor_type="individual",
    label=_("Individual"),
    rate=Decimal("0.66"),
    legal_reference=_("Article 200 of the French General Tax Code (Code général des impôts)"),
    carry_over_years=5,
    income_ceiling_rate=Decimal("0.20"),
    ceiling_description=_("%(rate)s of taxable income (revenu imposable)"),
)

COMPANY = TaxRule(
    donor_type="company",
    label=_("Company"),
    rate=Decimal("0.60"),
    legal_reference=_("Article 238 bis of the French General Tax Code (Code général des impôts)"),
    carry_over_years=5,
    income_ceiling_rate=Decimal("0.005"),
    ceiling_description=_(
        "%(rate)s of annual turnover excluding VAT (chiffre d'affaires HT), or %(floor)s if that is more"
    ),
    floor_ceiling=Decimal("20000"),
)

RULES = {rule.donor_type: rule for rule in (INDIVIDUAL, COMPANY)}

CENT = Decimal("0.01")


@dataclass(frozen=True)
class TaxReduction:
    rule: TaxRule
    gift: Decimal
    eligible_gift: Decimal
    reduction: Decimal
    net_cost: Decimal
    carried_over_gift: Decimal


def tax_reduction(donor_type: str, gift: Decimal, income: Decimal) -> TaxReduction:
    """The reduction for this year's gift; the part of the gift above the ceiling is carried over."""
    rule = RULES[donor_type]
    eligible_gift = min(gift, rule.ceiling(income))
    reduction = (eligible_gift * rule.rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return TaxReduction(
        rule=rule,
        gift=gift,
        eligible_gift=eligible_gift,
        reduction=reduction,
        net_cost=gift - reduction,
        carried_over_gift=gift - eligible_gift,
    )
