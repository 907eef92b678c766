// "Uw advies": "Uw eerste stappen" on top (the engine's choice), a contents list of the levensgebieden with jump
// links, then per levensgebied a collapsible section (details/summary) with the advice in ladder order (rung 0 help
// gathered at the very top), each with what to do next, sociale-kaart cards (filtered by wijk and a search box, by
// the engine), BUUV drafts and the form it leads to. The search panel comes below the advice.

import { h, para, heading, button, buttonGroup, buttonLink, link, paragraphs, uid, download, formField } from '../dom.js';
import { levelBadge } from './situation.js';

// With more levensgebieden than this the sections start closed, so the contents list and the first steps are the
// overview; with fewer they start open.
const OPEN_UP_TO = 3;

export function renderAdvice(app, route, { focusResults = false } = {}) {
  const t = app.t;
  if (!app.hasSession()) {
    app.showNeedsSession(t('site.advice.title'), t('site.advice.none'));
    return;
  }
  const filters = app.state.filters || { wijk: null, query: '' };
  const request = { session: app.state.session };
  if (filters.wijk) request.wijk = filters.wijk;
  if (filters.query) request.query = filters.query;
  const result = app.call('advice', request);

  const nodes = [];
  nodes.push(app.pageHeading(t('site.advice.title')));

  // The first steps open the page; when direct help (rung 0) applies it is their first item, and its full text (the
  // rung-0 section the question pages show on top) follows right below them.
  const areas = (result.levensgebieden || []).filter((lg) => lg.advice && lg.advice.length);
  const sectionId = (lg) => `advies-${lg.id}`;
  const urgent = app.urgentSection(result.urgent);
  const freshUrgent = urgent && app.newUrgent(result.urgent);
  const first = firstStepsSection(app, result.firstSteps || [], areas, sectionId, Boolean(urgent));
  if (first) nodes.push(first);
  if (urgent) nodes.push(urgent);

  // Contents: a jump link per levensgebied (it opens the section) and one to the search panel below the advice.
  if (areas.length > 1) {
    nodes.push(h('nav', { class: 'ekw-contents', 'aria-labelledby': 'advice-contents' },
      heading(2, t('site.advice.contents'), { id: 'advice-contents', class: 'utrecht-heading-2 ekw-contents__title' }),
      h('ul', { class: 'utrecht-link-list utrecht-link-list--html-ul ekw-contents__list' },
        areas.map((lg) => h('li', { class: 'utrecht-link-list__item' },
          jumpLink(`${lg.name} (${lg.advice.length === 1 ? t('site.advice.countOne') : t('site.advice.count', { count: lg.advice.length })})`, sectionId(lg)))),
        h('li', { class: 'utrecht-link-list__item' }, jumpLink(t('site.advice.filter'), 'advice-filter')))));
  }

  const results = h('div', { class: 'ekw-advice', id: 'ekw-advice-results', tabindex: '-1' });
  const open = areas.length <= OPEN_UP_TO;
  for (const lg of areas) {
    const lgId = uid('lg');
    const body = h('div', { class: 'ekw-area__body' });
    if (lg.levelText) {
      body.appendChild(h('p', { class: 'utrecht-paragraph ekw-advice__level' },
        `${t('site.situation.level')}: `, levelBadge(lg.level), ' ', lg.levelText));
    }
    // Group by rung, in the engine's order.
    let currentRung = null;
    let rungList = null;
    for (const a of lg.advice) {
      if (a.rung !== currentRung) {
        currentRung = a.rung;
        const rungId = uid('rung');
        rungList = h('div', { class: 'ekw-rung__items' });
        body.appendChild(h('section', { class: `ekw-rung ekw-rung--${a.rung}`, 'aria-labelledby': rungId, dataset: { rung: String(a.rung) } },
          heading(3, [h('span', { class: 'ekw-rung__number', 'aria-hidden': 'true' }, String(a.rung)), h('span', null, a.rungName || String(a.rung))],
            { id: rungId, class: 'utrecht-heading-3 ekw-rung__title' }), rungList));
      }
      rungList.appendChild(adviceItem(app, a, lg.id));
    }
    results.appendChild(h('details', { class: 'ekw-area ekw-advice__area', id: sectionId(lg), open, dataset: { levensgebied: lg.id } },
      h('summary', { class: 'ekw-area__summary' },
        heading(2, lg.name, { id: lgId, class: 'utrecht-heading-2 ekw-area__title' }),
        h('span', { class: 'ekw-area__count' }, lg.advice.length === 1 ? t('site.advice.countOne') : t('site.advice.count', { count: lg.advice.length }))),
      body));
  }
  if (areas.length === 0) results.appendChild(para(t('site.advice.none')));

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

  // Filter: wijk and search words, applied by the engine to the services shown with the advice. Below the advice,
  // so on a phone the advice comes first; the contents list jumps here.
  const search = h('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input', id: 'advice-query', name: 'query', type: 'search',
    value: filters.query || '', 'aria-describedby': 'advice-query-hint', autocomplete: 'off',
  });
  const filterForm = h('form', { class: 'ekw-filter', role: 'search', 'aria-labelledby': 'advice-filter-title', novalidate: true, id: 'advice-filter', tabindex: '-1' },
    heading(2, t('site.advice.filter'), { id: 'advice-filter-title', class: 'utrecht-heading-2 ekw-filter__title' }),
    (app.overview.wijken || []).length && app.overview.serviceFilters?.wijk !== false ? formField({
      id: 'advice-wijk', label: t('site.advice.wijk'),
      control: app.wijkSelect({ id: 'advice-wijk', value: filters.wijk, allLabel: t('site.advice.allWijken') }),
    }) : null,
    formField({ id: 'advice-query', label: t('site.advice.search'), description: t('site.advice.searchHint'), control: search }),
    buttonGroup(button(t('site.advice.apply'), { type: 'submit', kind: 'secondary', id: 'advice-apply' })));
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const wijkSelect = filterForm.querySelector('#advice-wijk');
    app.state.filters = { wijk: wijkSelect && wijkSelect.value ? wijkSelect.value : null, query: search.value.trim() };
    app.save();
    const openIds = [...app.main.querySelectorAll('details.ekw-area[open]')].map((d) => d.id);
    renderAdvice(app, route, { focusResults: true });
    for (const id of openIds) document.getElementById(id)?.setAttribute('open', '');
  });
  nodes.push(filterForm);

  nodes.push(h('div', { class: 'ekw-no-print ekw-advice__keep' }, buttonGroup(
    buttonLink(t('site.advice.plan'), '#/plan', { id: 'advice-plan' }),
    button(t('site.advice.print'), { kind: 'secondary', id: 'advice-print', onclick: () => window.print() }),
    button(t('site.advice.downloadJson'), {
      kind: 'secondary', id: 'advice-download', 'aria-describedby': 'advice-download-hint',
      onclick: () => {
        const dossier = app.call('dossier', { session: app.state.session });
        download(`eigen-krachtwijzer-${app.today()}.json`, JSON.stringify(dossier, null, 2));
      },
    })),
  h('p', { class: 'utrecht-paragraph ekw-muted', id: 'advice-download-hint' }, t('site.advice.downloadJsonHint'))));

  app.show({
    title: t('site.advice.title'),
    nodes,
    focus: focusResults ? results : (freshUrgent ? (first || urgent).querySelector('h2') : null),
  });
}

// "Uw eerste stappen": the engine's choice (at most three), each a jump to the advice in its section.
function firstStepsSection(app, steps, areas, sectionId, urgentShown) {
  const t = app.t;
  if (!steps.length) return null;
  return h('section', { class: 'ekw-first-steps ekw-panel', 'aria-labelledby': 'first-steps-title', id: 'ekw-first-steps' },
    heading(2, t('site.firstSteps.title'), { id: 'first-steps-title' }),
    h('ol', { class: 'utrecht-ordered-list ekw-first-steps__list' }, steps.map((a) => {
      if (a.rung === 0 && urgentShown) {
        return h('li', { class: 'utrecht-ordered-list__item ekw-first-steps__urgent', dataset: { firstStep: a.id, rung: '0' } },
          jumpLink(a.title, `urgent-${a.id}`), ' ', h('span', { class: 'ekw-muted ekw-first-steps__area' }, `(${t('site.urgent.title')})`));
      }
      const area = areas.find((lg) => lg.id === a.levensgebied && lg.advice.some((x) => x.id === a.id))
        || areas.find((lg) => lg.advice.some((x) => x.id === a.id));
      return h('li', { class: 'utrecht-ordered-list__item', dataset: { firstStep: a.id, rung: String(a.rung) } },
        area ? jumpLink(a.title, `advice-${area.id}-${a.id}`, sectionId(area)) : a.title,
        ' ', h('span', { class: 'ekw-muted ekw-first-steps__area' }, `(${app.levensgebiedName(a.levensgebied)})`));
    })),
    para(t('site.firstSteps.intro'), { class: 'utrecht-paragraph ekw-first-steps__intro' }));
}

// A link within the page: opens the collapsed section it points into, scrolls there and moves focus, without
// touching the address (the route stays #/advies and no history entry is added).
function jumpLink(label, targetId, sectionId = null) {
  return h('a', {
    class: 'utrecht-link utrecht-link--html-a utrecht-link-list__link ekw-jump', href: `#${targetId}`,
    onclick: (event) => {
      event.preventDefault();
      const target = document.getElementById(targetId);
      if (!target) return;
      const section = document.getElementById(sectionId || targetId);
      const details = section && (section.matches('details') ? section : section.closest('details'));
      if (details) details.open = true;
      const focusable = target.matches('details') ? target.querySelector('summary') : target;
      if (!focusable.hasAttribute('tabindex') && !focusable.matches('summary, a, button, input, select, textarea')) focusable.setAttribute('tabindex', '-1');
      focusable.focus();
      focusable.scrollIntoView({ block: 'start' });
    },
  }, label);
}

function adviceItem(app, a, areaId) {
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
  return h('article', {
    class: 'ekw-advice__item', id: `advice-${areaId}-${a.id}`, 'aria-labelledby': titleId, dataset: { advice: a.id, rung: String(a.rung) },
  }, parts);
}
