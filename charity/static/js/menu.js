// Without this script the navigation simply stays open; with it, small screens get a menu button.
(function () {
  "use strict";

  var button = document.querySelector(".menu-toggle");
  var nav = document.getElementById("primary-nav");
  if (!button || !nav) {
    return;
  }

  var header = button.closest(".site-header");
  var smallScreen = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    header.classList.toggle("is-menu-open", open);
  }

  header.classList.add("has-menu-toggle");
  button.hidden = false;
  setOpen(false);

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" && smallScreen.matches) {
      setOpen(false);
      button.focus();
    }
  });

  // Leaving the small layout must not leave the menu hidden behind a button that is no longer shown.
  smallScreen.addEventListener("change", function () {
    setOpen(false);
  });
})();
