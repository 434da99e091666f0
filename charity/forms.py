from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .tax import RULES


class TaxCalculatorForm(forms.Form):
    donor_type = forms.ChoiceField(
        label=_("I give as"),
        choices=[(rule.donor_type, rule.label) for rule in RULES.values()],
        initial="individual",
        widget=forms.RadioSelect,
    )
    gift = forms.DecimalField(
        label=_("Amount of the gift (€)"),
        min_value=Decimal("1"),
        max_value=Decimal("100000000"),
        max_digits=12,
        decimal_places=2,
    )
    income = forms.DecimalField(
        label=_("Taxable income, or turnover for a company (€ per year)"),
        help_text=_("Used only to apply the ceiling; nothing you type here is stored or sent anywhere else."),
        min_value=Decimal("0"),
        max_value=Decimal("100000000000"),
        max_digits=15,
        decimal_places=2,
    )
