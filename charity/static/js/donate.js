// Recalculates the tax reduction as the donor types. The rates come from the page's data attributes,
// written by the server from the same rules it calculates with, so they are never copied here.
(function () {
  "use strict";

  var form = document.querySelector("[data-tax-calculator]");
  var result = document.querySelector("[data-tax-result]");
  var template = document.querySelector("[data-tax-result-template]");
  if (!form || !result || !template) {
    return;
  }

  var errorSummary = form.querySelector(".error-summary");
  if (errorSummary) {
    errorSummary.focus();
  }

  var rules = {};
  document.querySelectorAll("[data-tax-rule]").forEach(function (element) {
    rules[element.dataset.taxRule] = {
      rate: Number(element.dataset.rate),
      incomeCeilingRate: Number(element.dataset.incomeCeilingRate),
      floorCeiling: Number(element.dataset.floorCeiling),
      carryOverYears: element.dataset.carryOverYears
    };
  });

  var language = document.documentElement.lang || "en";
  // Same input as the server accepts: digits with up to two decimals, no thousands separators.
  var amountPattern = /^\d+(\.\d{1,2})?$/;

  function parseAmount(input, minimum) {
    var text = input.value.trim();
    if (!amountPattern.test(text)) {
      return null;
    }
    var value = Number(text);
    return value >= minimum ? value : null;
  }

  function euros(value) {
    var whole = Math.round(value * 100) % 100 === 0;
    return new Intl.NumberFormat(language, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2
    }).format(value);
  }

  function toCents(value) {
    return Math.round((value + Number.EPSILON) * 100) / 100;
  }

  function calculate() {
    var checked = form.querySelector("input[name='donor_type']:checked");
    var rule = checked && rules[checked.value];
    var gift = parseAmount(form.elements.gift, 1);
    var income = parseAmount(form.elements.income, 0);
    if (!rule || gift === null || income === null) {
      return null;
    }
    var ceiling = Math.max(rule.floorCeiling, income * rule.incomeCeilingRate);
    var eligibleGift = Math.min(gift, ceiling);
    var reduction = toCents(eligibleGift * rule.rate);
    return {
      gift: gift,
      reduction: reduction,
      net_cost: toCents(gift - reduction),
      carried_over_gift: toCents(gift - eligibleGift),
      carry_over_years: rule.carryOverYears
    };
  }

  function render() {
    var calculation = calculate();
    if (!calculation) {
      var placeholder = document.createElement("p");
      placeholder.className = "tax-result__placeholder";
      placeholder.textContent = result.dataset.placeholder;
      result.replaceChildren(placeholder);
      return;
    }
    var fragment = template.content.cloneNode(true);
    fragment.querySelectorAll("[data-slot]").forEach(function (slot) {
      var value = calculation[slot.dataset.slot];
      slot.textContent = typeof value === "number" ? euros(value) : value;
    });
    fragment.querySelector("[data-part='carried']").hidden = calculation.carried_over_gift <= 0;
    result.replaceChildren(fragment);
  }

  // Waiting for a pause in typing keeps screen readers from announcing every keystroke.
  var timer;
  function scheduleRender() {
    window.clearTimeout(timer);
    timer = window.setTimeout(render, 400);
  }

  form.addEventListener("input", scheduleRender);
  form.addEventListener("change", scheduleRender);
})();
