/* The article form's small media library (templates/admin/news/article/change_form.html):
   finds pictures uploaded before by their alt text (news.admin media_library_view) and puts one
   into the CKEditor 5 body where the cursor is, with its alt text. */
(function () {
  "use strict";

  function insert(editor, image) {
    editor.model.change(function (writer) {
      var element = writer.createElement("imageBlock", { src: image.url, alt: image.alt });
      editor.model.insertContent(element, editor.model.document.selection);
    });
    editor.editing.view.focus();
  }

  function render(box, images) {
    var list = box.querySelector(".media-library-results");
    var status = box.querySelector(".media-library-status");
    list.textContent = "";
    status.textContent = images.length
      ? "Tìm thấy " + images.length + " ảnh."
      : "Không tìm thấy ảnh nào.";
    images.forEach(function (image) {
      var item = document.createElement("li");
      var picture = document.createElement("img");
      picture.src = image.thumb;
      picture.alt = image.alt || "";
      picture.width = 160;
      picture.height = Math.round((160 * image.height) / image.width);
      picture.loading = "lazy";
      var caption = document.createElement("span");
      caption.textContent = image.alt || "(chưa có mô tả)";
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = "Chèn vào bài";
      button.setAttribute("aria-label", "Chèn ảnh “" + (image.alt || image.url) + "” vào bài");
      button.addEventListener("click", function () {
        var editor = window.editors && window.editors[box.dataset.editor];
        if (!editor) {
          status.textContent = "Trình soạn thảo chưa sẵn sàng, hãy thử lại.";
          return;
        }
        insert(editor, image);
        status.textContent = "Đã chèn ảnh vào bài. Hãy kiểm tra chú thích và mô tả ảnh.";
      });
      item.append(picture, caption, button);
      list.append(item);
    });
  }

  var latest = 0;

  function search(box) {
    var ticket = ++latest;
    var query = box.querySelector("input[type=search]").value;
    var url = box.dataset.mediaLibrary + "?q=" + encodeURIComponent(query);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (json) {
        if (ticket !== latest) {
          return; // a newer search is on its way; an older answer must not replace it
        }
        if (json.error) {
          box.querySelector(".media-library-status").textContent = json.error;
          return;
        }
        render(box, json.images);
      })
      .catch(function () {
        box.querySelector(".media-library-status").textContent = "Mất kết nối, hãy thử lại.";
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-media-library]").forEach(function (box) {
      box.querySelector(".media-library-search").addEventListener("click", function () {
        search(box);
      });
      box.querySelector("input[type=search]").addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          event.preventDefault(); // not the article form's submit
          search(box);
        }
      });
      search(box);
    });
  });
})();
