// Article view: the text with actor mentions, quotations (and their cues) and event
// triggers highlighted; hovering or selecting one shows its analysis; side lists of the
// article's quotations and events.
'use strict';

(function () {
  M.header('article');
  const main = document.getElementById('main');
  const id = decodeURIComponent(location.pathname.split('/')[2] || '');

  const KIND_RANK = { trigger: 4, mention: 3, cue: 2, quote: 1 };
  let pinned = null;         // the selected annotation
  const spansOf = new Map(); // annotation -> its spans in the text
  const itemOf = new Map();  // quote/event object -> its side-list item

  M.api('articles/' + encodeURIComponent(id)).then(render).catch((e) => M.showError(main, e));

  function render(a) {
    document.title = (a.title || a.ext_id) + ' — مرصد';
    const meta = M.el('div', { class: 'meta muted' },
      a.day || a.date || 'بلا تاريخ', ' · ', a.source || '—', ' · ', M.el('span', { dir: 'ltr' }, a.ext_id),
      a.url && M.safeHref(a.url) && /^https?:/i.test(a.url) ? [' · ', M.el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'المصدر الأصلي')] : null,
      a.sources.length > 1 ? ' · ' + a.sources.length + ' مصادر' : null,
      a.truncated ? M.el('span', { class: 'error' }, ' النص مقطوع (أطول من مليون حرف)') : null);
    const legend = M.el('div', { class: 'legend' },
      M.el('span', { class: 'ann mention' }, 'فاعل · actor mention'),
      M.el('span', { class: 'ann quote' }, 'اقتباس · quotation'),
      M.el('span', { class: 'ann cue' }, 'فعل القول · cue'),
      M.el('span', { class: 'ann trigger' }, 'حدث · event trigger'));

    const anns = [];
    for (const m of a.mentions) anns.push({ kind: 'mention', start: m.start, end: m.end, ref: m });
    for (const q of a.quotes) {
      anns.push({ kind: 'quote', start: q.start, end: q.end, ref: q });
      if (q.cue && q.cue.end > q.cue.start) anns.push({ kind: 'cue', start: q.cue.start, end: q.cue.end, ref: q });
    }
    for (const e of a.events) {
      if (e.trigger && e.trigger.end > e.trigger.start) anns.push({ kind: 'trigger', start: e.trigger.start, end: e.trigger.end, ref: e });
    }
    const text = textWithAnnotations(a.text, anns);

    const details = M.el('div', { class: 'panel details', id: 'details' },
      M.el('h2', {}, 'التفاصيل'), M.el('p', { class: 'muted' }, 'مرّر المؤشر على نص مظلل أو اختر عنصرًا من القوائم.'));
    const quoteList = M.el('ul', { class: 'items', id: 'quote-list' });
    a.quotes.forEach((q, i) => {
      const sp = q.speaker;
      const li = M.el('li', { id: 'q-item-' + q.id, 'data-idx': i },
        M.el('span', { class: 'who' }, sp ? (sp.entity || sp.text) : 'متحدث غير معروف'), ' ',
        sp && sp.actor ? M.code(sp.actor) : null, ' ',
        M.el('span', { class: 'tag' }, q.direct ? 'direct' : 'indirect'),
        M.el('div', {}, clip(q.text, 140)));
      li.addEventListener('click', () => select(annOf(anns, 'quote', q), true));
      itemOf.set(q, li);
      quoteList.append(li);
    });
    const eventList = M.el('ul', { class: 'items', id: 'event-list' });
    for (const e of a.events) {
      const li = M.el('li', { id: 'e-item-' + e.id },
        M.el('span', { class: 'tag' }, e.type), M.quadTag(e.quad_class),
        e.negated ? M.el('span', { class: 'tag neg' }, 'negated') : null,
        M.el('div', {}, parties(e.actors), ' ← ', parties(e.recipients)),
        e.trigger ? M.el('div', { class: 'muted' }, '«', e.trigger.text, '»') : null);
      li.addEventListener('click', () => select(annOf(anns, 'trigger', e) || { kind: 'event', ref: e }, true));
      itemOf.set(e, li);
      eventList.append(li);
    }
    const actors = new Map();
    for (const m of a.mentions) {
      if (!m.actor) continue;
      const v = actors.get(m.actor) || { n: 0, m };
      v.n++;
      actors.set(m.actor, v);
    }
    const actorList = M.el('ul', { class: 'items', id: 'actor-list' },
      [...actors.entries()].sort((x, y) => y[1].n - x[1].n).map(([code, v]) =>
        M.el('li', {}, M.actorLink(code, v.m.entity || code), ' ', M.code(code), ' ', M.el('span', { class: 'muted' }, '×' + v.n))));

    const side = M.el('aside', { class: 'side' }, details,
      M.el('div', { class: 'panel' }, M.el('h2', {}, 'الاقتباسات (' + a.quotes.length + ')'),
        a.quotes.length ? quoteList : M.el('p', { class: 'empty' }, 'لا اقتباسات')),
      M.el('div', { class: 'panel' }, M.el('h2', {}, 'الأحداث (' + a.events.length + ')'),
        a.events.length ? eventList : M.el('p', { class: 'empty' }, 'لا أحداث')),
      M.el('div', { class: 'panel' }, M.el('h2', {}, 'الفاعلون (' + actors.size + ')'), actorList));

    main.replaceChildren(M.el('h1', { id: 'title' }, a.title || a.ext_id), meta, legend,
      M.el('div', { class: 'layout' }, M.el('article', { class: 'article-text', id: 'text', lang: 'ar' }, text), side));

    // #quote-N, #event-N (from other pages) or #at-OFFSET (a search hit)
    const h = location.hash.slice(1);
    let target = null;
    if (h.startsWith('quote-')) target = annOf(anns, 'quote', a.quotes.find((q) => String(q.id) === h.slice(6)));
    else if (h.startsWith('event-')) target = annOf(anns, 'trigger', a.events.find((e) => String(e.id) === h.slice(6)));
    if (target) select(target, true);
    else if (h.startsWith('at-')) {
      const off = Number(h.slice(3));
      const sp = [...document.querySelectorAll('#text [data-start]')].find((s) => Number(s.dataset.start) <= off && off < Number(s.dataset.end));
      if (sp) { sp.classList.add('sel'); sp.scrollIntoView({ block: 'center' }); }
    }
  }

  function annOf(anns, kind, ref) {
    return ref ? anns.find((x) => x.kind === kind && x.ref === ref) || { kind: kind === 'trigger' ? 'event' : kind, ref } : null;
  }

  function clip(s, n) {
    const cps = Array.from(s || '');
    return cps.length > n ? cps.slice(0, n).join('') + '…' : cps.join('');
  }

  function parties(ps) {
    if (!ps || !ps.length) return M.el('span', { class: 'muted' }, '؟');
    return ps.map((p, i) => [i ? '، ' : '', p.actor ? M.actorLink(p.actor, M.partyLabel(p)) : M.partyLabel(p)]);
  }

  // Split the text at every annotation boundary; each piece lists the annotations that
  // cover it. Offsets are code points.
  function textWithAnnotations(text, anns) {
    const cps = Array.from(text);
    const n = cps.length;
    const cuts = new Set([0, n]);
    for (const x of anns) {
      x.start = Math.max(0, Math.min(n, x.start));
      x.end = Math.max(x.start, Math.min(n, x.end));
      cuts.add(x.start); cuts.add(x.end);
    }
    const bounds = [...cuts].sort((p, q) => p - q);
    const byStart = [...anns].sort((p, q) => p.start - q.start);
    const frag = document.createDocumentFragment();
    let open = [];
    let k = 0;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const s = bounds[i], e = bounds[i + 1];
      while (k < byStart.length && byStart[k].start <= s) open.push(byStart[k++]);
      open = open.filter((x) => x.end > s);
      const piece = cps.slice(s, e).join('');
      const active = open.filter((x) => x.start <= s && x.end >= e);
      if (!active.length) { frag.append(document.createTextNode(piece)); continue; }
      const kinds = new Set(active.map((x) => x.kind));
      const span = M.el('span', { class: 'ann ' + [...kinds].join(' '), 'data-start': s, 'data-end': e }, piece);
      span._anns = active;
      span.setAttribute('title', active.map(summary).join(' | '));
      for (const x of active) {
        if (!spansOf.has(x)) spansOf.set(x, []);
        spansOf.get(x).push(span);
      }
      span.addEventListener('mouseenter', () => { if (!pinned) show(best(active)); });
      span.addEventListener('mouseleave', () => { if (!pinned) clearDetails(); });
      span.addEventListener('click', (ev) => { ev.stopPropagation(); select(best(active), false); });
      frag.append(span);
    }
    return frag;
  }

  function best(active) {
    return [...active].sort((p, q) => (KIND_RANK[q.kind] - KIND_RANK[p.kind]) || ((p.end - p.start) - (q.end - q.start)))[0];
  }

  function summary(x) {
    const r = x.ref;
    if (x.kind === 'mention') return (r.actor || r.type) + (r.entity ? ' ' + r.entity : '');
    if (x.kind === 'quote' || x.kind === 'cue') return 'quote: ' + (r.speaker ? (r.speaker.actor || '') + ' ' + (r.speaker.entity || r.speaker.text || '') : '?');
    return 'event: ' + r.type + (r.cameo ? ' ' + r.cameo : '');
  }

  function select(x, scroll) {
    if (!x) return;
    document.querySelectorAll('.ann.sel, ul.items li.sel').forEach((e) => e.classList.remove('sel'));
    pinned = x;
    const spans = spansOf.get(x) || [];
    spans.forEach((s) => s.classList.add('sel'));
    const li = itemOf.get(x.ref);
    if (li) li.classList.add('sel');
    show(x);
    if (scroll && spans[0]) spans[0].scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  function clearDetails() {
    document.getElementById('details').replaceChildren(M.el('h2', {}, 'التفاصيل'),
      M.el('p', { class: 'muted' }, 'مرّر المؤشر على نص مظلل أو اختر عنصرًا من القوائم.'));
  }

  function row(label, ...value) {
    return [M.el('dt', {}, label), M.el('dd', {}, ...value)];
  }

  function show(x) {
    const r = x.ref;
    const box = document.getElementById('details');
    let title, rows;
    if (x.kind === 'mention') {
      title = 'ذكر فاعل · mention';
      rows = [row('النص', r.text), row('النوع', M.code(r.type)), row('الرمز · code', r.actor ? M.actorLink(r.actor, r.actor) : '—'),
        row('الكيان', r.entity || '—'), row('الدولة', M.code(r.country)), row('الدور', M.code(r.role)), row('القاعدة · rule', M.code(r.rule))];
    } else if (x.kind === 'quote' || x.kind === 'cue') {
      title = 'اقتباس · quotation';
      const sp = r.speaker;
      const spHref = M.speakerHref(sp);
      rows = [
        row('المتحدث · speaker', sp ? M.el('span', { id: 'detail-speaker' }, spHref ? M.el('a', { href: spHref }, sp.entity || sp.text) : (sp.entity || sp.text)) : M.el('span', { id: 'detail-speaker' }, 'غير معروف')),
        row('نص المتحدث', sp ? sp.text : '—'),
        row('الرمز · code', sp && sp.actor ? M.actorLink(sp.actor, sp.actor) : '—'),
        row('الدور', M.code(sp && sp.role)),
        row('النوع', r.direct ? 'مباشر · direct' : 'غير مباشر · indirect'),
        row('فعل القول · cue', r.cue ? r.cue.text : '—'),
        row('الثقة · confidence', M.el('span', { dir: 'ltr' }, r.confidence.toFixed(2))),
        row('القاعدة · rule', M.code(r.rule)),
        row('النص', clip(r.text, 300))];
    } else {
      title = 'حدث · event';
      rows = [row('النوع · type', M.code(r.type)), row('CAMEO', M.code(r.cameo)), row('الفئة · quad', M.quadTag(r.quad_class)),
        row('Goldstein', M.el('span', { dir: 'ltr' }, r.goldstein === null ? '—' : String(r.goldstein))),
        row('الفاعل · actor', parties(r.actors)), row('المتلقي · recipient', parties(r.recipients)),
        row('منفي · negated', r.negated ? 'نعم' : 'لا'), row('الصيغة · modality', r.modality || '—'),
        row('فعل الحدث · trigger', r.trigger ? r.trigger.text : '—'),
        row('الثقة · confidence', M.el('span', { dir: 'ltr' }, r.confidence.toFixed(2))), row('القاعدة · rule', M.code(r.rule))];
    }
    box.replaceChildren(M.el('h2', {}, title), M.el('dl', {}, rows));
  }
})();
