// Speaker page: everything a person (?entity=) or an actor code (?actor=) said, by date.
// Without either, the list of speakers.
'use strict';

(function () {
  M.header('speaker');
  const main = document.getElementById('main');
  const q = M.query();
  const entity = q.get('entity');
  const actor = q.get('actor');
  const order = q.get('order') === 'asc' ? 'asc' : 'desc';

  if (!entity && !actor) return speakers(0);
  const title = M.el('h1', {}, entity || actor, ' ', actor ? M.code(actor) : null);
  const sortLink = M.el('a', { href: '?' + new URLSearchParams(Object.assign(entity ? { entity } : { actor }, { order: order === 'asc' ? 'desc' : 'asc' })) },
    order === 'asc' ? 'الأحدث أولًا' : 'الأقدم أولًا');
  const list = M.el('section', { id: 'quotes' });
  main.replaceChildren(title, M.el('p', { class: 'muted' }, 'كل ما قيل، بحسب التاريخ · ', sortLink, ' · ',
    actor ? M.actorLink(actor, 'صفحة الفاعل') : null), list);
  document.title = (entity || actor) + ' — مرصد';
  load(0);

  async function load(offset) {
    list.replaceChildren(M.el('p', { class: 'muted' }, '…'));
    try {
      const r = await M.api('quotes', { entity, speaker: entity ? null : actor, order, offset, limit: 50 });
      const out = [];
      let day = undefined;
      let ul = null;
      for (const x of r.items) {
        if (x.day !== day || !ul) {
          day = x.day;
          out.push(M.el('h2', { dir: 'ltr', class: 'muted' }, day || 'no date'));
          ul = M.el('ul', { class: 'results' });
          out.push(ul);
        }
        ul.append(M.el('li', {},
          M.el('div', { class: 'snippet' }, x.direct ? '«' + x.text + '»' : x.text),
          M.el('div', { class: 'meta' }, x.cue ? x.cue + ' · ' : '', x.speaker.text || '', ' · ',
            M.el('a', { href: M.articleHref(x.article, 'quote-' + x.quote) }, x.title || x.ext_id))));
      }
      list.replaceChildren(...(out.length ? out : [M.el('p', { class: 'empty' }, 'لا اقتباسات')]), M.pager(r.page, load));
    } catch (e) {
      M.showError(list, e);
    }
  }

  async function speakers(offset) {
    const name = M.el('input', { name: 'name', value: q.get('name') || '', type: 'search' });
    const form = M.el('form', { class: 'filters' }, M.el('label', {}, 'الاسم · name', name), M.el('button', { type: 'submit' }, 'بحث'));
    const box = M.el('section', {});
    main.replaceChildren(M.el('h1', {}, 'المتحدثون'), form, box);
    form.addEventListener('submit', (ev) => { ev.preventDefault(); go(0); });
    go(offset);
    async function go(off) {
      try {
        const r = await M.api('speakers', { name: name.value.trim(), offset: off, limit: 50 });
        const t = M.el('table', { class: 'grid', id: 'speakers' },
          M.el('tr', {}, M.el('th', {}, 'المتحدث'), M.el('th', {}, 'الرمز'), M.el('th', { class: 'num' }, 'اقتباسات'), M.el('th', {}, 'الفترة')));
        for (const s of r.items) {
          const href = M.speakerHref(s);
          t.append(M.el('tr', {}, M.el('td', {}, M.el('a', { href }, s.entity || s.actor)), M.el('td', {}, M.code(s.actor)),
            M.el('td', { class: 'num' }, M.fmt(s.quotes)), M.el('td', { dir: 'ltr' }, (s.first_day || '?') + ' → ' + (s.last_day || '?'))));
        }
        box.replaceChildren(t, M.pager(r.page, go));
      } catch (e) {
        M.showError(box, e);
      }
    }
  }
})();
