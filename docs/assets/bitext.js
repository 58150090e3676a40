/* bitext reading controls.
   Page set-up runs inside document$.subscribe, so it survives Material's
   instant navigation; document-wide listeners are bound once. Without
   JavaScript the page shows both columns and every link still works.
   Keys (none of Material's own: f s / p , n .): j k next/previous pair,
   b i c e views, x swap, y copy link, ? help. */
(function () {
  "use strict";
  var VIEWS = ["both", "zh", "en", "stack"];
  var KEY_VIEW = "bitext.view", KEY_SWAP = "bitext.swap";
  var root = document.documentElement;
  if (!root.classList.contains("bt-js")) root.classList.add("bt-js");

  function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  function setParams(params) {
    try {
      var url = new URL(location.href);
      Object.keys(params).forEach(function (k) {
        if (params[k] === null) url.searchParams.delete(k); else url.searchParams.set(k, params[k]);
      });
      if (url.href !== location.href) history.replaceState(history.state, "", url.href);
    } catch (e) { /* file: URLs */ }
  }

  function view() { var v = root.getAttribute("data-bt-view"); return VIEWS.indexOf(v) < 0 ? "both" : v; }
  function swapped() { return root.getAttribute("data-bt-swap") === "1"; }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".bt-row")); }

  function headerBottom() {
    var h = document.querySelector(".md-header");
    return h ? h.getBoundingClientRect().bottom : 0;
  }

  /* The first pair whose bottom is below the header: the reader's place. */
  function currentRow() {
    var top = headerBottom() + 4, all = rows();
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().bottom > top) return all[i];
    }
    return null;
  }

  /* Run fn (which changes the layout) and keep the current pair where it was on screen. */
  function keepPlace(fn) {
    var row = currentRow(), before = row ? row.getBoundingClientRect().top : 0;
    fn();
    if (row && before > -row.offsetHeight) window.scrollBy(0, row.getBoundingClientRect().top - before);
  }

  function reflect() {
    var v = view();
    document.querySelectorAll(".bt-view").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-view") === v ? "true" : "false");
    });
    document.querySelectorAll(".bt-swap").forEach(function (b) { b.setAttribute("aria-pressed", swapped() ? "true" : "false"); });
    // The hidden language is display:none (gone from the accessibility tree);
    // aria-hidden says the same to tools that read attributes.
    document.querySelectorAll(".md-content .bt-zh, .md-content .bt-en").forEach(function (el) {
      if (el.closest(".bt-toolbar")) return;
      var hidden = (v === "zh" && el.classList.contains("bt-en")) || (v === "en" && el.classList.contains("bt-zh"));
      if (hidden) el.setAttribute("aria-hidden", "true"); else el.removeAttribute("aria-hidden");
    });
  }

  function setView(v, remember) {
    if (VIEWS.indexOf(v) < 0) v = "both";
    keepPlace(function () { root.setAttribute("data-bt-view", v); });
    reflect();
    if (remember) store(KEY_VIEW, v);
    setParams({ view: v === "both" ? null : v });
  }

  function setSwap(on, remember) {
    keepPlace(function () { root.setAttribute("data-bt-swap", on ? "1" : "0"); });
    reflect();
    if (remember) store(KEY_SWAP, on ? "1" : "0");
    setParams({ swap: on ? "1" : null });
  }

  var statusTimer = null;
  function announce(text) {
    var s = document.querySelector(".bt-status");
    if (!s) return;
    s.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { s.textContent = ""; }, 2000);
  }

  function copy(text, el) {
    function done() {
      announce("已复制链接 · Link copied");
      if (!el) return;
      el.setAttribute("data-copied", "");
      setTimeout(function () { el.removeAttribute("data-copied"); }, 1500);
    }
    function fallback() {
      var ta = document.createElement("textarea");
      ta.value = text; ta.setAttribute("readonly", ""); ta.style.position = "fixed"; ta.style.opacity = "0";
      document.body.appendChild(ta); ta.select();
      try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
      document.body.removeChild(ta); done();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  function linkTo(id) {
    var url = new URL(location.href);
    url.hash = id;
    return url.href;
  }

  function setHash(id) {
    try { history.replaceState(history.state, "", "#" + id); } catch (e) { location.hash = id; }
  }

  /* Mark the pair (or section heading) named in the address and bring it into view. */
  function markTarget(scroll) {
    document.querySelectorAll(".bt-target").forEach(function (el) { el.classList.remove("bt-target"); });
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    var el = id && document.getElementById(id);
    if (!el || !(el.classList.contains("bt-row") || el.classList.contains("bt-heading"))) return null;
    el.classList.add("bt-target");
    if (scroll) el.scrollIntoView({ block: el.classList.contains("bt-row") ? "center" : "start" });
    return el;
  }

  /* A search hit (?h=word): bring the first pair holding the word into view and
     mark it. If the word is only in the language the current view hides, show
     both languages for this page (without changing the remembered choice). */
  function findSearchHit() {
    var q = new URLSearchParams(location.search), term = (q.get("h") || "").trim().toLowerCase();
    if (!term || location.hash) return;
    var words = term.split(/\s+/);
    function holds(el) {
      var text = el.textContent.toLowerCase();
      return words.some(function (w) { return w && text.indexOf(w) >= 0; });
    }
    var v = view();
    if (v === "zh" || v === "en") {
      var shown = v === "zh" ? ".bt-cell.bt-zh" : ".bt-cell.bt-en";
      var hidden = v === "zh" ? ".bt-cell.bt-en" : ".bt-cell.bt-zh";
      var inShown = Array.prototype.some.call(document.querySelectorAll(shown), holds);
      if (!inShown && Array.prototype.some.call(document.querySelectorAll(hidden), holds)) {
        root.setAttribute("data-bt-view", "both");
        reflect();
        announce("搜索结果在另一种语言中，已显示两种语言 · The word is in the other language: both are shown");
      }
    }
    function mark(row) {
      row.classList.add("bt-target");
      row.scrollIntoView({ block: "center" });
    }
    var tries = 0;
    (function look() {
      var m = document.querySelector(".bt-row mark[data-md-highlight]");
      if (m) return mark(m.closest(".bt-row"));
      if (++tries < 15) return void setTimeout(look, 100);
      // Material did not highlight (e.g. a word inside a longer one): find it ourselves.
      var row = rows().filter(function (r) { return visibleCells(r).some(holds); })[0];
      if (row) mark(row);
    })();
  }

  function visibleCells(row) {
    var cells = Array.prototype.slice.call(row.querySelectorAll(".bt-cell")).filter(function (c) {
      return c.getClientRects().length > 0;
    });
    cells.sort(function (a, b) {
      var ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
      return (ra.top - rb.top) || (ra.left - rb.left);
    });
    return cells;
  }

  function activeRow() {
    var a = document.activeElement;
    return (a && a.closest && a.closest(".bt-row")) || document.querySelector(".bt-row.bt-active") ||
      document.querySelector(".bt-row.bt-target");
  }

  function goTo(row) {
    if (!row) return;
    document.querySelectorAll(".bt-row.bt-active").forEach(function (r) { r.classList.remove("bt-active"); });
    row.classList.add("bt-active");
    var cell = visibleCells(row)[0];
    if (cell) cell.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
    setHash(row.id);
    markTarget(false);
  }

  function step(delta) {
    var all = rows();
    if (!all.length) return;
    var i = all.indexOf(activeRow());
    if (i < 0) {
      var cur = currentRow();
      i = cur ? all.indexOf(cur) - (delta > 0 ? 1 : 0) : -1;
    }
    goTo(all[Math.max(0, Math.min(all.length - 1, i + delta))]);
  }

  /* Counterpart highlight for hover and focus (CSS :has() does the same where supported). */
  var hoverCell = null, focusCell = null;
  function paintCounterparts() {
    document.querySelectorAll(".bt-counterpart").forEach(function (c) { c.classList.remove("bt-counterpart"); });
    [hoverCell, focusCell].forEach(function (cell) {
      if (!cell || !cell.isConnected) return;
      var row = cell.closest(".bt-row");
      row && row.querySelectorAll(".bt-cell").forEach(function (c) { if (c !== cell) c.classList.add("bt-counterpart"); });
    });
  }

  function init() {
    var q = new URLSearchParams(location.search);
    var v = q.get("view"), s = q.get("swap");
    if (VIEWS.indexOf(v) >= 0) store(KEY_VIEW, v);
    else v = load(KEY_VIEW) || root.getAttribute("data-bt-view");
    if (s === "0" || s === "1") store(KEY_SWAP, s);
    else s = load(KEY_SWAP) || root.getAttribute("data-bt-swap");
    setView(v, false);
    setSwap(s === "1", false);
    hoverCell = focusCell = null;
    if (!markTarget(true)) findSearchHit();
  }

  function isTyping(t) {
    if (!t) return false;
    if (t.tagName === "INPUT") return !/^(checkbox|radio|button|submit|reset|range|color)$/.test(t.type);
    return t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName);
  }

  function bindOnce() {
    window.addEventListener("hashchange", function () { markTarget(true); });

    document.addEventListener("click", function (ev) {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      var t = ev.target instanceof Element ? ev.target : null;
      if (!t) return;
      var b = t.closest(".bt-view");
      if (b) { setView(b.getAttribute("data-view"), true); return; }
      if (t.closest(".bt-swap")) { setSwap(!swapped(), true); return; }
      var a = t.closest(".bt-anchor, .bt-heading > .headerlink");
      if (a) {
        // Copy the full address; keep the page where it is.
        var target = a.closest(".bt-row, .bt-heading");
        if (!target || !target.id) return;
        ev.preventDefault();
        ev.stopPropagation();
        setHash(target.id);
        markTarget(false);
        copy(linkTo(target.id), a);
      }
    }, true);

    document.addEventListener("mouseover", function (ev) {
      var cell = ev.target instanceof Element ? ev.target.closest(".bt-cell") : null;
      if (cell !== hoverCell) { hoverCell = cell; paintCounterparts(); }
    });
    document.addEventListener("mouseleave", function () { hoverCell = null; paintCounterparts(); });
    document.addEventListener("focusin", function (ev) {
      var cell = ev.target instanceof Element ? ev.target.closest(".bt-cell") : null;
      if (cell !== focusCell) { focusCell = cell; paintCounterparts(); }
    });
    document.addEventListener("focusout", function (ev) {
      if (!ev.relatedTarget || !(ev.relatedTarget instanceof Element) || !ev.relatedTarget.closest(".bt-cell")) {
        focusCell = null; paintCounterparts();
      }
    });

    document.addEventListener("keydown", function (ev) {
      if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
      var search = document.getElementById("__search");
      if (search && search.checked) return; // Material's search dialog is open: its keys.
      if (!document.querySelector(".bt-toolbar")) return;
      switch (ev.key) {
        case "j": step(1); break;
        case "k": step(-1); break;
        case "b": setView("both", true); break;
        case "i": setView("stack", true); break;
        case "c": setView("zh", true); break;
        case "e": setView("en", true); break;
        case "x": setSwap(!swapped(), true); break;
        case "y": {
          var row = activeRow() || currentRow();
          if (!row) return;
          setHash(row.id); markTarget(false);
          copy(linkTo(row.id), row.querySelector(".bt-anchor"));
          break;
        }
        case "?": {
          var help = document.querySelector(".bt-help");
          if (!help) return;
          help.click();
          break;
        }
        default: return;
      }
      ev.preventDefault();
    });
  }

  bindOnce();
  if (typeof document$ !== "undefined") {
    document$.subscribe(function () { init(); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
