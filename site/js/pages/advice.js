// "Uw advies": per levensgebied, the advice in ladder order (rung 0 help gathered at the top), each with what to do
// next, sociale-kaart cards (filtered by wijk and a search box, by the engine), BUUV drafts and the form it leads to.

import { h, para, heading, button, buttonGroup, buttonLink, link, paragraphs, uid, download } from '../dom.js';
import { levelBadge } from './situation.js';

export function renderAdvice(app, route, { focusResults = false } = {}) {
  const t = app.t;
  if (!app.hasSession()) {
    app.show({
      title: t('site.advice.title'),
      nodes: [app.pageHeading(t('site.advice.title')), para(t('site.advice.none')), buttonGroup(buttonLink(t('site.nav.start'), '#/'))],
    });
    return;
  }
  const filters = app.state.filters || { wijk: null, query: '' };
  const request = { session: app.state.session };
  if (filters.wijk) request.wijk = filters.wijk;
  if (filters.query) request.query = filters.query;
  const result = app.call('advice', request);

  const nodes = [];
  const urgent = app.urgentSection(result.urgent);
  const freshUrgent = urgent && app.newUrgent(result.urgent);
  if (urgent) nodes.push(urgent);
  nodes.push(app.pageHeading(t('site.advice.title')));
  nodes.push(para(t('site.advice.intro'), { class: 'utrecht-paragraph utrecht-paragraph--lead' }));

  // Filter: wijk and search words, applied by the engine to the services shown with the advice.
  const filterTitle = uid('filter');
  const search = h('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input', id: 'advice-query', name: 'query', type: 'search',
    value: filters.query || '', 'aria-describedby': 'advice-query-hint', autocomplete: 'off',
  });
  const filterForm = h('form', { class: 'ekw-filter', role: 'search', 'aria-labelledby': filterTitle, novalidate: true },
    heading(2, t('site.advice.filter'), { id: filterTitle, class: 'utrecht-heading-2 ekw-filter__title' }),
    (app.overview.wijken || []).length ? h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'advice-wijk' }, t('site.advice.wijk')),
      app.wijkSelect({ id: 'advice-wijk', value: filters.wijk, allLabel: t('site.advice.allWijken') })) : null,
    h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'advice-query' }, t('site.advice.search')),
      h('div', { class: 'utrecht-form-field-description', id: 'advice-query-hint' }, t('site.advice.searchHint')),
      search),
    buttonGroup(button(t('site.advice.apply'), { type: 'submit', kind: 'secondary', id: 'advice-apply' })));
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const wijkSelect = filterForm.querySelector('#advice-wijk');
    app.state.filters = { wijk: wijkSelect && wijkSelect.value ? wijkSelect.value : null, query: search.value.trim() };
    app.save();
    renderAdvice(app, route, { focusResults: true });
  });
  nodes.push(filterForm);

  const results = h('div', { class: 'ekw-advice', id: 'ekw-advice-results', tabindex: '-1' });
  const areas = result.levensgebieden || [];
  let adviceCount = 0;
  for (const lg of areas) {
    if (!lg.advice || lg.advice.length === 0) continue;
    const lgId = uid('lg');
    const section = h('section', { class: 'ekw-advice__area', 'aria-labelledby': lgId, dataset: { levensgebied: lg.id } },
      heading(2, lg.name, { id: lgId }));
    if (lg.levelText) {
      section.appendChild(h('p', { class: 'utrecht-paragraph ekw-advice__level' },
        `${t('site.situation.level')}: `, levelBadge(lg.level), ' ', lg.levelText));
    }
    // Group by rung, in the engine's order.
    let currentRung = null;
    let rungList = null;
    for (const a of lg.advice) {
      adviceCount += 1;
      if (a.rung !== currentRung) {
        currentRung = a.rung;
        const rungId = uid('rung');
        rungList = h('div', { class: 'ekw-rung__items' });
        section.appendChild(h('section', { class: `ekw-rung ekw-rung--${a.rung}`, 'aria-labelledby': rungId, dataset: { rung: String(a.rung) } },
          heading(3, [h('span', { class: 'ekw-rung__number', 'aria-hidden': 'true' }, String(a.rung)), h('span', null, a.rungName || String(a.rung))],
            { id: rungId, class: 'utrecht-heading-3 ekw-rung__title' }), rungList));
      }
      rungList.appendChild(adviceItem(app, a));
    }
    results.appendChild(section);
  }
  if (adviceCount === 0) results.appendChild(para(t('site.advice.none')));

  // Forms the advice leads to.
  const forms = result.forms || [];
  if (forms.length) {
    const formsId = uid('forms');
    results.appendChild(h('section', { class: 'ekw-forms', 'aria-labelledby': formsId },
      heading(2, t('site.advice.forms'), { id: formsId }),
      para(t('site.advice.formsIntro')),
      h('ul', { class: 'utrecht-link-list utrecht-link-list--html-ul' }, forms.map((f) => h('li', { class: 'utrecht-link-list__item' },
        link(f.name, `#/formulier/${encodeURIComponent(f.id)}`, { class: 'utrecht-link utrecht-link--html-a utrecht-link-list__link' }))))));
  }
  nodes.push(results);

  nodes.push(h('div', { class: 'ekw-no-print' }, buttonGroup(
    button(t('site.advice.print'), { kind: 'secondary', id: 'advice-print', onclick: () => window.print() }),
    button(t('site.advice.download'), {
      kind: 'secondary', id: 'advice-download',
      onclick: () => {
        const dossier = app.call('dossier', { session: app.state.session });
        download(`eigen-krachtwijzer-${app.today()}.json`, JSON.stringify(dossier, null, 2));
      },
    }))));

  app.show({
    title: t('site.advice.title'),
    nodes,
    focus: focusResults ? results : (freshUrgent ? urgent.querySelector('h2') : null),
  });
}

function adviceItem(app, a) {
  const t = app.t;
  const titleId = uid('advice');
  const parts = [heading(4, a.title, { id: titleId, class: 'utrecht-heading-4 ekw-advice__title' }), paragraphs(a.text)];
  if (a.steps && a.steps.length) {
    parts.push(h('p', { class: 'utrecht-paragraph ekw-advice__label' }, t('site.advice.steps')));
    parts.push(h('ol', { class: 'utrecht-ordered-list' }, a.steps.map((s) => h('li', { class: 'utrecht-ordered-list__item' }, s))));
  }
  if (a.buuv && a.buuv.length) {
    parts.push(h('ul', { class: 'utrecht-link-list utrecht-link-list--html-ul ekw-advice__links' }, a.buuv.map((b) => h('li', { class: 'utrecht-link-list__item' },
      link(t('site.advice.buuvLink', { title: b.title }), `#/buuv/${encodeURIComponent(b.id)}`,
        { class: 'utrecht-link utrecht-link--html-a utrecht-link-list__link', dataset: { buuv: b.id } })))));
  }
  if (a.form) {
    parts.push(h('p', { class: 'utrecht-paragraph' }, link(t('site.advice.form', { name: a.form.name }),
      `#/formulier/${encodeURIComponent(a.form.id)}`, { dataset: { form: a.form.id } })));
  }
  if (a.services && a.services.length) {
    parts.push(h('div', { class: 'ekw-services' },
      h('p', { class: 'utrecht-paragraph ekw-advice__label' }, t('site.advice.services')),
      a.services.map((s) => app.serviceCard(s, 5))));
  }
  return h('article', { class: 'ekw-advice__item', 'aria-labelledby': titleId, dataset: { advice: a.id, rung: String(a.rung) } }, parts);
}
