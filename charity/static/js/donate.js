// Shows the tax reduction as the donor types. The server calculates it (charity/tax.py, at the address
// in the form's data-tax-endpoint) with the same form and rules as when the form is sent without
// JavaScript; this script only sends the fields and formats the euros it gets back.
(function () {
  "use strict";

  var form = document.querySelector("[data-tax-calculator]");
  var result = document.querySelector("[data-tax-result]");
  var template = document.querySelector("[data-tax-result-template]");
  if (!form || !result || !template || !form.dataset.taxEndpoint || !window.fetch) {
    return;
  }

  var errorSummary = form.querySelector(".error-summary");
  if (errorSummary) {
    errorSummary.focus();
  }

  var language = document.documentElement.lang || "en";

  function euros(value) {
    var whole = Math.round(value * 100) % 100 === 0;
    return new Intl.NumberFormat(language, {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2
    }).format(value);
  }

  function showPlaceholder() {
    var placeholder = document.createElement("p");
    placeholder.className = "tax-result__placeholder";
    placeholder.textContent = result.dataset.placeholder;
    result.replaceChildren(placeholder);
  }

  // The amounts arrive as decimal strings; the number of years as a number.
  function showCalculation(calculation) {
    var fragment = template.content.cloneNode(true);
    fragment.querySelectorAll("[data-slot]").forEach(function (slot) {
      var value = calculation[slot.dataset.slot];
      slot.textContent = typeof value === "string" ? euros(Number(value)) : String(value);
    });
    fragment.querySelector("[data-part='carried']").hidden = Number(calculation.carried_over_gift) <= 0;
    result.replaceChildren(fragment);
  }

  // Answers may arrive out of order: only the one to the latest request is shown.
  var latest = 0;

  // A field left empty cannot make an amount: no need to ask the server (or to log its refusal).
  function isFilledIn() {
    return Boolean(
      form.querySelector("input[name='donor_type']:checked") &&
        form.elements.gift.value.trim() &&
        form.elements.income.value.trim()
    );
  }

  function calculate() {
    var request = ++latest;
    if (!isFilledIn()) {
      showPlaceholder();
      return;
    }
    fetch(form.dataset.taxEndpoint, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        // 400: the fields do not make an amount yet; they are explained when the form is sent.
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        // Offline or unreachable: the Calculate button still sends the form.
        return null;
      })
      .then(function (calculation) {
        if (request !== latest) {
          return;
        }
        if (calculation) {
          showCalculation(calculation);
        } else {
          showPlaceholder();
        }
      });
  }

  // Waiting for a pause in typing keeps screen readers from announcing every keystroke, and the
  // server from answering each one.
  var timer;
  function scheduleCalculation() {
    window.clearTimeout(timer);
    timer = window.setTimeout(calculate, 400);
  }

  form.addEventListener("input", scheduleCalculation);
  form.addEventListener("change", scheduleCalculation);
})();
