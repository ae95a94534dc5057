/* Comment form: loads the captcha when the reader first uses the form (the cached article page
   carries none), draws a new captcha picture without reloading, and sends the form in place.
   Without JavaScript the server does all of this with full page loads. No framework. */
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) {
    // Too old to send the form in place: fall back to the link to the comment form page.
    var forms = document.querySelectorAll("form[data-comments-deferred]");
    for (var i = 0; i < forms.length; i++) {
      var link = forms[i].parentNode.querySelector("[data-comments-nojs]");
      forms[i].removeAttribute("data-comments-deferred");
      if (link) link.className += " comments__nojs--fallback";
    }
    return;
  }

  var HEADERS = { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" };
  var NETWORK_ERROR = "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.";

  function find(form, name) {
    return form.querySelector("[data-comments-" + name + "]");
  }

  // The server explains every refusal in JSON (a closed article, too many captchas, a stale
  // CSRF token); only a failed connection or a page that is not JSON (a proxy's error page, a
  // 500) gets the generic message.
  function readJSON(response) {
    var type = response.headers.get("Content-Type") || "";
    if (type.indexOf("application/json") === -1) throw new Error(NETWORK_ERROR);
    return response.json().then(function (data) {
      return { ok: response.ok, data: data };
    });
  }

  function refusal(data) {
    var messages = (data.errors && data.errors.__all__) || (data.error ? [data.error] : null);
    var error = new Error(NETWORK_ERROR);
    if (messages && messages.length) error.messages = messages;
    return error;
  }

  function messagesOf(error) {
    return (error && error.messages) || [NETWORK_ERROR];
  }

  function getJSON(url) {
    return fetch(url, { headers: HEADERS, credentials: "same-origin" })
      .then(readJSON)
      .then(function (result) {
        if (!result.ok) throw refusal(result.data);
        return result.data;
      });
  }

  function setCaptcha(form, captcha) {
    var image = find(form, "captcha-image");
    var audio = find(form, "captcha-audio");
    var answer = form.querySelector("#comment-captcha");
    find(form, "captcha-key").value = captcha.key;
    image.src = captcha.image_url;
    image.hidden = false;
    find(form, "captcha-placeholder").hidden = true;
    if (audio) {
      audio.hidden = !captcha.audio_url;
      if (captcha.audio_url) audio.href = captcha.audio_url;
    }
    if (answer) answer.value = "";
  }

  function showAlert(form, messages) {
    var alert = find(form, "alert");
    alert.textContent = "";
    (messages || []).forEach(function (text) {
      var p = document.createElement("p");
      p.textContent = text;
      alert.appendChild(p);
    });
    alert.hidden = !alert.firstChild;
    if (alert.hidden) form.removeAttribute("aria-describedby");
    else form.setAttribute("aria-describedby", alert.id);
  }

  function showStatus(form, text) {
    var status = find(form, "status");
    status.textContent = text || "";
    status.hidden = !text;
  }

  // Field errors go into the element the field's aria-describedby points at.
  function showErrors(form, errors) {
    var first = null;
    Array.prototype.forEach.call(form.querySelectorAll("[data-comments-error]"), function (box) {
      var name = box.getAttribute("data-comments-error");
      var messages = errors[name] || [];
      var input = form.querySelector(name === "captcha" ? "#comment-captcha" : "[name='" + name + "']");
      box.textContent = messages.join(" ");
      box.hidden = !messages.length;
      if (!input) return;
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== box.id;
      });
      if (messages.length) {
        input.setAttribute("aria-invalid", "true");
        described.push(box.id);
        if (!first) first = input;
      } else {
        input.removeAttribute("aria-invalid");
      }
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
    });
    showAlert(form, errors.__all__);
    return first;
  }

  function enhance(form) {
    var deferred = form.hasAttribute("data-comments-deferred");
    var starting = null;

    function start() {
      if (!starting) {
        starting = getJSON(form.getAttribute("data-start-url")).then(function (data) {
          find(form, "csrf").value = data.csrf_token;
          find(form, "started").value = data.started;
          setCaptcha(form, data.captcha);
        });
        starting.catch(function (error) {
          starting = null;
          showAlert(form, messagesOf(error));
        });
      }
      return starting;
    }

    // A new picture for the same form keeps its start note (sent along); after a comment was
    // sent the next one starts afresh.
    function refresh(afresh) {
      if (deferred && !find(form, "captcha-key").value) return start();
      var started = afresh ? "" : find(form, "started").value;
      var url = form.getAttribute("data-refresh-url") + "?started=" + encodeURIComponent(started);
      return getJSON(url)
        .then(function (captcha) {
          setCaptcha(form, captcha);
          find(form, "started").value = captcha.started;
          form.querySelector("#comment-captcha").focus();
        })
        .catch(function (error) {
          showAlert(form, messagesOf(error));
        });
    }

    find(form, "refresh").addEventListener("click", function (event) {
      event.preventDefault();
      refresh(false);
    });

    if (!deferred) return;

    // The article page: reveal the form in place of the link to the form page.
    var noJs = form.parentNode.querySelector("[data-comments-nojs]");
    if (noJs) noJs.hidden = true;
    form.hidden = false;
    form.addEventListener("focusin", start);

    var sending = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (sending) return;
      sending = true;
      showStatus(form, "Đang gửi…");
      start()
        .then(function () {
          return fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            headers: HEADERS,
            credentials: "same-origin",
          });
        })
        .then(readJSON)
        .then(function (result) {
          var data = result.data;
          if (data.ok) {
            form.reset();
            showErrors(form, {});
            showStatus(form, data.message);
            find(form, "status").focus();
            refresh(true);
            return;
          }
          showStatus(form, "");
          if (data.started) find(form, "started").value = data.started;
          if (data.captcha) setCaptcha(form, data.captcha);
          // A refused CSRF check (portal.views.csrf_failure) sends one "error", not field errors.
          var first = showErrors(form, data.errors || { __all__: messagesOf(refusal(data)) });
          (first || find(form, "alert")).focus();
        })
        .catch(function (error) {
          showStatus(form, "");
          showAlert(form, messagesOf(error));
        })
        .then(function () {
          sending = false;
        });
    });
  }

  function setUp() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-comments-form]"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
