/* bitext reading controls. Everything runs inside document$.subscribe so it
   survives Material's instant navigation; without JavaScript the page shows
   both columns and every link still works. */
(function () {
  "use strict";
  var VIEWS = ["both", "zh", "en", "stack"];
  var root = document.documentElement;
  root.classList.add("bt-js");

  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  function setUrlParam(name, value) {
    try {
      var url = new URL(location.href);
      if (value === null) url.searchParams.delete(name); else url.searchParams.set(name, value);
      history.replaceState(history.state, "", url.toString());
    } catch (e) { /* file: URLs */ }
  }

  function currentRow() {
    var rows = document.querySelectorAll(".bt-row");
    var best = null;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i].getBoundingClientRect();
      if (r.bottom > 80) { best = rows[i]; break; }
    }
    return best;
  }

  function applyView(view, remember) {
    if (VIEWS.indexOf(view) < 0) view = "both";
    var keep = currentRow();
    root.setAttribute("data-bt-view", view);
    document.querySelectorAll(".bt-view").forEach(function (b) {
      b.setAttribute("aria-checked", b.getAttribute("data-view") === view ? "true" : "false");
    });
    // A hidden language is hidden from screen readers too (display:none does that);
    // mark it for assistive tech that reads attributes.
    document.querySelectorAll(".bt-cell, .bt-h").forEach(function (el) {
      var hidden = (view === "zh" && el.classList.contains("bt-en")) || (view === "en" && el.classList.contains("bt-zh"));
      if (hidden) el.setAttribute("aria-hidden", "true"); else el.removeAttribute("aria-hidden");
    });
    if (remember) {
      store("bitext.view", view);
      setUrlParam("view", view === "both" ? null : view);
      if (keep) keep.scrollIntoView({ block: "start" });
    }
  }

  function applySwap(on, remember) {
    root.setAttribute("data-bt-swap", on ? "1" : "0");
    document.querySelectorAll(".bt-swap").forEach(function (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); });
    if (remember) { store("bitext.swap", on ? "1" : "0"); setUrlParam("swap", on ? "1" : null); }
  }

  function rowUrl(row) {
    var url = new URL(location.href);
    url.hash = row.id;
    return url.toString();
  }

  function copy(text, el) {
    function done() {
      if (!el) return;
      el.setAttribute("data-copied", "1");
      var old = el.getAttribute("title");
      el.setAttribute("title", "已复制 · Copied");
      setTimeout(function () { el.removeAttribute("data-copied"); el.setAttribute("title", old); }, 1500);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, done);
    } else {
      var ta = document.createElement("textarea");
      ta.value = text; document.body.appendChild(ta); ta.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(ta); done();
    }
  }

  function markTarget() {
    document.querySelectorAll(".bt-target").forEach(function (el) { el.classList.remove("bt-target"); });
    if (!location.hash) return;
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el && el.classList.contains("bt-row")) {
      el.classList.add("bt-target");
      el.scrollIntoView({ block: "center" });
    }
  }

  function focusRow(row) {
    if (!row) return;
    document.querySelectorAll(".bt-row.bt-active").forEach(function (r) { r.classList.remove("bt-active"); });
    row.classList.add("bt-active");
    row.scrollIntoView({ block: "center" });
    setUrlHash(row.id);
  }

  function setUrlHash(id) {
    try { history.replaceState(history.state, "", "#" + id); } catch (e) { location.hash = id; }
  }

  function step(delta) {
    var rows = Array.prototype.slice.call(document.querySelectorAll(".bt-row"));
    if (!rows.length) return;
    var active = document.querySelector(".bt-row.bt-active") || document.querySelector(".bt-row.bt-target");
    var i = active ? rows.indexOf(active) : -1;
    if (i < 0) { var cur = currentRow(); i = rows.indexOf(cur) - (delta > 0 ? 1 : 0); }
    focusRow(rows[Math.max(0, Math.min(rows.length - 1, i + delta))]);
  }

  function counterpart(cell, on) {
    var row = cell.closest(".bt-row");
    if (!row) return;
    row.querySelectorAll(".bt-cell").forEach(function (c) {
      if (c !== cell) c.classList.toggle("bt-counterpart", on);
    });
  }

  function init() {
    var q = new URLSearchParams(location.search);
    var view = q.get("view");
    var fromUrl = VIEWS.indexOf(view) >= 0;
    if (!fromUrl) { try { view = localStorage.getItem("bitext.view"); } catch (e) { view = null; } }
    applyView(view, fromUrl);
    var swap = q.get("swap");
    if (swap === null) { try { swap = localStorage.getItem("bitext.swap"); } catch (e) { swap = null; } }
    applySwap(swap === "1", false);

    document.querySelectorAll(".bt-view").forEach(function (b) {
      b.addEventListener("click", function () { applyView(b.getAttribute("data-view"), true); });
    });
    document.querySelectorAll(".bt-swap").forEach(function (b) {
      b.addEventListener("click", function () { applySwap(root.getAttribute("data-bt-swap") !== "1", true); });
    });
    document.querySelectorAll(".bt-anchor").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        var row = a.closest(".bt-row");
        if (!row) return;
        ev.preventDefault();
        setUrlHash(row.id);
        markTarget();
        copy(rowUrl(row), a);
      });
    });
    document.querySelectorAll(".bt-cell").forEach(function (cell) {
      cell.setAttribute("tabindex", "0");
      cell.addEventListener("mouseenter", function () { counterpart(cell, true); });
      cell.addEventListener("mouseleave", function () { counterpart(cell, false); });
      cell.addEventListener("focus", function () { counterpart(cell, true); });
      cell.addEventListener("blur", function () { counterpart(cell, false); });
    });
    markTarget();
  }

  var keysBound = false;
  function bindKeys() {
    if (keysBound) return;
    keysBound = true;
    window.addEventListener("hashchange", markTarget);
    document.addEventListener("keydown", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      var t = ev.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      if (!document.querySelector(".bt-toolbar")) return;
      var k = ev.key;
      if (k === "j") step(1);
      else if (k === "k") step(-1);
      else if (k === "b") applyView("both", true);
      else if (k === "i") applyView("stack", true);
      else if (k === "c") applyView("zh", true);
      else if (k === "e") applyView("en", true);
      else if (k === "s") applySwap(root.getAttribute("data-bt-swap") !== "1", true);
      else if (k === "y") { var r = document.querySelector(".bt-row.bt-active") || currentRow(); if (r) copy(rowUrl(r)); }
      else return;
      ev.preventDefault();
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { init(); bindKeys(); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { init(); bindKeys(); });
  }
})();
