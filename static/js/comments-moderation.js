/* The moderation queue's row buttons and reply boxes (comments/admin.py): they post to the
   admin's own views and update the row in place, so a moderator works down the list without a
   page reload. Plain buttons: Tab reaches them, Enter or Space presses them. */
(function () {
  "use strict";

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    if (input) {
      return input.value;
    }
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function announcer() {
    var box = document.getElementById("moderation-status");
    if (!box) {
      box = document.createElement("p");
      box.id = "moderation-status";
      box.className = "moderation-status";
      box.setAttribute("role", "status");
      box.setAttribute("aria-live", "polite");
      var list = document.getElementById("changelist") || document.body;
      list.insertBefore(box, list.firstChild);
    }
    return box;
  }

  function say(message, isError) {
    var box = announcer();
    box.textContent = message;
    box.classList.toggle("is-error", Boolean(isError));
  }

  function post(url, data) {
    var body = new URLSearchParams(data);
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch" },
      body: body,
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return { error: "Máy chủ trả lời không hợp lệ (" + response.status + ")." };
        })
        .then(function (json) {
          if (!response.ok && !json.error) {
            json.error = "Không thực hiện được (" + response.status + ").";
          }
          return json;
        });
    });
  }

  function decide(button) {
    var group = button.closest(".decision-buttons");
    var row = button.closest("tr");
    var buttons = group.querySelectorAll("button");
    buttons.forEach(function (b) { b.disabled = true; });
    post(group.dataset.url, { decision: button.value })
      .then(function (json) {
        if (json.error) {
          say(json.error, true);
          return;
        }
        buttons.forEach(function (b) {
          b.setAttribute("aria-pressed", b === button ? "true" : "false");
        });
        var badge = row && row.querySelector(".comment-status");
        if (badge) {
          badge.textContent = json.label;
          badge.className = "comment-status status-" + json.status;
        }
        if (row) {
          row.dataset.decided = json.status;
        }
        say(json.message);
      })
      .catch(function () {
        say("Mất kết nối, chưa lưu được quyết định. Hãy thử lại.", true);
      })
      .finally(function () {
        buttons.forEach(function (b) { b.disabled = false; });
        button.focus();
      });
  }

  function sendReply(button) {
    var form = button.closest(".reply-form");
    var textarea = form.querySelector("textarea");
    button.disabled = true;
    post(form.dataset.url, { reply: textarea.value })
      .then(function (json) {
        if (json.error) {
          say(json.error, true);
          return;
        }
        textarea.value = json.reply;
        say(json.message);
      })
      .catch(function () {
        say("Mất kết nối, chưa lưu được trả lời. Hãy thử lại.", true);
      })
      .finally(function () {
        button.disabled = false;
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.documentElement.classList.add("moderation-js");
  });

  document.addEventListener("click", function (event) {
    var target = event.target.closest("button.decide, button.reply-send");
    if (!target) {
      return;
    }
    event.preventDefault();
    if (target.classList.contains("decide")) {
      decide(target);
    } else {
      sendReply(target);
    }
  });
})();
