// Progressive enhancement only; every page works without it. Loaded as a file
// (never inline) so the Content-Security-Policy can say script-src 'self'.
(function () {
  // Product gallery: a thumbnail swaps the main photo in place.
  var main = document.getElementById("gambar-utama");
  document.querySelectorAll(".thumbs a[data-full]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      if (!main) return;
      e.preventDefault();
      main.src = a.getAttribute("data-full");
      var srcset = a.getAttribute("data-srcset");
      if (srcset) main.srcset = srcset; else main.removeAttribute("srcset");
      document.querySelectorAll(".thumbs a").forEach(function (x) { x.removeAttribute("aria-current"); });
      a.setAttribute("aria-current", "true");
    });
  });
  // Forms marked data-auto-submit (variant picker, category sort) submit on
  // change, so their no-JS button is noise.
  document.querySelectorAll("form[data-auto-submit]").forEach(function (f) {
    f.addEventListener("change", function () { f.submit(); });
    var b = f.querySelector("[data-auto-submit-button]");
    if (b) b.hidden = true;
  });
  // Single fields marked data-submit-on-change (search filters, sort) submit their
  // form at once; the form's other fields (e.g. a price range) wait for its button.
  document.querySelectorAll("[data-submit-on-change]").forEach(function (el) {
    el.addEventListener("change", function () { if (el.form) el.form.submit(); });
  });
})();
