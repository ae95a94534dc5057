/* Site-wide behaviour, no framework. Loaded in <head> without defer: the first lines must run before
   the body is drawn so the phone menu starts collapsed and the article text starts at the reader's
   chosen size (A-/A+ in article.js) without a jump. Everything else waits for the DOM. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.className = (root.className ? root.className + " " : "") + "js";
  try {
    var scale = parseFloat(window.localStorage.getItem("hdnd:co-chu"));
    if (scale >= 0.8 && scale <= 1.6) root.style.setProperty("--font-scale", String(scale));
  } catch (error) {
    /* storage disabled (private mode, strict settings): the normal size */
  }

  function setUpMenu() {
    var toggle = document.querySelector(".nav-toggle");
    var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!menu) return;

    function setOpen(open) {
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    }

    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and gives focus back to its button.
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpMenu);
  } else {
    setUpMenu();
  }
})();
