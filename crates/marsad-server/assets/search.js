// Search page: full-text search over articles or quotations, with filters; without a
// query, the latest articles.
'use strict';

(function () {
  M.header('search');
  const main = document.getElementById('main');
  const q = M.query();
  const field = (name, label, attrs) => M.el('label', {}, label, M.el('input', Object.assign({ name, value: q.get(name) || '' }, attrs || {})));
  const kind = M.el('select', { name: 'kind' },
    M.el('option', { value: 'articles' }, 'المقالات'), M.el('option', { value: 'quotes' }, 'الاقتباسات'));
  kind.value = q.get('kind') === 'quotes' ? 'quotes' : 'articles';
  const form = M.el('form', { class: 'filters', id: 'search-form' },
    field('q', 'كلمات البحث · words, "phrase", prefix*, a OR b', { type: 'search', autofocus: 'autofocus' }),
    M.el('label', {}, 'في · in', kind),
    field('from', 'من · from', { type: 'date' }),
    field('to', 'إلى · to', { type: 'date' }),
    field('actor', 'فاعل · actor code', { class: 'code', placeholder: 'USAGOV, IRN*', dir: 'ltr' }),
    field('source', 'المصدر · source', {}),
    M.el('button', { type: 'submit' }, 'بحث'));
  const results = M.el('section', { id: 'results' });
  main.replaceChildren(M.el('h1', {}, 'البحث في الأخبار'), form, results);

  function params(offset) {
    const f = new FormData(form);
    const p = {};
    for (const k of ['q', 'kind', 'from', 'to', 'actor', 'source']) {
      const v = (f.get(k) || '').trim();
      if (v) p[k] = v;
    }
    if (offset) p.offset = offset;
    return p;
  }

  function snippet(parts) {
    return M.el('div', { class: 'snippet' }, (parts || []).map((p) => (p.hit ? M.el('mark', {}, p.text) : p.text)));
  }

  async function run(offset) {
    const p = params(offset);
    const url = new URL(location.href);
    url.search = new URLSearchParams(p).toString();
    history.replaceState(null, '', url);
    results.replaceChildren(M.el('p', { class: 'muted' }, '…'));
    try {
      if (!p.q) return await latest(p);
      const r = await M.api('search', Object.assign({ limit: 20 }, p));
      const list = M.el('ol', { class: 'results', id: 'hits' });
      for (const h of r.items) {
        if (r.kind === 'quotes') {
          const sp = h.speaker || {};
          const spHref = M.speakerHref(sp);
          list.append(M.el('li', {},
            M.el('div', { class: 'meta' }, h.day || '', ' · ', spHref ? M.el('a', { href: spHref }, sp.entity || sp.text || sp.actor) : (sp.text || 'متحدث غير معروف'),
              ' ', sp.actor ? M.code(sp.actor) : null, h.direct ? ' · مباشر' : ' · غير مباشر'),
            snippet(h.snippet),
            M.el('div', { class: 'meta' }, M.el('a', { href: M.articleHref(h.article, 'quote-' + h.quote) }, h.title || h.ext_id))));
        } else {
          list.append(M.el('li', {},
            M.el('a', { class: 'title', href: M.articleHref(h.article, h.first_match ? 'at-' + h.first_match[0] : null) }, h.title || h.ext_id),
            M.el('div', { class: 'meta' }, [h.day, h.source].filter(Boolean).join(' · ')),
            snippet(h.snippet)));
        }
      }
      results.replaceChildren(
        r.items.length ? list : M.el('p', { class: 'empty' }, 'لا نتائج · no results'),
        M.pager(r.page, run));
    } catch (e) {
      M.showError(results, e);
    }
  }

  async function latest(p) {
    const r = await M.api('articles', { from: p.from, to: p.to, actor: p.actor, source: p.source, offset: p.offset, limit: 20 });
    const list = M.el('ol', { class: 'results', id: 'latest' });
    for (const a of r.items) {
      list.append(M.el('li', {},
        M.el('a', { class: 'title', href: M.articleHref(a.article) }, a.title || a.ext_id),
        M.el('div', { class: 'meta' }, [a.day, a.source].filter(Boolean).join(' · '), ' · ',
          M.el('span', { dir: 'ltr' }, a.mentions + ' mentions, ' + a.quotes + ' quotes, ' + a.events + ' events'))));
    }
    results.replaceChildren(M.el('h2', {}, 'أحدث المقالات'),
      r.items.length ? list : M.el('p', { class: 'empty' }, 'لا مقالات · no articles'), M.pager(r.page, run));
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); run(0); });
  run(Number(q.get('offset')) || 0);
})();
