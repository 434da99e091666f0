from decimal import Decimal

import pytest

from charity.tax import COMPANY, INDIVIDUAL, tax_reduction


def test_an_individual_deducts_66_percent_of_a_gift_within_the_ceiling():
    result = tax_reduction("individual", gift=Decimal("1000"), income=Decimal("30000"))

    assert result.rule is INDIVIDUAL
    assert result.eligible_gift == Decimal("1000")
    assert result.reduction == Decimal("660.00")
    assert result.net_cost == Decimal("340.00")
    assert result.carried_over_gift == Decimal("0")


def test_an_individual_carries_over_what_exceeds_20_percent_of_taxable_income():
    result = tax_reduction("individual", gift=Decimal("10000"), income=Decimal("30000"))

    assert result.eligible_gift == Decimal("6000")
    assert result.reduction == Decimal("3960.00")
    assert result.carried_over_gift == Decimal("4000")
    assert result.net_cost == Decimal("6040.00")


def test_an_individual_without_taxable_income_carries_the_whole_gift_over():
    result = tax_reduction("individual", gift=Decimal("200"), income=Decimal("0"))

    assert result.reduction == Decimal("0.00")
    assert result.carried_over_gift == Decimal("200")
    assert result.net_cost == Decimal("200")


def test_a_company_deducts_60_percent_within_a_floor_of_20000_euros():
    # 0.5% of a 1,000,000 € turnover is 5,000 €: the 20,000 € floor applies.
    result = tax_reduction("company", gift=Decimal("30000"), income=Decimal("1000000"))

    assert result.rule is COMPANY
    assert result.eligible_gift == Decimal("20000")
    assert result.reduction == Decimal("12000.00")
    assert result.carried_over_gift == Decimal("10000")


def test_a_company_deducts_within_half_a_percent_of_turnover_above_the_floor():
    result = tax_reduction("company", gift=Decimal("60000"), income=Decimal("10000000"))

    assert result.eligible_gift == Decimal("50000")
    assert result.reduction == Decimal("30000.00")
    assert result.carried_over_gift == Decimal("10000")


@pytest.mark.parametrize(
    "donor_type, gift, reduction",
    [
        ("individual", "12.25", "8.09"),  # 8.085: half a cent rounds up
        ("individual", "10.01", "6.61"),  # 6.6066
        ("company", "10.01", "6.01"),  # 6.006
        ("company", "10.02", "6.01"),  # 6.012
    ],
)
def test_the_reduction_is_rounded_to_the_cent_half_up(donor_type, gift, reduction):
    result = tax_reduction(donor_type, gift=Decimal(gift), income=Decimal("1000000"))

    assert result.reduction == Decimal(reduction)
    assert result.net_cost == Decimal(gift) - Decimal(reduction)
