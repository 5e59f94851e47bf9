// claimsift report.html script. Inlined by crates/report/src/html.rs. The page reads without
// it; this adds filters, keyboard navigation from claim to claim, the linking of a claim to
// its source and cue on hover or focus, and a self-test (#selftest) for the browser test.
(function () {
  'use strict';
  var scriptStart = performance.now();

  // Console errors and uncaught exceptions, caught first so the self-test can report them.
  var caught = [];
  window.addEventListener('error', function (e) {
    caught.push('error: ' + (e && e.message ? e.message : String(e)));
  });
  window.addEventListener('unhandledrejection', function (e) {
    caught.push('unhandled rejection: ' + String(e && e.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    caught.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };

  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var minOut = document.getElementById('f-min-value');
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.art'));
  var cards = Array.prototype.slice.call(document.querySelectorAll('li.claim'));

  function articleOf(el) { return el.closest('article.art'); }

  function readFilters() {
    return {
      unattributed: form.elements.unattributed.checked,
      unhedged: form.elements.unhedged.checked,
      checkworthy: form.elements.checkworthy.checked,
      changed: form.elements.changed.checked,
      kind: form.elements.kind.value,
      min: parseFloat(form.elements.min.value) || 0,
      hideEmpty: form.elements.hideempty.checked
    };
  }

  function passes(card, f) {
    var d = card.dataset;
    if (f.unattributed && d.attributed !== '0') { return false; }
    if (f.unhedged && d.hedged !== '0') { return false; }
    if (f.checkworthy && d.checkworthy !== '1') { return false; }
    if (f.changed && d.status !== 'new' && d.status !== 'changed') { return false; }
    if (f.kind && (' ' + d.kinds + ' ').indexOf(' ' + f.kind + ' ') < 0) { return false; }
    if (f.min > 0 && !(parseFloat(d.score) >= f.min - 1e-9)) { return false; }
    return true;
  }

  function describe(f) {
    var parts = [];
    if (f.unattributed) { parts.push('unattributed'); }
    if (f.unhedged) { parts.push('not hedged'); }
    if (f.checkworthy) { parts.push('check-worthy'); }
    if (f.changed) { parts.push('new or changed'); }
    if (f.kind) { parts.push('kind ' + f.kind.replace(/_/g, ' ')); }
    if (f.min > 0) { parts.push('score at least ' + f.min.toFixed(2)); }
    return parts;
  }

  function apply() {
    var f = readFilters();
    var active = describe(f);
    var total = 0;
    var visible = 0;
    minOut.textContent = f.min.toFixed(2);
    document.body.classList.toggle('nobadges', !form.elements.badges.checked);
    articles.forEach(function (art) {
      var vis = {};
      var n = 0;
      var list = art.querySelectorAll('li.claim');
      for (var i = 0; i < list.length; i++) {
        var ok = passes(list[i], f);
        list[i].hidden = !ok;
        vis[list[i].dataset.claim] = ok;
        if (ok) { n++; }
      }
      var segs = art.querySelectorAll('mark[data-c]');
      for (var s = 0; s < segs.length; s++) {
        var ids = segs[s].dataset.c.split(' ');
        var any = false;
        for (var k = 0; k < ids.length; k++) { if (vis[ids[k]]) { any = true; break; } }
        segs[s].classList.toggle('off', !any);
      }
      var badges = art.querySelectorAll('.badge[data-ref]');
      for (var b = 0; b < badges.length; b++) { badges[b].hidden = !vis[badges[b].dataset.ref]; }
      var count = art.querySelector('.shown-art');
      if (count) { count.textContent = n + ' shown'; }
      art.hidden = f.hideEmpty && active.length > 0 && n === 0;
      total += list.length;
      visible += n;
    });
    shown.textContent = active.length
      ? visible + ' of ' + total + ' claims shown (only: ' + active.join(', ') + ')'
      : total + ' claims shown';
  }

  // Linking: a claim (in the list or in the text) outlines its segments, source and cue.
  var lit = [];
  function clearLinks() {
    lit.forEach(function (el) { el.classList.remove('active', 'link'); });
    lit = [];
  }
  function light(art, id) {
    clearLinks();
    if (!art || id === undefined || id === null) { return; }
    var sel = '[data-c~="' + id + '"]';
    art.querySelectorAll(sel).forEach(function (el) { el.classList.add('active'); lit.push(el); });
    ['s', 'q', 'h'].forEach(function (k) {
      art.querySelectorAll('[data-' + k + '~="' + id + '"]').forEach(function (el) {
        el.classList.add('link'); lit.push(el);
      });
    });
    var card = art.querySelector('li.claim[data-claim="' + id + '"]');
    if (card) { card.classList.add('active'); lit.push(card); }
  }
  function claimOf(el) {
    if (!el || !el.closest) { return null; }
    var card = el.closest('li.claim');
    if (card) { return { art: articleOf(card), id: card.dataset.claim, card: card }; }
    var badge = el.closest('.badge[data-ref]');
    if (badge) { return { art: articleOf(badge), id: badge.dataset.ref }; }
    var mark = el.closest('mark[data-c]');
    if (mark && !mark.classList.contains('off')) {
      return { art: articleOf(mark), id: mark.dataset.c.split(' ')[0] };
    }
    return null;
  }
  document.addEventListener('mouseover', function (e) {
    var c = claimOf(e.target);
    if (c) { light(c.art, c.id); }
  });
  document.addEventListener('focusin', function (e) {
    var c = claimOf(e.target);
    if (c) { light(c.art, c.id); }
  });
  document.addEventListener('click', function (e) {
    var c = claimOf(e.target);
    if (c && !c.card && c.art) {
      var card = c.art.querySelector('li.claim[data-claim="' + c.id + '"]');
      if (card && !card.hidden) { card.focus(); }
    }
  });

  function showInText(card) {
    var art = articleOf(card);
    var first = art && art.querySelector('[data-c~="' + card.dataset.claim + '"]');
    if (first && first.scrollIntoView) { first.scrollIntoView({ block: 'center' }); }
    card.focus({ preventScroll: true });
  }

  // Keyboard: j/n/↓ next claim, k/p/↑ previous, Enter shows the claim in the text.
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && t.closest && t.closest('input, select, textarea, button, [contenteditable]')) { return; }
    var onCard = !!(t && t.closest && t.closest('li.claim'));
    var step = 0;
    if (e.key === 'j' || e.key === 'n' || (onCard && e.key === 'ArrowDown')) { step = 1; }
    if (e.key === 'k' || e.key === 'p' || (onCard && e.key === 'ArrowUp')) { step = -1; }
    if (onCard && e.key === 'Enter') { e.preventDefault(); showInText(t.closest('li.claim')); return; }
    if (!step) { return; }
    var list = cards.filter(function (c) { return !c.hidden && !articleOf(c).hidden; });
    if (!list.length) { return; }
    var at = list.indexOf(onCard ? t.closest('li.claim') : null);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    e.preventDefault();
    list[next].focus();
  });

  // The form only filters; Enter in it must not submit it and reload the page.
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  // A fresh page shows every claim, so the first pass is only needed when the browser
  // restored filter settings (reload, back): this keeps a large report quick to open.
  var f0 = readFilters();
  if (describe(f0).length || !form.elements.badges.checked) { apply(); } else {
    minOut.textContent = '0.00';
    shown.textContent = cards.length + ' claims shown';
  }
  var scriptMs = performance.now() - scriptStart;

  // Self-test, run by the browser test as file:///…/report.html#selftest: counts what the
  // page shows, exercises one filter and the keyboard, and writes the results as JSON.
  function distinctHighlighted(onlyVisible) {
    var n = 0;
    articles.forEach(function (art) {
      var seen = {};
      art.querySelectorAll('mark[data-c]').forEach(function (m) {
        if (onlyVisible && m.classList.contains('off')) { return; }
        m.dataset.c.split(' ').forEach(function (id) { if (!seen[id]) { seen[id] = true; n++; } });
      });
    });
    return n;
  }
  function visibleCards() {
    return cards.filter(function (c) { return !c.hidden && !articleOf(c).hidden; }).length;
  }
  function selftest() {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    var out = {
      schema: data.schema,
      expected_claims: data.run.claims,
      articles: articles.length,
      cards: cards.length,
      badges: document.querySelectorAll('.badge[data-ref]').length,
      highlighted: distinctHighlighted(false),
      external: document.querySelectorAll('script[src], link[href], img, iframe, object, embed').length
    };
    var expectUnattributed = 0;
    data.articles.forEach(function (a) { expectUnattributed += a.unattributed; });
    form.elements.unattributed.checked = true;
    form.elements.unattributed.dispatchEvent(new Event('change', { bubbles: true }));
    out.filter_unattributed = {
      expected: expectUnattributed,
      visible_cards: visibleCards(),
      visible_highlighted: distinctHighlighted(true),
      attributed_cards_visible: cards.filter(function (c) { return !c.hidden && c.dataset.attributed !== '0'; }).length,
      status: shown.textContent
    };
    form.elements.unattributed.checked = false;
    form.elements.unattributed.dispatchEvent(new Event('change', { bubbles: true }));
    out.after_reset = { visible_cards: visibleCards(), visible_highlighted: distinctHighlighted(true) };
    var first = cards.filter(function (c) { return !c.hidden; })[0];
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    out.keyboard_first = !!first && document.activeElement === first;
    if (cards.length > 1) {
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      out.keyboard_second = document.activeElement === cards.filter(function (c) { return !c.hidden; })[1];
    }
    var linked = document.querySelectorAll('.active, .link').length;
    out.linked_on_focus = linked;
    if (document.activeElement && document.activeElement.blur) { document.activeElement.blur(); }
    clearLinks();
    window.scrollTo(0, 0);
    var paint = performance.getEntriesByType ? performance.getEntriesByType('paint') : [];
    out.timing_ms = {
      dom_content_loaded: Math.round(performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart),
      load_start: Math.round(performance.timing.loadEventStart - performance.timing.navigationStart),
      first_contentful_paint: paint.length ? Math.round(paint[paint.length - 1].startTime) : null
    };
    out.timing_ms.script = Math.round(scriptMs);
    var t0 = performance.now();
    form.elements.checkworthy.checked = true;
    form.elements.checkworthy.dispatchEvent(new Event('change', { bubbles: true }));
    out.timing_ms.filter = Math.round(performance.now() - t0);
    form.elements.checkworthy.checked = false;
    form.elements.checkworthy.dispatchEvent(new Event('change', { bubbles: true }));
    out.errors = caught;
    var pre = document.createElement('pre');
    pre.id = 'selftest';
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  // #demo lights the first attributed claim whose source is in the text, as hovering it
  // would: the browser test's screenshot shows the linking without a pointer.
  if (location.hash === '#demo') {
    cards.some(function (card) {
      var art = articleOf(card);
      if (card.dataset.attributed === '1' && art.querySelector('[data-s~="' + card.dataset.claim + '"]')) {
        light(art, card.dataset.claim);
        return true;
      }
      return false;
    });
  }
  if (location.hash === '#selftest') {
    window.addEventListener('load', function () {
      try { selftest(); } catch (err) {
        caught.push('selftest: ' + err);
        var pre = document.createElement('pre');
        pre.id = 'selftest';
        pre.textContent = JSON.stringify({ errors: caught });
        document.body.appendChild(pre);
      }
    });
  }
}());
