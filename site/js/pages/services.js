// Sociale kaart: search every service by words, wijk, levensgebied, age and target group. The engine searches; this
// page shows cards. Wijk, age and target group are offered only where the content has data to filter on
// (overview.serviceFilters, decided by the engine).

import { h, para, button, buttonGroup, uid, formField } from '../dom.js';

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
    formField({
      id: 'services-query', label: t('site.services.search'), description: t('site.services.searchHint'),
      control: ({ describedBy }) => h('input', {
        class: 'utrecht-textbox utrecht-textbox--html-input', id: 'services-query', name: 'zoek', type: 'search',
        value: query, 'aria-describedby': describedBy, autocomplete: 'off',
      }),
    }),
    (app.overview.wijken || []).length && offered.wijk !== false ? formField({
      id: 'services-wijk', label: t('site.services.wijk'),
      control: app.wijkSelect({ id: 'services-wijk', value: wijk, allLabel: t('site.advice.allWijken') }),
    }) : null,
    formField({
      id: 'services-levensgebied', label: t('site.services.levensgebied'),
      control: h('select', { class: 'utrecht-select utrecht-select--html-select', id: 'services-levensgebied', name: 'onderwerp' },
        h('option', { value: '', selected: !levensgebied }, t('site.services.all')),
        (app.overview.levensgebieden || []).map((lg) => h('option', { value: lg.id, selected: lg.id === levensgebied }, lg.name))),
    }),
    offered.age ? formField({
      id: 'services-age', label: `${t('site.services.age')} ${t('site.form.optional')}`, kind: 'text',
      description: t('site.services.ageHint'), error: ageError ? t('site.services.ageInvalid') : null,
      control: ({ describedBy, invalid }) => h('input', {
        class: ['utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric ekw-textbox--age', invalid && 'utrecht-textbox--invalid'],
        id: 'services-age', name: 'leeftijd', type: 'text', inputmode: 'numeric', maxlength: '3', autocomplete: 'off', value: ageText,
        'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
      }),
    }) : null,
    groups.length ? formField({
      id: 'services-group', label: t('site.services.targetGroup'),
      control: h('select', { class: 'utrecht-select utrecht-select--html-select', id: 'services-group', name: 'voor' },
        h('option', { value: '', selected: !group }, t('site.services.allGroups')),
        groups.map((g) => h('option', { value: g.id, selected: g.id === group }, g.name))),
    }) : null,
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
