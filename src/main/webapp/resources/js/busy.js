/* QuyTrình: a visible busy state while a long piece of work runs — a manual or register being
   written (a download: the page stays, PrimeFaces' monitorDownload says when the file arrived) or a
   form whose answer takes a while (the audit trail's verification: the next page ends it).
   Served by the application (script-src 'self'); no inline script. */
(function () {
  "use strict";

  function busy(on) {
    var box = document.getElementById("busy");
    if (box) {
      box.hidden = !on;
    }
    document.querySelectorAll(".download, .busy-submit").forEach(function (b) {
      b.setAttribute("aria-disabled", on ? "true" : "false");
      b.classList.toggle("is-busy", on);
    });
    document.body.classList.toggle("working", on);
  }

  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest(".download") : null;
    if (!button) {
      return;
    }
    if (document.body.classList.contains("working")) {
      e.preventDefault(); // one file at a time
      return;
    }
    if (window.PrimeFaces && PrimeFaces.monitorDownload) {
      PrimeFaces.monitorDownload(function () { busy(true); }, function () { busy(false); });
    }
  });

  document.addEventListener("submit", function (e) {
    if (e.target.classList && e.target.classList.contains("busy-form")) {
      busy(true);
    }
  });

  // a page shown again from the browser's cache after "back" is not busy
  window.addEventListener("pageshow", function () { busy(false); });
})();
