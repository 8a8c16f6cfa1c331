/* QuyTrình: PrimeFaces 15 writes its simple, unskinned file input with aria-hidden="true", which
   hides the very control a screen reader user must reach (axe-core: aria-hidden-focus). The input
   is the page's labelled, focusable file chooser, so it is shown to assistive technology again.
   Served by the application (script-src 'self'). */
(function () {
  "use strict";
  function reveal() {
    document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (i) {
      i.removeAttribute("aria-hidden");
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reveal);
  } else {
    reveal();
  }
})();
