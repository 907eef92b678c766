// Sociale kaart: search every service by words, wijk and levensgebied. The engine searches; this page shows cards.

import { h, para, button, buttonGroup, uid } from '../dom.js';

const LIMIT = 30;

export function renderServices(app, route) {
  const t = app.t;
  const q = route.query;
  const query = (q.get('zoek') || '').trim();
  const wijk = q.has('wijk') ? q.get('wijk') : (app.state.filters?.wijk || app.state.start?.wijk || '');
  const levensgebied = q.get('onderwerp') || '';
  const searched = q.has('zoek');

  const request = { limit: LIMIT };
  if (query) request.query = query;
  if (wijk) request.wijk = wijk;
  if (levensgebied) request.levensgebied = levensgebied;
  const result = app.call('services', request);

  const nodes = [app.pageHeading(t('site.services.title')), para(t('site.services.intro'))];

  const form = h('form', { class: 'ekw-filter', role: 'search', 'aria-label': t('site.services.title'), novalidate: true },
    h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-query' }, t('site.services.search')),
      h('div', { class: 'utrecht-form-field-description', id: 'services-query-hint' }, t('site.services.searchHint')),
      h('input', {
        class: 'utrecht-textbox utrecht-textbox--html-input', id: 'services-query', name: 'zoek', type: 'search',
        value: query, 'aria-describedby': 'services-query-hint', autocomplete: 'off',
      })),
    (app.overview.wijken || []).length ? h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-wijk' }, t('site.services.wijk')),
      app.wijkSelect({ id: 'services-wijk', value: wijk, allLabel: t('site.advice.allWijken') })) : null,
    h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-levensgebied' }, t('site.services.levensgebied')),
      h('select', { class: 'utrecht-select utrecht-select--html-select', id: 'services-levensgebied', name: 'onderwerp' },
        h('option', { value: '', selected: !levensgebied }, t('site.services.all')),
        (app.overview.levensgebieden || []).map((lg) => h('option', { value: lg.id, selected: lg.id === levensgebied }, lg.name)))),
    buttonGroup(button(t('site.services.button'), { type: 'submit', kind: 'primary', id: 'services-search' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    params.set('zoek', form.querySelector('#services-query').value.trim());
    const w = form.querySelector('#services-wijk');
    params.set('wijk', w ? w.value : '');
    const l = form.querySelector('#services-levensgebied').value;
    if (l) params.set('onderwerp', l);
    app.go(`#/sociale-kaart?${params.toString()}`);
  });
  nodes.push(form);

  const total = result.total ?? (result.services || []).length;
  const shown = (result.services || []).length;
  const countText = total === 1 ? t('site.services.countOne')
    : shown < total ? t('site.services.countMore', { shown, count: total }) : t('site.services.count', { count: total });
  const countId = uid('count');
  const count = h('h2', { class: 'utrecht-heading-2 ekw-results__count', id: countId, tabindex: '-1', dataset: { total: String(total) } }, countText);
  nodes.push(h('section', { class: 'ekw-results', 'aria-labelledby': countId },
    count,
    (result.services || []).map((s) => app.serviceCard(s, 3))));

  app.show({ title: t('site.services.title'), nodes, focus: searched ? count : null });
}
