"""Everything works with the keyboard alone, and the visitor always sees where the focus is."""

import re

import pytest

from tests.browser.support import PHONE, expect

MAX_TAB_STOPS = 250

FOCUSED_ELEMENT = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
        return null;
    }
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
        name: (element.getAttribute("aria-label") || element.innerText || element.value || element.id || "")
            .trim().replace(/\\s+/g, " ").slice(0, 80),
        tag: element.tagName.toLowerCase(),
        focusVisible: outlined || style.boxShadow !== "none",
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED_ELEMENT)


def tab_to(page, locator, max_presses=MAX_TAB_STOPS):
    """Press Tab until the locator has the focus, as a keyboard user would, and fail if it never does."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {locator} within {max_presses} presses")


def tab_through(page):
    """Every tab stop of the page, in order, until the focus leaves the page."""
    stops = []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        element = focused(page)
        if element is None or (stops and element == stops[0] and len(stops) > 1):
            return stops
        stops.append(element)
    pytest.fail(f"More than {MAX_TAB_STOPS} tab stops on {page.url}")


def test_the_first_tab_reaches_the_skip_link_and_enter_moves_to_the_main_content(page):
    page.goto("/en/programs/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert focused(page)["focusVisible"]

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/", "/en/programs/?cancer=neuroblastoma", "/fr/actualites/", "/en/donate/"]
)
def test_every_control_shows_where_the_focus_is(page, path):
    page.goto(path)

    stops = tab_through(page)

    assert len(stops) > 5
    hidden_focus = [stop for stop in stops if not stop["focusVisible"]]
    assert not hidden_focus, f"Focus is not visible on {path} for: {hidden_focus}"


def test_the_menu_opens_and_closes_with_enter_space_and_escape_on_a_phone(make_context):
    page = make_context(viewport=PHONE).new_page()
    page.goto("/en/")
    menu_button = page.get_by_role("button", name="Menu")
    navigation = page.get_by_role("navigation", name="Main")
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    expect(navigation.get_by_role("link", name="Research programs")).to_be_hidden()

    tab_to(page, menu_button)
    page.keyboard.press("Enter")
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    programs_link = navigation.get_by_role("link", name="Research programs")
    expect(programs_link).to_be_visible()

    page.keyboard.press("Space")
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    expect(programs_link).to_be_hidden()

    page.keyboard.press("Space")
    tab_to(page, programs_link, max_presses=10)
    page.keyboard.press("Escape")
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    expect(menu_button).to_be_focused()

    page.keyboard.press("Enter")
    tab_to(page, programs_link, max_presses=10)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Research programs")).to_be_visible()


def test_the_program_filters_work_from_the_keyboard(page):
    page.goto("/en/programs/")
    filters = page.get_by_role("navigation", name="Filter the programs")

    tab_to(page, filters.get_by_role("link", name=re.compile(r"^Neuroblastoma 9 results")))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?cancer=neuroblastoma$"))
    expect(page.get_by_role("heading", level=2, name="9 programs")).to_be_visible()

    tab_to(page, filters.get_by_role("list", name="Theme").get_by_role("link", name=re.compile(r"^Clinical trial")))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"cancer=neuroblastoma"))
    expect(page).to_have_url(re.compile(r"theme=clinical"))
    expect(page.get_by_role("heading", level=2, name=re.compile(r"^\d programs?$"))).to_be_visible()


def test_pagination_works_from_the_keyboard(page):
    page.goto("/en/news/")
    pagination = page.get_by_role("navigation", name="Pagination")
    expect(pagination).to_contain_text("Page 1 of 2")

    tab_to(page, pagination.get_by_role("link", name="Next page"))
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"\?page=2$"))
    pagination = page.get_by_role("navigation", name="Pagination")
    expect(pagination).to_contain_text("Page 2 of 2")
    tab_to(page, pagination.get_by_role("link", name="Previous page"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"\?page=1$"))


def test_the_tax_calculator_works_from_the_keyboard(page):
    page.goto("/en/donate/")
    individual = page.get_by_role("radio", name="Individual")

    tab_to(page, individual)
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="Company")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Amount of the gift (€)")).to_be_focused()
    page.keyboard.type("50000")
    page.keyboard.press("Tab")
    page.keyboard.type("1000000")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Calculate")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/en/donate/tax-reduction/#tax-calculator$"))
    result = page.locator("#tax-result")
    expect(result).to_contain_text("your tax reduction is €12,000")
    expect(result).to_contain_text("€30,000 of the gift is above this year's ceiling")
