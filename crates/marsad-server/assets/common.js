// marsad serve — helpers shared by every page.
// Rule: data from the API only ever becomes text nodes (textContent) or attribute values
// set with setAttribute on attributes that cannot run code; markup is never parsed.
'use strict';

const M = {};

M.QUAD = {
  1: { name: 'تعاون لفظي', en: 'verbal cooperation', color: 'var(--coop-verbal)', hex: '#7fbf9a' },
  2: { name: 'تعاون مادي', en: 'material cooperation', color: 'var(--coop)', hex: '#2e8b57' },
  3: { name: 'نزاع لفظي', en: 'verbal conflict', color: 'var(--conflict-verbal)', hex: '#e59866' },
  4: { name: 'نزاع مادي', en: 'material conflict', color: 'var(--conflict)', hex: '#c0392b' },
};

// el('a', {class: 'x', href: '/p'}, 'text', child, …): an element; strings become text.
M.el = function (tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) throw new Error('no event attributes: use addEventListener');
    if (k === 'href' && !M.safeHref(String(v))) continue;
    if (k === 'class') e.className = v;
    else e.setAttribute(k, String(v));
  }
  M.append(e, children);
  return e;
};

M.append = function (e, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
};

M.svg = function (tag, attrs) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on') || k === 'href' || k === 'xlink:href') throw new Error('no such SVG attribute here');
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  return e;
};

// Links: our own paths, or http(s) addresses from the data. Anything else
// (javascript:, data:, …) is not a link.
M.safeHref = function (u) {
  if (u.startsWith('/') && !u.startsWith('//')) return true;
  try {
    const p = new URL(u, location.href).protocol;
    return p === 'http:' || p === 'https:';
  } catch (_) {
    return false;
  }
};

M.api = async function (path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') qs.set(k, String(v));
  }
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
  return body;
};

M.query = () => new URLSearchParams(location.search);

M.code = (c) => M.el('span', { class: 'code', dir: 'ltr' }, c || '—');

M.actorLink = function (code, label) {
  if (!code) return M.el('span', {}, label || '—');
  return M.el('a', { href: '/actor/' + encodeURIComponent(code), title: code }, label || code);
};

M.speakerHref = function (sp) {
  if (sp && sp.entity) return '/speaker?entity=' + encodeURIComponent(sp.entity);
  if (sp && sp.actor) return '/speaker?actor=' + encodeURIComponent(sp.actor);
  return null;
};

M.articleHref = (id, hash) => '/article/' + encodeURIComponent(id) + (hash ? '#' + hash : '');

M.partyLabel = function (p) {
  if (!p) return '—';
  return p.entity || p.text || p.actor || '—';
};

M.quadTag = function (q) {
  if (!q || !M.QUAD[q]) return M.el('span', { class: 'tag' }, 'quad ?');
  return M.el('span', { class: 'tag q' + q, title: M.QUAD[q].en }, M.QUAD[q].name);
};

M.showError = function (where, err) {
  where.replaceChildren(M.el('p', { class: 'error' }, 'خطأ · Error: ', String(err && err.message ? err.message : err)));
};

M.fmt = (n) => (n === null || n === undefined ? '—' : Number(n).toLocaleString('en-US'));

// The header with navigation; `active` names the current page.
M.header = function (active) {
  const link = (href, label, key) => M.el('a', { href, class: key === active ? 'on' : null }, label);
  const stats = M.el('span', { class: 'stats', id: 'stats' });
  const h = M.el('header', { class: 'top' },
    M.el('a', { class: 'brand', href: '/' }, 'مرصد', M.el('small', { dir: 'ltr' }, 'marsad')),
    M.el('nav', {}, link('/', 'بحث', 'search'), link('/network', 'شبكة الفاعلين', 'network'),
      link('/speaker', 'المتحدثون', 'speaker')),
    stats);
  document.body.prepend(h);
  M.api('stats').then((s) => {
    stats.replaceChildren(
      M.el('span', { dir: 'ltr' }, M.fmt(s.counts.articles) + ' articles · ' + M.fmt(s.counts.quotes) + ' quotes · ' +
        M.fmt(s.counts.events) + ' events' + (s.first_day ? ' · ' + s.first_day + ' → ' + s.last_day : '')));
  }).catch(() => {});
};

// Buttons for previous/next pages of a paged API answer.
M.pager = function (page, go) {
  const prev = M.el('button', { class: 'plain', type: 'button' }, 'السابق');
  const next = M.el('button', { class: 'plain', type: 'button' }, 'التالي');
  prev.disabled = page.offset === 0;
  next.disabled = page.next_offset === null || page.next_offset === undefined;
  prev.addEventListener('click', () => go(Math.max(0, page.offset - page.limit)));
  next.addEventListener('click', () => go(page.next_offset));
  const shown = page.returned ? (page.offset + 1) + '–' + (page.offset + page.returned) : '0';
  const total = page.total === null || page.total === undefined ? '' : ' / ' + M.fmt(page.total) + (page.total_capped ? '+' : '');
  return M.el('div', { class: 'pager' }, prev, M.el('span', { class: 'muted', dir: 'ltr' }, shown + total), next);
};

// One event as a list item with its evidence (actor and network pages).
M.eventItem = function (e) {
  return M.el('li', {},
    M.el('div', { class: 'meta' }, M.el('span', { dir: 'ltr' }, e.day || 'no date'), ' ', M.el('span', { class: 'tag' }, e.type),
      M.el('span', { class: 'tag' }, e.cameo || '—'), M.quadTag(e.quad_class), e.negated ? M.el('span', { class: 'tag neg' }, 'negated') : null),
    M.el('div', {}, (e.actors || []).map((p, i) => [i ? '، ' : '', M.actorLink(p.actor, M.partyLabel(p))]), ' ← ',
      (e.recipients || []).map((p, i) => [i ? '، ' : '', M.actorLink(p.actor, M.partyLabel(p))])),
    e.sentence_text ? M.el('div', { class: 'snippet' }, e.sentence_text) : null,
    M.el('div', { class: 'meta' }, M.el('a', { href: M.articleHref(e.article, 'event-' + e.event) }, e.title || e.ext_id)));
};
