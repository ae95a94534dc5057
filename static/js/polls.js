/* Bình chọn: vote without reloading the page and show the results in place.
   Progressive enhancement only: without this script the form posts and the server redirects
   to the results page, so every rule is enforced (and every message written) on the server. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData || !Element.prototype.closest) {
    return;
  }

  var NETWORK_ERROR = "Chưa gửi được phiếu vì lỗi kết nối. Vui lòng thử lại.";
  var SESSION_EXPIRED = "Trang đã mở quá lâu nên phiếu chưa được nhận. Vui lòng tải lại trang rồi bình chọn lại.";
  var SENDING = "Đang gửi…";

  function showMessage(form, message) {
    var status = form.querySelector("[data-poll-status]");
    status.textContent = message;
    status.hidden = !message;
  }

  function setBusy(form, busy) {
    var button = form.querySelector("button[type=submit]");
    if (!button) {
      return;
    }
    if (busy) {
      button.setAttribute("data-label", button.textContent);
      button.textContent = SENDING;
    } else if (button.getAttribute("data-label")) {
      button.textContent = button.getAttribute("data-label");
    }
    button.disabled = busy;
    form.setAttribute("aria-busy", busy ? "true" : "false");
  }

  function showResults(form, html) {
    var holder = document.createElement("div");
    holder.className = "poll-done-block";
    holder.innerHTML = html; // rendered and escaped by the server
    form.parentNode.replaceChild(holder, form);
    var focus = holder.querySelector("[data-poll-focus]");
    if (focus) {
      focus.focus();
    }
  }

  // Nothing chosen, too many chosen: the server checks and explains it (a 400 with its message).
  function submit(form) {
    showMessage(form, "");
    setBusy(form, true);
    fetch(form.action, {
      method: "POST",
      body: new FormData(form), // carries csrfmiddlewaretoken from the form
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("application/json") === -1) {
          // The CSRF check answers in JSON (portal.views.csrf_failure); an HTML 403 can only come
          // from something in front of the site, and a reload is still the way out.
          throw new Error(response.status === 403 ? SESSION_EXPIRED : NETWORK_ERROR);
        }
        return response.json();
      })
      .then(function (payload) {
        setBusy(form, false);
        if (payload.ok) {
          showResults(form, payload.html);
        } else {
          showMessage(form, payload.error);
        }
      })
      .catch(function (error) {
        setBusy(form, false);
        showMessage(form, error && error.message === SESSION_EXPIRED ? SESSION_EXPIRED : NETWORK_ERROR);
      });
  }

  // Loaded once per page (the sidebar leaves it to a poll page that has its own form).
  var forms = document.querySelectorAll("form[data-poll-form]");
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener("submit", function (event) {
      event.preventDefault();
      submit(event.currentTarget);
    });
  }
})();
