/* Bình chọn: vote without reloading the page and show the results in place.
   Progressive enhancement only. A form on a cached page (data-poll-start) carries no CSRF token:
   without this script it opens the ballot page, which has one; with it, the token and a voter
   key are fetched when the reader first touches the form, and the vote is posted in place.
   Every rule is enforced (and every message written) on the server. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData || !Element.prototype.closest) {
    return;
  }

  var NETWORK_ERROR = "Chưa gửi được phiếu vì lỗi kết nối. Vui lòng thử lại.";
  var SESSION_EXPIRED = "Trang đã mở quá lâu nên phiếu chưa được nhận. Vui lòng tải lại trang rồi bình chọn lại.";
  var SENDING = "Đang gửi…";
  var DONE = "Bạn đã bình chọn câu hỏi này. Cảm ơn bạn!";
  var VOTED_COOKIE = "hdnd_da_binh_chon";

  // The polls this browser voted in (set by the server next to the signed voter cookie).
  function votedPolls() {
    var match = document.cookie.match(new RegExp("(?:^|; )" + VOTED_COOKIE + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]).split(".") : [];
  }

  function showDone(form) {
    var holder = document.createElement("div");
    var question = form.querySelector(".poll-form__question");
    var note = document.createElement("p");
    if (question) {
      var copy = document.createElement("p");
      copy.className = "poll-form__question";
      copy.textContent = question.textContent;
      holder.appendChild(copy);
    }
    note.className = "poll-done";
    note.textContent = DONE;
    holder.appendChild(note);
    form.parentNode.replaceChild(holder, form);
  }

  // One request per form: the CSRF token, the voter key (in its cookie) and "already voted".
  function start(form) {
    if (!form.getAttribute("data-poll-start")) {
      return Promise.resolve({ ok: true, has_voted: false });
    }
    if (!form._pollStart) {
      form._pollStart = fetch(form.getAttribute("data-poll-start"), {
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          var type = response.headers.get("Content-Type") || "";
          if (type.indexOf("application/json") === -1) {
            throw new Error(NETWORK_ERROR);
          }
          return response.json();
        })
        .then(function (payload) {
          if (payload.ok) {
            var token = document.createElement("input");
            token.type = "hidden";
            token.name = "csrfmiddlewaretoken";
            token.value = payload.csrf_token;
            form.appendChild(token);
            form.method = "post";
            form.action = form.getAttribute("data-poll-vote");
          }
          return payload;
        })
        .catch(function (error) {
          form._pollStart = null; // try again on the next attempt
          throw error;
        });
    }
    return form._pollStart;
  }

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
    start(form)
      .then(function (started) {
        if (!started.ok) {
          return started;
        }
        if (started.has_voted) {
          return { ok: true, html: started.html };
        }
        return send(form);
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

  function send(form) {
    return fetch(form.action, {
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
      });
  }

  // Loaded once per page (the sidebar leaves it to a poll page that has its own form).
  var voted = votedPolls();
  var forms = document.querySelectorAll("form[data-poll-form]");
  for (var i = 0; i < forms.length; i++) {
    var form = forms[i];
    if (form.getAttribute("data-poll-start") && voted.indexOf(form.getAttribute("data-poll-id")) !== -1) {
      showDone(form);
      continue;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit(event.currentTarget);
    });
    // Fetch the token while the reader is still choosing, not when they press the button.
    form.addEventListener("change", function (event) {
      start(event.currentTarget).catch(function () {});
    }, { once: true });
  }
})();
