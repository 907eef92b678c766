// One service of the sociale kaart (#/dienst/<id>): everything the content holds about it, from the engine's
// "service" method: what it is, contact (tel:, e-mail, website marked as external), addresses and opening hours,
// costs, for whom (ages, target groups, wijken), the kind of help, the organisation, when it was last checked and
// the source it was taken from.

import { h, para, heading, paragraphs, link } from '../dom.js';

export function renderService(app, route) {
  const t = app.t;
  const id = route.parts[0] || '';
  const s = app.callRaw('service', { id });
  const back = para(link(t('site.service.backToList'), app.state.lastList || '#/sociale-kaart', { class: 'utrecht-link utrecht-link--html-a ekw-back', id: 'service-back' }));
  if (s.error) {
    app.show({ title: t('site.service.notFound'), nodes: [app.pageHeading(t('site.service.notFound')), back] });
    return;
  }
  const nodes = [back, app.pageHeading(s.name),
    h('p', { class: 'utrecht-paragraph ekw-card__badge' },
      h('span', { class: `utrecht-status-badge ${s.indicatie ? 'utrecht-status-badge--warning' : 'utrecht-status-badge--success'}` },
        s.indicatie ? t('site.service.indicatie') : t('site.service.noIndicatie')))];
  if (s.description) nodes.push(section('desc', t('site.service.description'), paragraphs(s.description)));

  const contact = app.serviceRows(s);
  nodes.push(section('contact', t('site.service.contact'),
    contact.length ? h('dl', { class: 'utrecht-data-list ekw-card__data' }, contact) : para(t('site.service.noContact'))));

  const rows = [];
  const row = (label, value) => rows.push(h('div', { class: 'utrecht-data-list__item ekw-card__row' },
    h('dt', { class: 'utrecht-data-list__item-key' }, label),
    h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, value)));
  const groups = (s.targetGroupNames || []).map((g) => g.name);
  if (groups.length) row(t('site.service.forWhom'), groups.join(', '));
  const age = s.minAge != null && s.maxAge != null ? t('site.service.ageRange', { min: s.minAge, max: s.maxAge })
    : s.minAge != null ? t('site.service.ageFrom', { min: s.minAge }) : s.maxAge != null ? t('site.service.ageTo', { max: s.maxAge }) : '';
  if (age) row(t('site.service.ages'), age);
  row(t('site.service.kind'), s.level === 'maatwerk' ? t('site.service.maatwerk') : t('site.service.algemeen'));
  const topics = (s.levensgebieden || []).map((l) => app.levensgebiedName(l));
  if (topics.length) row(t('site.service.topics'), topics.join(', '));
  row(t('site.service.verified'), s.lastVerified || t('site.service.notVerified'));
  if ((s.sources || []).length) row(t('site.service.sources'), s.sources.join('; '));
  nodes.push(section('details', t('site.service.details'), h('dl', { class: 'utrecht-data-list ekw-card__data' }, rows)));

  const org = s.organization;
  if (org && org.description && org.name !== s.name) {
    nodes.push(section('org', t('site.service.orgAbout', { name: org.name }), paragraphs(org.description)));
  }
  app.show({ title: s.name, nodes });
}

function section(key, title, ...content) {
  const id = `service-${key}`;
  return h('section', { class: `ekw-service__${key}`, 'aria-labelledby': id }, heading(2, title, { id }), ...content);
}
