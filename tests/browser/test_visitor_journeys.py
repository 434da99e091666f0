"""What a visitor does on the site, in a real browser, from the links and controls they see."""

import re

from tests.browser.support import expect


def test_from_the_home_page_to_a_cancer_a_program_and_one_of_its_publications(page):
    page.goto("/en/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Childhood cancers").click()
    expect(page.get_by_role("heading", level=1, name="Childhood cancers")).to_be_visible()

    page.get_by_role("main").get_by_role("link", name="Neuroblastoma", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Neuroblastoma")).to_be_visible()

    programs = page.get_by_role("region", name="Research programs on Neuroblastoma")
    programs.get_by_role("link", name="MAPPYACTS", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("MAPPYACTS")
    expect(page.get_by_role("region", name="Key facts").get_by_role("link", name="Neuroblastoma")).to_be_visible()

    publications = page.get_by_role("region", name="Publications")
    publications.get_by_role("link", name=re.compile("The European MAPPYACTS Trial")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("The European MAPPYACTS Trial")
    expect(page.get_by_role("link", name=re.compile(r"^Read the article \(DOI 10\.1158"))).to_be_visible()
    related = page.get_by_role("region", name="Related research")
    expect(related.get_by_role("link", name="MAPPYACTS")).to_have_attribute("href", "/en/programs/mappyacts/")


def test_the_program_index_filtered_by_cancer(page):
    page.goto("/en/programs/")
    filters = page.get_by_role("navigation", name="Filter the programs")
    cancers = filters.get_by_role("list", name="Cancer")

    cancers.get_by_role("link", name=re.compile(r"^Diffuse intrinsic pontine glioma \(DIPG\) 3 results")).click()

    expect(page).to_have_url(re.compile(r"\?cancer=dipg$"))
    expect(page.get_by_role("heading", level=2, name="3 programs")).to_be_visible()
    listing = page.get_by_role("region", name="3 programs")
    for acronym in ("BIOMEDE", "BIOMEDE 2", "PATOI"):
        expect(listing.get_by_role("link", name=acronym, exact=True)).to_be_visible()
    expect(listing.get_by_role("link", name="MAPPYACTS", exact=True)).to_have_count(0)
    chosen = page.get_by_role("navigation", name="Filter the programs").get_by_role("list", name="Cancer")
    expect(chosen.get_by_role("link", name=re.compile("DIPG"))).to_have_attribute("aria-current", "true")

    chosen.get_by_role("link", name="Any cancer").click()
    expect(page.get_by_role("heading", level=2, name="15 programs")).to_be_visible()


def test_the_tax_calculator_without_javascript_submits_and_shows_the_result(make_context):
    page = make_context(java_script_enabled=False).new_page()
    page.goto("/en/donate/")
    calculator = page.get_by_role("region", name="What your gift really costs")

    calculator.get_by_role("radio", name="Individual").check()
    calculator.get_by_label("Amount of the gift (€)").fill("500")
    calculator.get_by_label("Taxable income, or turnover for a company (€ per year)").fill("30000")
    calculator.get_by_role("button", name="Calculate").click()

    # Sent by POST: neither the gift nor the income is in the address (nor in any access log).
    expect(page).to_have_url(re.compile(r"/en/donate/tax-reduction/#tax-calculator$"))
    result = page.locator("#tax-result")
    expect(result).to_contain_text("your tax reduction is €330")
    expect(result).to_contain_text("Your gift really costs you €170")


def test_the_tax_calculator_without_javascript_explains_what_to_correct(make_context):
    page = make_context(java_script_enabled=False).new_page()
    page.goto("/en/donate/")

    page.get_by_label("Amount of the gift (€)").fill("a lot")
    page.get_by_label("Taxable income, or turnover for a company (€ per year)").fill("30000")
    page.get_by_role("button", name="Calculate").click()

    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading", name="Please check the form")).to_be_visible()
    expect(page.get_by_label("Amount of the gift (€)")).to_have_attribute("aria-invalid", "true")
    summary.get_by_role("link", name=re.compile("^Amount of the gift")).click()
    expect(page.get_by_label("Amount of the gift (€)")).to_be_focused()


def test_the_tax_calculator_with_javascript_updates_the_result_as_the_donor_types(page):
    # The page holds no rule: every figure shown is the server's answer to the fields typed so far.
    answers = []
    page.on("response", lambda response: "/tax-reduction/" in response.url and answers.append(response))
    page.goto("/en/donate/")
    result = page.locator("#tax-result")
    expect(result).to_have_attribute("aria-live", "polite")
    expect(result).to_contain_text("Enter the amount of your gift")

    page.get_by_label("Amount of the gift (€)").press_sequentially("500")
    page.get_by_label("Taxable income, or turnover for a company (€ per year)").press_sequentially("30000")

    expect(result).to_contain_text("your tax reduction is €330")
    expect(result).to_contain_text("Your gift really costs you €170")
    expect(page).to_have_url(re.compile(r"/donate/$"))
    assert [answer.json()["reduction"] for answer in answers if answer.ok][-1:] == ["330.00"]
    assert all(answer.request.method == "POST" for answer in answers)

    page.get_by_role("radio", name="Company").check()
    expect(result).to_contain_text("your tax reduction is €300")
    assert [answer.json()["reduction"] for answer in answers if answer.ok][-1:] == ["300.00"]


def test_the_tax_calculator_with_javascript_waits_for_amounts_it_can_calculate(page):
    script_errors = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    page.goto("/en/donate/")
    result = page.locator("#tax-result")
    gift = page.get_by_label("Amount of the gift (€)")
    page.get_by_label("Taxable income, or turnover for a company (€ per year)").fill("30000")

    gift.press_sequentially("500")
    expect(result).to_contain_text("your tax reduction is €330")

    gift.fill("a lot")
    expect(result).to_contain_text("Enter the amount of your gift")
    expect(result).not_to_contain_text("€330")
    assert not script_errors


def test_the_tax_calculator_with_javascript_asks_nothing_while_a_field_is_empty(page):
    requests = []
    page.on("request", lambda request: "/tax-reduction/" in request.url and requests.append(request))
    page.goto("/en/donate/")
    result = page.locator("#tax-result")
    gift = page.get_by_label("Amount of the gift (€)")
    gift.press_sequentially("500")
    page.get_by_label("Taxable income, or turnover for a company (€ per year)").press_sequentially("30000")
    expect(result).to_contain_text("your tax reduction is €330")
    asked = len(requests)

    gift.fill("")
    expect(result).to_contain_text("Enter the amount of your gift")
    page.wait_for_timeout(800)  # twice the pause the script waits for before asking
    assert len(requests) == asked


def test_a_search_from_the_header_reaches_the_program(page):
    page.goto("/en/")
    search = page.get_by_role("banner").get_by_role("search")
    search.get_by_role("searchbox", name="Search the site").fill("mappyacts")
    search.get_by_role("button", name="Search").click()

    expect(page.get_by_role("heading", level=1, name="Search")).to_be_visible()
    results = page.get_by_role("region", name=re.compile(r"results? for “mappyacts”"))
    results.get_by_role("link", name=re.compile("^MAPPYACTS")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("MAPPYACTS")
    expect(page).to_have_url(re.compile(r"/programs/mappyacts/$"))


def test_an_unknown_address_shows_the_sites_own_not_found_page(page):
    response = page.goto("/en/this-page-does-not-exist/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
