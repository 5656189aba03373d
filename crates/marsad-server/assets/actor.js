// Actor page: events as actor and as recipient over time (a chart), top partners, and
// the latest events with their evidence.
'use strict';

(function () {
  M.header('actor');
  const main = document.getElementById('main');
  const code = decodeURIComponent(location.pathname.split('/')[2] || '');
  const q = M.query();
  const per = ['day', 'week', 'month', 'year'].includes(q.get('per')) ? q.get('per') : 'month';

  M.api('actors/' + encodeURIComponent(code), { per, from: q.get('from'), to: q.get('to') }).then(render).catch((e) => M.showError(main, e));

  function render(a) {
    document.title = (a.entity || a.code) + ' — مرصد';
    const perLinks = ['week', 'month', 'year'].map((p) => [' ', p === per ? M.el('strong', {}, p) : M.el('a', { href: '?per=' + p }, p)]);
    main.replaceChildren(
      M.el('h1', {}, a.entity || a.code, ' ', M.code(a.code)),
      M.el('p', { class: 'muted' }, 'الدولة ', M.code(a.country), ' · الدور ', M.code(a.role), ' · ',
        M.el('span', { dir: 'ltr' }, M.fmt(a.mentions) + ' mentions · ' + M.fmt(a.quotes) + ' quotes'), ' · ',
        M.el('a', { href: '/speaker?actor=' + encodeURIComponent(a.code) }, 'ما قاله'), ' · ',
        M.el('a', { href: '/?actor=' + encodeURIComponent(a.code) }, 'المقالات')),
      M.el('h2', {}, 'الأحداث عبر الزمن ', M.el('small', { class: 'muted per', dir: 'ltr' }, perLinks)),
      M.el('div', { class: 'chart', id: 'chart' }, chart(a.series)),
      M.el('div', { class: 'legend' },
        M.el('span', {}, M.el('span', { class: 'swatch', id: 'sw-a' }), 'فاعلًا · as actor'),
        M.el('span', {}, M.el('span', { class: 'swatch', id: 'sw-r' }), 'متلقيًا · as recipient')),
      M.el('h2', {}, 'أبرز الشركاء'),
      partners(a.partners),
      M.el('h2', {}, 'آخر الأحداث'),
      M.el('section', { id: 'events' }, M.el('p', { class: 'muted' }, '…')));
    document.getElementById('sw-a').style.background = '#1f5f99';
    document.getElementById('sw-r').style.background = '#e08a2c';
    events(0);
  }

  function partners(ps) {
    if (!ps.length) return M.el('p', { class: 'empty' }, 'لا شركاء في الأحداث المرمّزة');
    const t = M.el('table', { class: 'grid', id: 'partners' }, M.el('tr', {},
      M.el('th', {}, 'الشريك'), M.el('th', {}, 'الرمز'), M.el('th', { class: 'num' }, 'أحداث'), M.el('th', { class: 'num' }, 'منه إليه'),
      M.el('th', { class: 'num' }, 'من الشريك'), M.el('th', { class: 'num' }, 'تعاون'), M.el('th', { class: 'num' }, 'نزاع'), M.el('th', {}, '')));
    for (const p of ps) {
      t.append(M.el('tr', {}, M.el('td', {}, M.actorLink(p.code, p.entity || p.code)), M.el('td', {}, M.code(p.code)),
        M.el('td', { class: 'num' }, p.events), M.el('td', { class: 'num' }, p.to_partner), M.el('td', { class: 'num' }, p.from_partner),
        M.el('td', { class: 'num' }, p.cooperation), M.el('td', { class: 'num' }, p.conflict),
        M.el('td', {}, M.el('a', { href: '/network?focus=' + encodeURIComponent(code) }, 'الشبكة'))));
    }
    return t;
  }

  async function events(offset) {
    const box = document.getElementById('events');
    try {
      const r = await M.api('events', { actor: code, both: true, offset, limit: 20 });
      const ul = M.el('ul', { class: 'results' });
      for (const e of r.items) ul.append(M.eventItem(e));
      box.replaceChildren(r.items.length ? ul : M.el('p', { class: 'empty' }, 'لا أحداث'), M.pager(r.page, events));
    } catch (e) {
      M.showError(box, e);
    }
  }

  function chart(series) {
    const W = 1000, H = 240, pad = { l: 40, r: 10, t: 10, b: 40 };
    const svg = M.svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'events per period' });
    if (!series.length) {
      const t = M.svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' });
      t.textContent = 'no dated events';
      svg.append(t);
      return svg;
    }
    const max = Math.max(1, ...series.map((s) => Math.max(s.as_actor, s.as_recipient)));
    const n = series.length;
    const bw = Math.min(60, (W - pad.l - pad.r) / n);
    const y = (v) => H - pad.b - (v / max) * (H - pad.t - pad.b);
    for (const v of [0, Math.round(max / 2), max]) {
      svg.append(M.svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), stroke: '#e4e1da' }));
      const t = M.svg('text', { x: pad.l - 4, y: y(v) + 4, 'text-anchor': 'end' });
      t.textContent = String(v);
      svg.append(t);
    }
    const every = Math.max(1, Math.ceil(n / 14));
    series.forEach((s, i) => {
      const x = pad.l + i * bw;
      const w = Math.max(1, bw / 2 - 1);
      const ra = M.svg('rect', { x: x + 1, y: y(s.as_actor), width: w, height: H - pad.b - y(s.as_actor), fill: '#1f5f99' });
      const rr = M.svg('rect', { x: x + 1 + w, y: y(s.as_recipient), width: w, height: H - pad.b - y(s.as_recipient), fill: '#e08a2c' });
      const tip = M.svg('title', {});
      tip.textContent = `${s.period}: ${s.as_actor} as actor, ${s.as_recipient} as recipient`;
      ra.append(tip);
      rr.append(tip.cloneNode(true));
      svg.append(ra, rr);
      if (i % every === 0) {
        const t = M.svg('text', { x: x + bw / 2, y: H - pad.b + 14, 'text-anchor': 'middle' });
        t.textContent = s.period;
        svg.append(t);
      }
    });
    return svg;
  }
})();
