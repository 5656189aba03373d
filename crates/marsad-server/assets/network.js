// Network view: actors as nodes, events as weighted edges coloured by cooperation vs
// conflict; filters by date, type and quad class; click a node or an edge for the
// evidence. The layout is a small force simulation (Fruchterman–Reingold) of our own.
'use strict';

(function () {
  M.header('network');
  const main = document.getElementById('main');
  const q = M.query();
  const focus = (q.get('focus') || '').toUpperCase();
  const TONE = { cooperation: '#2e8b57', conflict: '#c0392b', mixed: '#8e6fb5', neutral: '#8a8f98' };

  const input = (name, label, attrs) => M.el('label', {}, label, M.el('input', Object.assign({ name, value: q.get(name) || '' }, attrs || {})));
  const typeSel = M.el('select', { name: 'type' }, M.el('option', { value: '' }, 'كل الأنواع · all'));
  const quadSel = M.el('select', { name: 'quad' }, M.el('option', { value: '' }, 'الكل · all'),
    [1, 2, 3, 4].map((k) => M.el('option', { value: k }, M.QUAD[k].name + ' · ' + M.QUAD[k].en)));
  quadSel.value = q.get('quad') || '';
  const form = M.el('form', { class: 'filters', id: 'net-form' },
    input('from', 'من · from', { type: 'date' }), input('to', 'إلى · to', { type: 'date' }),
    M.el('label', {}, 'نوع الحدث · type', typeSel), M.el('label', {}, 'الفئة · quad class', quadSel),
    input('nodes', 'عدد الفاعلين · actors', { type: 'number', min: 2, max: 300, value: q.get('nodes') || 60, class: 'code' }),
    input('min_weight', 'أدنى عدد أحداث · min events', { type: 'number', min: 1, value: q.get('min_weight') || 1, class: 'code' }),
    M.el('button', { type: 'submit' }, 'عرض'));
  const svg = M.svg('svg', { id: 'net', role: 'img', 'aria-label': 'actor network' });
  const info = M.el('div', { class: 'panel details', id: 'net-info' }, M.el('h2', {}, 'التفاصيل'),
    M.el('p', { class: 'muted' }, 'اختر فاعلًا أو علاقة لعرض الأدلة.'));
  const legend = M.el('div', { class: 'legend' }, Object.entries(TONE).map(([k, c]) => {
    const sw = M.el('span', { class: 'swatch' });
    sw.style.background = c;
    return M.el('span', {}, sw, { cooperation: 'تعاون', conflict: 'نزاع', mixed: 'مختلط', neutral: 'غير مصنف' }[k] + ' · ' + k);
  }), M.el('span', { id: 'net-count', dir: 'ltr' }));
  main.replaceChildren(M.el('h1', {}, 'شبكة الفاعلين'), form, legend,
    M.el('div', { class: 'net-layout' }, M.el('div', {}, svg), M.el('aside', { class: 'side' }, info)));

  M.api('stats').then((s) => {
    for (const t of s.event_types) typeSel.append(M.el('option', { value: t.type }, t.type + ' (' + t.events + ')'));
    typeSel.value = q.get('type') || '';
  }).catch(() => {});

  form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  load();

  function filters() {
    const f = new FormData(form);
    const p = {};
    for (const k of ['from', 'to', 'type', 'quad', 'nodes', 'min_weight']) {
      const v = String(f.get(k) || '').trim();
      if (v) p[k] = v;
    }
    return p;
  }

  async function load() {
    const p = filters();
    const url = new URL(location.href);
    url.search = new URLSearchParams(Object.assign({}, p, focus ? { focus } : {})).toString();
    history.replaceState(null, '', url);
    try {
      const net = await M.api('network', p);
      draw(net, p);
    } catch (e) {
      M.showError(info, e);
    }
  }

  function layout(nodes, edges, W, H) {
    const n = nodes.length;
    const idx = new Map(nodes.map((d, i) => [d.code, i]));
    // deterministic start: a golden-angle spiral, heaviest in the middle
    const pos = nodes.map((_, i) => {
      const r = 10 * Math.sqrt(i + 1), a = i * 2.399963;
      return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
    });
    const links = edges.map((e) => [idx.get(e.source), idx.get(e.target), Math.log2(1 + e.events)]).filter((l) => l[0] !== undefined && l[1] !== undefined);
    const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.75;
    let t = W / 8;
    const iters = n > 150 ? 220 : 320;
    for (let it = 0; it < iters; it++) {
      const dx = new Float64Array(n), dy = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let x = pos[i].x - pos[j].x, y = pos[i].y - pos[j].y;
          let d2 = x * x + y * y;
          if (d2 < 0.01) { x = 0.1 * (i - j); y = 0.1; d2 = x * x + y * y; }
          const f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      for (const [a, b, w] of links) {
        const x = pos[a].x - pos[b].x, y = pos[a].y - pos[b].y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const f = (d / k) * (0.5 + 0.5 * w);
        dx[a] -= x * f; dy[a] -= y * f; dx[b] += x * f; dy[b] += y * f;
      }
      for (let i = 0; i < n; i++) {
        dx[i] += (W / 2 - pos[i].x) * 0.02 * k / 10;
        dy[i] += (H / 2 - pos[i].y) * 0.02 * k / 10;
        const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        pos[i].x += (dx[i] / d) * Math.min(d, t);
        pos[i].y += (dy[i] / d) * Math.min(d, t);
      }
      t = Math.max(0.5, t * 0.985);
    }
    // fit into the box
    const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const s = Math.min((W - 80) / Math.max(1, x1 - x0), (H - 60) / Math.max(1, y1 - y0));
    return pos.map((p) => ({ x: 40 + (p.x - x0) * s + ((W - 80) - (x1 - x0) * s) / 2, y: 30 + (p.y - y0) * s + ((H - 60) - (y1 - y0) * s) / 2 }));
  }

  function draw(net, p) {
    const W = 1000, H = 700;
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.replaceChildren();
    document.getElementById('net-count').textContent =
      net.nodes.length + ' actors (of ' + net.total_actors + '), ' + net.edges.length + ' links (of ' + net.total_edges + ')';
    if (!net.nodes.length) {
      const t = M.svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' });
      t.textContent = 'no coded events for these filters';
      svg.append(t);
      return;
    }
    const pos = layout(net.nodes, net.edges, W, H);
    const idx = new Map(net.nodes.map((d, i) => [d.code, i]));
    const maxN = Math.max(1, ...net.nodes.map((d) => d.events));
    const gEdges = M.svg('g', {}), gNodes = M.svg('g', {}), gLabels = M.svg('g', {});
    const edgeEls = [];
    for (const e of net.edges) {
      const a = pos[idx.get(e.source)], b = pos[idx.get(e.target)];
      // a slight curve, so that A→B and B→A do not overlap
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
      const nx = -(b.y - a.y) * 0.12, ny = (b.x - a.x) * 0.12;
      const path = M.svg('path', {
        d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${(mx + nx).toFixed(1)},${(my + ny).toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`,
        class: 'edge', stroke: TONE[e.tone] || TONE.neutral, 'stroke-width': (1 + 1.6 * Math.log2(1 + e.events)).toFixed(2),
      });
      const tip = M.svg('title', {});
      tip.textContent = `${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`;
      path.append(tip);
      path.addEventListener('click', () => { mark(path); showEdge(e, p); });
      edgeEls.push(path);
      gEdges.append(path);
    }
    net.nodes.forEach((d, i) => {
      const r = 4 + 14 * Math.sqrt(d.events / maxN);
      const c = M.svg('circle', { cx: pos[i].x.toFixed(1), cy: pos[i].y.toFixed(1), r: r.toFixed(1), class: 'node', fill: d.code === focus ? '#ffcf40' : '#1f5f99', 'data-code': d.code });
      const tip = M.svg('title', {});
      tip.textContent = `${d.code}${d.entity ? ' — ' + d.entity : ''}: ${d.events} events`;
      c.append(tip);
      c.addEventListener('click', () => { mark(c); showNode(d, net); });
      gNodes.append(c);
      const label = M.svg('text', { x: (pos[i].x + r + 2).toFixed(1), y: (pos[i].y + 4).toFixed(1), class: 'label' });
      const name = Array.from(d.entity || d.code);
      label.textContent = name.length > 22 ? name.slice(0, 21).join('') + '…' : name.join('');
      gLabels.append(label);
    });
    svg.append(gEdges, gNodes, gLabels);
    if (focus && idx.has(focus)) showNode(net.nodes[idx.get(focus)], net);
  }

  function mark(el) {
    svg.querySelectorAll('.sel').forEach((e) => e.classList.remove('sel'));
    el.classList.add('sel');
  }

  function showNode(d, net) {
    const mine = net.edges.filter((e) => e.source === d.code || e.target === d.code).sort((a, b) => b.events - a.events);
    const ul = M.el('ul', { class: 'items' });
    for (const e of mine.slice(0, 30)) {
      const li = M.el('li', {}, M.code(e.source), ' → ', M.code(e.target), ' ', M.el('span', { class: 'muted', dir: 'ltr' }, e.events + ' events'));
      li.addEventListener('click', () => showEdge(e, filters()));
      ul.append(li);
    }
    info.replaceChildren(M.el('h2', {}, d.entity || d.code, ' ', M.code(d.code)),
      M.el('p', {}, M.el('a', { href: '/actor/' + encodeURIComponent(d.code), id: 'node-link' }, 'صفحة الفاعل'), ' · ',
        M.el('span', { dir: 'ltr' }, d.as_actor + ' as actor, ' + d.as_recipient + ' as recipient')),
      ul);
  }

  async function showEdge(e, p) {
    const box = M.el('section', { id: 'evidence' }, M.el('p', { class: 'muted' }, '…'));
    info.replaceChildren(M.el('h2', {}, M.code(e.source), ' → ', M.code(e.target)),
      M.el('p', { dir: 'ltr', class: 'muted' }, `${e.events} events: ${e.verbal_coop} verbal coop., ${e.material_coop} material coop., ` +
        `${e.verbal_conflict} verbal conflict, ${e.material_conflict} material conflict` +
        (e.goldstein_mean === null ? '' : `; mean Goldstein ${e.goldstein_mean}`)),
      M.el('p', { dir: 'ltr' }, Object.entries(e.types).map(([t, n]) => M.el('span', { class: 'tag' }, t + ' ' + n))),
      M.el('h2', {}, 'الأدلة · evidence'), box);
    try {
      const r = await M.api('events', { actor: e.source, recipient: e.target, from: p.from, to: p.to, type: p.type, quad: p.quad, negated: false, limit: 30 });
      const ul = M.el('ul', { class: 'results' });
      for (const x of r.items) ul.append(M.eventItem(x));
      box.replaceChildren(ul, M.el('p', { class: 'muted', dir: 'ltr' }, r.page.returned + ' of ' + r.page.total + (r.page.total_capped ? '+' : '')));
    } catch (err) {
      M.showError(box, err);
    }
  }
})();
