// Sociale kaart: search every service by words, wijk, levensgebied, age and target group. The engine searches; this
// page shows cards. Wijk, age and target group are offered only where the content has data to filter on
// (overview.serviceFilters, decided by the engine).

import { h, para, button, buttonGroup, uid } from '../dom.js';

const LIMIT = 30;

export function renderServices(app, route) {
  const t = app.t;
  const q = route.query;
  const query = (q.get('zoek') || '').trim();
  const wijk = q.has('wijk') ? q.get('wijk') : (app.state.filters?.wijk || app.state.start?.wijk || '');
  const levensgebied = q.get('onderwerp') || '';
  const searched = q.has('zoek');
  const offered = app.overview.serviceFilters || {};
  const groups = offered.targetGroups || [];
  const ageText = (q.get('leeftijd') || '').trim();
  const ageValid = /^\d{1,3}$/.test(ageText) && Number(ageText) <= 130;
  const ageError = ageText && !ageValid;
  const group = groups.some((g) => g.id === q.get('voor')) ? q.get('voor') : '';

  const request = { limit: LIMIT };
  if (query) request.query = query;
  if (wijk) request.wijk = wijk;
  if (levensgebied) request.levensgebied = levensgebied;
  if (offered.age && ageText && ageValid) request.age = Number(ageText);
  if (group) request.targetGroup = group;
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
    (app.overview.wijken || []).length && offered.wijk !== false ? h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-wijk' }, t('site.services.wijk')),
      app.wijkSelect({ id: 'services-wijk', value: wijk, allLabel: t('site.advice.allWijken') })) : null,
    h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-levensgebied' }, t('site.services.levensgebied')),
      h('select', { class: 'utrecht-select utrecht-select--html-select', id: 'services-levensgebied', name: 'onderwerp' },
        h('option', { value: '', selected: !levensgebied }, t('site.services.all')),
        (app.overview.levensgebieden || []).map((lg) => h('option', { value: lg.id, selected: lg.id === levensgebied }, lg.name)))),
    offered.age ? h('div', { class: ['utrecht-form-field utrecht-form-field--text', ageError && 'utrecht-form-field--invalid'] },
      h('label', { class: 'utrecht-form-label', for: 'services-age' }, `${t('site.services.age')} ${t('site.form.optional')}`),
      h('div', { class: 'utrecht-form-field-description', id: 'services-age-hint' }, t('site.services.ageHint')),
      ageError ? h('div', { class: 'utrecht-form-field-error-message', id: 'services-age-error' }, t('site.services.ageInvalid')) : null,
      h('input', {
        class: ['utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric ekw-textbox--age', ageError && 'utrecht-textbox--invalid'],
        id: 'services-age', name: 'leeftijd', type: 'text', inputmode: 'numeric', maxlength: '3', autocomplete: 'off', value: ageText,
        'aria-describedby': ageError ? 'services-age-hint services-age-error' : 'services-age-hint', 'aria-invalid': ageError ? 'true' : null,
      })) : null,
    groups.length ? h('div', { class: 'utrecht-form-field' },
      h('label', { class: 'utrecht-form-label', for: 'services-group' }, t('site.services.targetGroup')),
      h('select', { class: 'utrecht-select utrecht-select--html-select', id: 'services-group', name: 'voor' },
        h('option', { value: '', selected: !group }, t('site.services.allGroups')),
        groups.map((g) => h('option', { value: g.id, selected: g.id === group }, g.name)))) : null,
    buttonGroup(button(t('site.services.button'), { type: 'submit', kind: 'primary', id: 'services-search' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    params.set('zoek', form.querySelector('#services-query').value.trim());
    const w = form.querySelector('#services-wijk');
    params.set('wijk', w ? w.value : '');
    const l = form.querySelector('#services-levensgebied').value;
    if (l) params.set('onderwerp', l);
    const age = form.querySelector('#services-age');
    if (age && age.value.trim()) params.set('leeftijd', age.value.trim());
    const g = form.querySelector('#services-group');
    if (g && g.value) params.set('voor', g.value);
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
