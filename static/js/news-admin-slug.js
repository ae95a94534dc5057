/* Django's URLify (admin prepopulated slugs) strips letters it cannot transliterate, so
   "Đại biểu Kỳ họp" became "ai-biu-k-hp". Fold Vietnamese tone marks and đ first, the way
   portal.text.slugify does on the server. Loaded after admin/js/urlify.js. */
(function () {
    "use strict";
    var urlify = window.URLify;
    if (typeof urlify !== "function" || urlify.vietnamese) {
        return;
    }
    function vietnameseURLify(s, numChars, allowUnicode) {
        var folded = String(s)
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .replace(/\u0111/g, "d")
            .replace(/\u0110/g, "D");
        return urlify(folded, numChars, allowUnicode);
    }
    vietnameseURLify.vietnamese = true;
    window.URLify = vietnameseURLify;
})();
