// JEJAK ASN dashboard: small progressive enhancements on top of htmx (pages work without them).
(function () {
  "use strict";
  function ready(fn) { if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn); }
  ready(function () {
    if (window.htmx) {
      // errors come back as a message for the page's message area (HX-Retarget #flash): show them
      htmx.config.responseHandling = [
        { code: "204", swap: false },
        { code: "[23]..", swap: true },
        { code: "401", swap: false, error: true },
        { code: "[45]..", swap: true, error: true },
        { code: "...", swap: false }
      ];
    }
  });
  document.addEventListener("change", function (e) {
    var t = e.target;
    if (t.matches && t.matches("select[data-autosubmit]") && t.form) {
      if (t.form.requestSubmit) t.form.requestSubmit(); else t.form.submit();
    }
    if (t.matches && t.matches("input[data-check-all]")) {
      document.querySelectorAll('input[type=checkbox][name="' + t.dataset.checkAll + '"]').forEach(function (c) { c.checked = t.checked; });
    }
  });
  document.addEventListener("click", function (e) {
    var t = e.target.closest && e.target.closest("[data-fill]");
    if (!t) return;
    var input = document.getElementById(t.dataset.fill);
    if (input) { input.value = t.textContent.trim(); input.focus(); }
  });
  // upload progress: bytes sent, then the server's ingest
  document.addEventListener("htmx:xhr:progress", function (e) {
    var form = e.target.closest && e.target.closest("#upload");
    if (!form || !e.detail.lengthComputable) return;
    var bar = document.getElementById("upload-progress"), state = document.getElementById("upload-state");
    var pct = Math.round(100 * e.detail.loaded / e.detail.total);
    bar.hidden = false; bar.value = pct;
    state.textContent = pct < 100 ? "Mengunggah " + pct + "%" : "Terunggah; memproses dokumen…";
  });
  document.addEventListener("htmx:beforeRequest", function (e) {
    if (e.target.id === "upload") {
      var state = document.getElementById("upload-state");
      document.getElementById("upload-progress").hidden = false;
      state.textContent = "Mengunggah…";
    }
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    if (e.target.id === "upload") {
      var bar = document.getElementById("upload-progress");
      bar.value = 0; bar.hidden = true;
      document.getElementById("upload-state").textContent = e.detail.successful ? "Selesai." : "";
      if (e.detail.successful) e.target.reset();
    }
  });
})();
