// Session videos: the player's frame is added only when the reader clicks, so the page makes
// no request to YouTube or Facebook before that (council.video). Without JavaScript the plain
// link to the video stays.
(function () {
  "use strict";
  document.querySelectorAll("[data-video-embed]").forEach(function (box) {
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
})();
