/* Article page: text size (A-/A+), the share menu (Web Share API, copy link), the QR dialog,
   print, and the view beacon. No framework. Everything here is an enhancement: without JavaScript
   the page still reads, prints (the "In bài" link), shares (the <details> menu of plain links),
   shows the QR picture (its link) and counts the view (a <noscript> pixel). */
(function () {
  "use strict";

  var FONT_KEY = "hdnd:co-chu"; // the same key site.js reads in <head> before first paint
  var FONT_STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5];
  var PRINT_HASH = "#in-ngay";
  var PRINT_WAIT_MS = 5000;
  var root = document.documentElement;

  function storedScale() {
    try {
      var value = parseFloat(window.localStorage.getItem(FONT_KEY));
      return FONT_STEPS.indexOf(value) === -1 ? 1 : value;
    } catch (error) {
      return 1; // storage disabled (private mode, strict settings)
    }
  }

  function setUpFontSize() {
    var box = document.querySelector("[data-font-controls]");
    if (!box) return;
    var index = FONT_STEPS.indexOf(storedScale());
    var smaller = box.querySelector('[data-font-step="-1"]');
    var larger = box.querySelector('[data-font-step="1"]');

    function apply() {
      var scale = FONT_STEPS[index];
      root.style.setProperty("--font-scale", String(scale));
      smaller.disabled = index === 0;
      larger.disabled = index === FONT_STEPS.length - 1;
      try {
        if (scale === 1) window.localStorage.removeItem(FONT_KEY);
        else window.localStorage.setItem(FONT_KEY, String(scale));
      } catch (error) {
        /* the size still changes for this page */
      }
    }

    box.addEventListener("click", function (event) {
      var button = event.target.closest("[data-font-step]");
      if (!button || button.disabled) return;
      var next = index + parseInt(button.getAttribute("data-font-step"), 10);
      if (next < 0 || next >= FONT_STEPS.length) return;
      index = next;
      apply();
    });
    apply();
    box.hidden = false;
  }

  function say(message) {
    var status = document.querySelector("[data-copy-status]");
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(function () {
      status.textContent = "";
    }, 4000);
  }

  function copyText(text) {
    // The Clipboard API needs a secure context; a hidden textarea and execCommand do elsewhere.
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return copyBySelection(text); }
      );
    }
    return Promise.resolve(copyBySelection(text));
  }

  function copyBySelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    area.remove();
    return copied;
  }

  function setUpShareMenu() {
    var menu = document.querySelector("[data-share-menu]");
    if (!menu) return;
    var summary = menu.querySelector("summary");

    function close(giveFocusBack) {
      if (!menu.open) return;
      menu.open = false;
      if (giveFocusBack) summary.focus();
    }

    // The Web Share API (most phones) first: the reader's own apps, Zalo and Messenger among them.
    var shareButton = menu.querySelector("[data-web-share]");
    if (shareButton && navigator.share) {
      shareButton.closest("li").hidden = false;
      shareButton.addEventListener("click", function () {
        navigator
          .share({ title: shareButton.getAttribute("data-title"), url: shareButton.getAttribute("data-url") })
          .then(function () { close(true); }, function () { /* cancelled: the menu stays */ });
      });
    }

    var copyButton = menu.querySelector("[data-copy-link]");
    if (copyButton) {
      copyButton.closest("li").hidden = false;
      copyButton.addEventListener("click", function () {
        copyText(copyButton.getAttribute("data-url")).then(function (copied) {
          close(true);
          say(copied ? "Đã sao chép liên kết." : "Không sao chép được, hãy chép địa chỉ trên thanh địa chỉ.");
        });
      });
    }

    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        event.preventDefault();
        close(true);
      }
    });
    document.addEventListener("click", function (event) {
      if (!menu.contains(event.target)) close(false);
    });
    menu.addEventListener("focusout", function (event) {
      if (event.relatedTarget && !menu.contains(event.relatedTarget)) close(false);
    });
  }

  function setUpQrDialog() {
    var opener = document.querySelector("[data-qr-open]");
    var dialog = document.querySelector("[data-qr-dialog]");
    if (!opener || !dialog || typeof dialog.showModal !== "function") return; // the link opens the picture
    opener.addEventListener("click", function (event) {
      event.preventDefault();
      var image = dialog.querySelector("img");
      if (image) image.loading = "eager";
      dialog.showModal();
    });
    // Esc closes a modal <dialog> by itself; a click on the backdrop does too.
    dialog.addEventListener("click", function (event) {
      if (event.target !== dialog) return;
      var box = dialog.getBoundingClientRect(); // the dialog's own padding is not the backdrop
      var inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    });
    dialog.addEventListener("close", function () {
      opener.focus();
    });
  }

  function setUpPrint() {
    // The toolbar link asks the print view to open the print dialog: only a click with
    // JavaScript does that, never a bookmark or a search engine opening the print view.
    var link = document.querySelector("[data-print-link]");
    if (link) link.setAttribute("href", link.getAttribute("href").split("#")[0] + PRINT_HASH);

    var printNow = document.querySelector("[data-print-now]");
    if (!printNow) return;
    printNow.hidden = false;
    printNow.addEventListener("click", function () {
      whenPicturesLoaded(function () { window.print(); });
    });
    if (window.location.hash === PRINT_HASH) {
      if (window.history.replaceState) {
        window.history.replaceState(null, "", window.location.pathname + window.location.search);
      }
      // After "load" and after the body's lazy photos, so they are in the printout and the
      // pages break around them as they print.
      var start = function () { whenPicturesLoaded(function () { window.print(); }); };
      if (document.readyState === "complete") start();
      else window.addEventListener("load", start);
    }
  }

  // The print view exists to be printed: its photos are loaded now, not when scrolled to. The
  // dialog opens once they are in (or failed), and after PRINT_WAIT_MS whatever happens.
  function whenPicturesLoaded(callback) {
    var waiting = 0;
    var done = false;
    function finish() {
      if (done) return;
      done = true;
      callback();
    }
    function one() {
      waiting -= 1;
      if (waiting === 0) finish();
    }
    Array.prototype.forEach.call(document.images, function (img) {
      img.loading = "eager";
      if (img.complete) return;
      waiting += 1;
      img.addEventListener("load", one, { once: true });
      img.addEventListener("error", one, { once: true });
    });
    if (waiting === 0) finish();
    else window.setTimeout(finish, PRINT_WAIT_MS);
  }

  function setUpViewBeacon() {
    var article = document.querySelector("[data-view-url]");
    if (!article) return;
    var url = article.getAttribute("data-view-url");
    var sent = false;

    function send() {
      if (sent) return;
      sent = true;
      var queued = false;
      if (navigator.sendBeacon) {
        try {
          queued = navigator.sendBeacon(url);
        } catch (error) {
          queued = false;
        }
      }
      if (!queued && window.fetch) {
        window.fetch(url, { method: "POST", credentials: "same-origin", keepalive: true }).catch(function () {});
      }
    }

    function sendWhenSeen() {
      // A tab opened in the background counts once the reader actually looks at it.
      if (document.visibilityState === "hidden") {
        document.addEventListener("visibilitychange", function onVisible() {
          if (document.visibilityState !== "hidden") {
            document.removeEventListener("visibilitychange", onVisible);
            send();
          }
        });
      } else {
        send();
      }
    }

    // A prerendered page runs its scripts before anyone sees it; count on activation only.
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", sendWhenSeen, { once: true });
    } else {
      sendWhenSeen();
    }
  }

  function start() {
    setUpViewBeacon();
    if (!Element.prototype.closest) return; // very old browsers keep the no-JavaScript tools
    setUpFontSize();
    setUpShareMenu();
    setUpQrDialog();
    setUpPrint();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
