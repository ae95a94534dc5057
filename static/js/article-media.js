/* Article body media: photo galleries in a lightbox, and videos loaded only on the reader's click.
   No framework. Without JavaScript the gallery is a list of captioned photos and each video a
   link to its page on YouTube or Facebook; nothing here is needed to read the article. */
(function () {
  "use strict";

  // --- Videos (news.sanitize.render_media): no request to the host before the click -----------
  function setUpVideos() {
    document.querySelectorAll(".article__body [data-video-embed]").forEach(function (box) {
      var button = box.querySelector("[data-video-play]");
      if (!button) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var frame = document.createElement("iframe");
        frame.src = box.getAttribute("data-video-embed");
        frame.title = box.getAttribute("data-video-title") || "Video";
        frame.allow = "fullscreen; picture-in-picture";
        frame.setAttribute("allowfullscreen", "");
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        var wrapper = document.createElement("div");
        wrapper.className = "video-frame";
        wrapper.appendChild(frame);
        box.replaceChildren(wrapper);
        frame.focus();
      });
    });
  }

  // --- Galleries: a <dialog> lightbox, keyboard first ------------------------------------------
  var dialog = null;
  var state = { photos: [], index: 0, opener: null };

  function buildDialog() {
    dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", "Xem ảnh");
    dialog.innerHTML =
      '<figure class="lightbox__figure"><img class="lightbox__image" alt="">' +
      '<figcaption class="lightbox__caption"></figcaption></figure>' +
      '<p class="lightbox__count" aria-live="polite"></p>' +
      '<div class="lightbox__controls">' +
      '<button type="button" class="button lightbox__prev" data-step="-1">‹ Ảnh trước</button>' +
      '<button type="button" class="button lightbox__next" data-step="1">Ảnh sau ›</button>' +
      '<button type="button" class="button lightbox__close" data-close>Đóng (Esc)</button>' +
      "</div>";
    document.body.appendChild(dialog);
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog || event.target.closest("[data-close]")) {
        dialog.close();
        return;
      }
      var step = event.target.closest("[data-step]");
      if (step) show(state.index + parseInt(step.getAttribute("data-step"), 10));
    });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowRight") {
        show(state.index + 1);
        event.preventDefault();
      } else if (event.key === "ArrowLeft") {
        show(state.index - 1);
        event.preventDefault();
      }
    });
    // Esc closes a modal <dialog> by itself; focus goes back to the photo that opened it.
    dialog.addEventListener("close", function () {
      if (state.opener) state.opener.focus();
    });
  }

  function show(index) {
    var count = state.photos.length;
    state.index = (index + count) % count;
    var photo = state.photos[state.index];
    var image = dialog.querySelector(".lightbox__image");
    image.src = photo.src;
    image.alt = photo.alt;
    dialog.querySelector(".lightbox__caption").textContent = photo.caption;
    dialog.querySelector(".lightbox__count").textContent =
      "Ảnh " + (state.index + 1) + "/" + count;
    var single = count < 2;
    dialog.querySelector(".lightbox__prev").hidden = single;
    dialog.querySelector(".lightbox__next").hidden = single;
  }

  function setUpGalleries() {
    document.querySelectorAll(".article__body figure.gallery").forEach(function (gallery) {
      var photos = [];
      gallery.querySelectorAll("img").forEach(function (img) {
        var figure = img.closest("figure.image");
        var caption = figure ? figure.querySelector("figcaption") : null;
        var index = photos.length;
        photos.push({
          src: img.currentSrc || img.src,
          alt: img.alt,
          caption: caption ? caption.textContent : ""
        });
        var button = document.createElement("button");
        button.type = "button";
        button.className = "gallery__open";
        button.setAttribute(
          "aria-label",
          "Xem ảnh lớn " + (index + 1) + "/" + gallery.querySelectorAll("img").length +
            (img.alt ? ": " + img.alt : "")
        );
        img.parentNode.insertBefore(button, img);
        button.appendChild(img);
        button.addEventListener("click", function () {
          if (!dialog) buildDialog();
          state.photos = photos;
          state.opener = button;
          show(index);
          dialog.showModal();
          dialog.querySelector("[data-close]").focus();
        });
      });
      gallery.classList.add("gallery--ready");
    });
  }

  setUpVideos();
  setUpGalleries();
})();
