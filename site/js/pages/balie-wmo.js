// Balie: the Wmo route as a timeline. Staff enter the dates they know; the engine computes the terms (onderzoek
// within 6 weeks of the melding, beschikking within 2 weeks of the aanvraag: 004_00af76f989d3dde3.txt:3966-3968) and
// which steps are done, open or overdue. Each status is written out, not only coloured.

import { h, para, heading, button, buttonGroup, errorSummary, uid, formField } from '../dom.js';
import { formatDate, balieShow } from './balie.js';

const FIELDS = ['melding', 'onderzoek', 'aanvraag', 'beschikking'];

export function renderBalieWmo(app, { focus = null } = {}) {
  const t = app.t;
  const b = app.state.balie;
  const route = app.call('wmoRoute', { wmo: b.wmo || {}, today: app.today() });
  const nodes = [app.pageHeading(t('site.balie.wmo.title'))];
  if (route.problems.length) {
    nodes.push(errorSummary(t('site.balie.errorSummary'), route.problems.map((p) => ({ message: p.message, target: `wmo-${p.field}` }))));
  }
  nodes.push(para(t('site.balie.wmo.intro')));
  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'balie-wmo-form' },
    FIELDS.map((f) => formField({
      id: `wmo-${f}`, label: t(`site.balie.wmo.${f}`),
      control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input ekw-textbox--date', type: 'date', id: `wmo-${f}`, value: (b.wmo || {})[f] || '' }),
    })),
    buttonGroup(button(t('site.balie.wmo.save'), { type: 'submit', kind: 'primary', id: 'wmo-save' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    b.wmo = Object.fromEntries(FIELDS.map((f) => [f, form.querySelector(`#wmo-${f}`).value]).filter(([, v]) => v));
    app.save();
    renderBalieWmo(app, { focus: '#wmo-timeline' });
  });
  nodes.push(form);

  const titleId = uid('timeline');
  nodes.push(h('section', { class: 'ekw-timeline', 'aria-labelledby': titleId, id: 'wmo-timeline', tabindex: '-1' },
    heading(2, t('site.balie.wmo.timeline'), { id: titleId }),
    h('ol', { class: 'ekw-timeline__list' }, route.steps.map((s) => h('li', { class: `ekw-timeline__step ekw-timeline__step--${s.status}`, dataset: { step: s.id, status: s.status } },
      h('span', { class: 'ekw-timeline__status' }, `${t(`site.balie.wmo.status.${s.status}`)}: `),
      h('span', { class: 'ekw-timeline__label' }, s.label),
      para(describe(app, s), { class: 'utrecht-paragraph ekw-timeline__when' }))))));
  balieShow(app, { title: t('site.balie.wmo.title'), nodes, focus: focus || (route.problems.length ? '.ekw-error-summary' : null) });
}

function describe(app, s) {
  const t = app.t;
  if (s.status === 'done') return t('site.balie.wmo.done', { date: formatDate(app, s.date) });
  if (s.status === 'overdue') return t('site.balie.wmo.overdue', { deadline: formatDate(app, s.deadline), days: -s.daysLeft });
  if (s.status === 'open' && s.deadline) {
    return s.daysLeft === 0 ? t('site.balie.wmo.openToday', { deadline: formatDate(app, s.deadline) }) : t('site.balie.wmo.open', { deadline: formatDate(app, s.deadline), days: s.daysLeft });
  }
  if (s.status === 'open') return t('site.balie.wmo.openNoTerm');
  return t('site.balie.wmo.waiting');
}
