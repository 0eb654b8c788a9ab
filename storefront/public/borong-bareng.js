// Borong Bareng deal page island: live progress (polls the storefront's own
// /borong-bareng/<id>/progres.json every 5 s), a WIB countdown, "copy link".
// The page is complete without it (server-rendered).
(function () {
  var root = document.querySelector("[data-gb-deal]");
  if (!root) return;
  var id = root.getAttribute("data-gb-deal");
  function el(name) { return root.querySelector('[data-gb="' + name + '"]'); }
  function set(name, text) { var e = el(name); if (e && text != null) e.textContent = String(text); }

  var countdown = el("countdown");
  var endsAt = countdown && new Date(countdown.getAttribute("data-ends-at")).getTime();
  var open = true;
  function tick() {
    if (!countdown || !open) return;
    var s = Math.floor((endsAt - Date.now()) / 1000);
    if (!(s > 0)) { countdown.textContent = "Waktu habis"; return; }
    var d = Math.floor(s / 86400); s -= d * 86400;
    var h = Math.floor(s / 3600); s -= h * 3600;
    var m = Math.floor(s / 60); var sec = s - m * 60;
    countdown.textContent = d > 0 ? d + " hari " + h + " jam " + m + " menit" : h > 0 ? h + " jam " + m + " menit" : m + " menit " + sec + " detik";
  }
  setInterval(tick, 1000);

  function refresh() {
    fetch("/borong-bareng/" + encodeURIComponent(id) + "/progres.json", { headers: { accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) return;
        set("total", p.total_quantity);
        set("price", p.price);
        set("target", p.target);
        set("remaining", p.remaining);
        set("status", p.status_label);
        var nudge = el("nudge");
        if (nudge) { nudge.textContent = p.nudge || ""; nudge.hidden = !p.nudge; }
        var bar = el("bar");
        if (bar) { bar.setAttribute("aria-valuenow", p.progress); bar.firstElementChild.style.width = p.progress + "%"; }
        root.querySelectorAll("[data-tier-index]").forEach(function (li) {
          if (Number(li.getAttribute("data-tier-index")) === p.tier_index) li.setAttribute("aria-current", "true");
          else li.removeAttribute("aria-current");
        });
        if (p.status !== "open") { open = false; if (countdown) countdown.textContent = "Sudah ditutup"; }
      })
      .catch(function () {});
  }
  setInterval(refresh, 5000);

  var copy = root.querySelector("[data-gb-copy]");
  var link = el("link");
  if (copy && link && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(link.value).then(function () { copy.textContent = "Tautan disalin"; });
    });
  }
})();
