// Balie: the advice decided together (each item accepted, set aside with a reason, or later: 002_1a58f7851d8b7e5c.txt:
// 307-308), and the plan: goals in the resident's own words, actions with who does what by when, and a review date
// that downloads as an iCalendar reminder (the engine writes it) and a plan that prints on one page.

import { h, para, heading, button, buttonGroup, errorSummary, download, uid, formField, choice } from '../dom.js';
import { baliePlan, formatDate, balieShow } from './balie.js';

const WHO = ['resident', 'network', 'volunteer', 'buuv', 'professional'];
const DECISIONS = [['accepted', 'site.balie.plan.accepted'], ['set-aside', 'site.balie.plan.setAside'], ['later', 'site.balie.plan.later']];

export function renderBaliePlan(app, { errors = null, notice = null, focus = null } = {}) {
  const t = app.t;
  const b = app.state.balie;
  const nodes = [app.pageHeading(t('site.balie.plan.title'))];
  if (errors && errors.length) nodes.push(errorSummary(t('site.balie.errorSummary'), errors));
  if (notice) nodes.push(h('div', { class: 'utrecht-alert utrecht-alert--ok', role: 'status', id: 'balie-plan-notice' }, para(notice)));

  const form = h('form', { class: 'ekw-form ekw-balie-form', novalidate: true, id: 'balie-plan-form' });
  form.append(adviceSection(app, b));
  form.append(goalsSection(app, b, form));
  form.append(actionsSection(app, b, form));
  form.append(formField({
    id: 'plan-review', label: t('site.balie.plan.review'),
    control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input ekw-textbox--date', type: 'date', id: 'plan-review', value: b.reviewDate || '' }),
  }));
  form.append(buttonGroup(
    button(t('site.balie.plan.save'), { type: 'submit', kind: 'primary', id: 'plan-save' }),
    button(t('site.balie.plan.ics'), { kind: 'secondary', id: 'plan-ics', onclick: () => downloadIcs(app, form) }),
    button(t('site.balie.plan.print'), { kind: 'secondary', id: 'plan-print', onclick: () => printPlan(app, form) })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (save(app, form)) renderBaliePlan(app, { notice: t('site.balie.plan.saved'), focus: '#balie-plan-notice' });
  });
  nodes.push(form);
  nodes.push(printablePlan(app, b));
  balieShow(app, { title: t('site.balie.plan.title'), nodes, focus: focus || (errors ? '.ekw-error-summary' : null) });
}

function adviceSection(app, b) {
  const t = app.t;
  const titleId = uid('advice');
  const section = h('section', { class: 'ekw-balie-advice', 'aria-labelledby': titleId }, heading(2, t('site.balie.plan.adviceTitle'), { id: titleId }));
  if (!app.state.session) {
    section.append(para(t('site.balie.plan.none')));
    return section;
  }
  const result = app.call('advice', { session: app.state.session });
  let count = 0;
  for (const lg of result.levensgebieden || []) {
    if (!lg.advice.length) continue;
    section.append(heading(3, lg.name));
    for (const a of lg.advice) {
      count += 1;
      const d = b.decisions[a.id] || {};
      const name = `decision-${a.id}`;
      const decision = section.appendChild(formField({
        id: name, label: a.title, group: true, extra: 'ekw-balie-decision',
        control: [
          h('div', { class: 'ekw-balie-decision__options' }, DECISIONS.map(([value, key]) => choice({
            id: `${name}-${value}`, name, value, checked: d.decision === value, label: t(key),
          }))),
          formField({
            id: `reason-${a.id}`, label: t('site.balie.plan.reason'),
            control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'text', id: `reason-${a.id}`, value: d.reason || '' }),
          })],
      }));
      decision.querySelector('fieldset').dataset.advice = a.id; // the group of one advice item: its decision and why
    }
  }
  if (!count) section.append(para(t('site.balie.plan.none')));
  return section;
}

function goalsSection(app, b, form) {
  const t = app.t;
  const titleId = uid('goals');
  const list = h('div', { class: 'ekw-balie-list', id: 'plan-goals' });
  const section = h('section', { 'aria-labelledby': titleId }, heading(2, t('site.balie.plan.goalsTitle'), { id: titleId }), para(t('site.balie.plan.goalsHint'), { id: 'plan-goals-hint' }), list);
  const draw = (goals) => {
    list.replaceChildren(...goals.map((g, i) => formField({
      id: `goal-${i}`, label: t('site.balie.plan.goal', { n: i + 1 }), extra: 'ekw-balie-row', dataset: { goal: String(i) }, describedBy: ['plan-goals-hint'],
      control: ({ describedBy }) => [
        h('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', id: `goal-${i}`, rows: '2', 'aria-describedby': describedBy, value: g.text || '' }),
        button(t('site.balie.plan.remove', { what: t('site.balie.plan.goal', { n: i + 1 }) }), {
          kind: 'subtle', class: 'ekw-balie-remove', id: `goal-${i}-remove`,
          onclick: () => { const now = readGoals(form); now.splice(i, 1); draw(now); (list.querySelector('textarea') || form.querySelector('#plan-add-goal')).focus(); },
        })],
    })));
  };
  draw(b.goals.length ? b.goals : [{ text: '' }]);
  section.append(buttonGroup(button(t('site.balie.plan.addGoal'), {
    kind: 'secondary', id: 'plan-add-goal',
    onclick: () => { const now = readGoals(form, true); now.push({ text: '' }); draw(now); list.querySelector(`#goal-${now.length - 1}`).focus(); },
  })));
  return section;
}

function actionsSection(app, b, form) {
  const t = app.t;
  const titleId = uid('actions');
  const list = h('div', { class: 'ekw-balie-list', id: 'plan-actions' });
  const section = h('section', { 'aria-labelledby': titleId }, heading(2, t('site.balie.plan.actionsTitle'), { id: titleId }), list);
  const draw = (actions) => {
    list.replaceChildren(...actions.map((a, i) => formField({
      id: `action-${i}`, label: t('site.balie.plan.action', { n: i + 1 }), group: true, extra: 'ekw-balie-row', dataset: { action: String(i) },
      control: [
        formField({
          id: `action-${i}-who`, label: t('site.balie.plan.who'),
          control: h('select', { class: 'utrecht-select utrecht-select--html-select', id: `action-${i}-who` },
            h('option', { value: '', selected: !a.who }, ''),
            WHO.map((w) => h('option', { value: w, selected: a.who === w }, t(`site.balie.who.${w}`)))),
        }),
        formField({
          id: `action-${i}-what`, label: t('site.balie.plan.what'),
          control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'text', id: `action-${i}-what`, value: a.what || '' }),
        }),
        formField({
          id: `action-${i}-by`, label: t('site.balie.plan.by'),
          control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input ekw-textbox--date', type: 'date', id: `action-${i}-by`, value: a.by || '' }),
        }),
        button(t('site.balie.plan.remove', { what: t('site.balie.plan.action', { n: i + 1 }) }), {
          kind: 'subtle', id: `action-${i}-remove`,
          onclick: () => { const now = readActions(form); now.splice(i, 1); draw(now); (list.querySelector('select') || form.querySelector('#plan-add-action')).focus(); },
        })],
    })));
  };
  draw(b.actions.length ? b.actions : [{ who: '', what: '', by: '' }]);
  section.append(buttonGroup(button(t('site.balie.plan.addAction'), {
    kind: 'secondary', id: 'plan-add-action',
    onclick: () => { const now = readActions(form, true); now.push({ who: '', what: '', by: '' }); draw(now); list.querySelector(`#action-${now.length - 1}-who`).focus(); },
  })));
  return section;
}

function readGoals(form, keepEmpty = false) {
  return [...form.querySelectorAll('#plan-goals textarea')].map((el) => ({ text: el.value.trim() })).filter((g) => keepEmpty || g.text);
}

function readActions(form, keepEmpty = false) {
  return [...form.querySelectorAll('#plan-actions [data-action]')].map((row) => ({
    who: row.querySelector('select').value,
    what: row.querySelector('input[type="text"]').value.trim(),
    by: row.querySelector('input[type="date"]').value,
  })).filter((a) => keepEmpty || a.who || a.what || a.by);
}

function readDecisions(form) {
  const out = {};
  for (const fs of form.querySelectorAll('[data-advice]')) {
    const picked = fs.querySelector('input[type="radio"]:checked');
    if (!picked) continue;
    const reason = fs.querySelector('input[type="text"]').value.trim();
    out[fs.dataset.advice] = reason ? { decision: picked.value, reason } : { decision: picked.value };
  }
  return out;
}

// Where an error points to in the form.
function target(field) {
  const m = field.match(/^\/(goals|actions|decisions)\/([^/]+)(?:\/(\w+))?/);
  if (!m) return field === '/reviewDate' ? 'plan-review' : null;
  if (m[1] === 'goals') return `goal-${m[2]}`;
  if (m[1] === 'actions') return `action-${m[2]}-${m[3] || 'who'}`;
  return m[3] === 'reason' ? `reason-${m[2]}` : `decision-${m[2]}-accepted`;
}

// Checks with the engine and keeps the plan; false (with the messages on the page) when something is wrong.
function save(app, form) {
  const b = app.state.balie;
  const draft = { ...baliePlan(b), goals: readGoals(form), actions: readActions(form), decisions: readDecisions(form) };
  const review = form.querySelector('#plan-review').value;
  if (review) draft.reviewDate = review;
  else delete draft.reviewDate;
  const check = app.call('checkBalie', { balie: draft });
  Object.assign(b, { goals: draft.goals, actions: draft.actions, decisions: draft.decisions, reviewDate: review });
  app.save();
  if (!check.ok) {
    renderBaliePlan(app, { errors: check.errors.map((e) => ({ message: e.message, target: target(e.field) })) });
    return false;
  }
  return true;
}

function printPlan(app, form) {
  if (!save(app, form)) return;
  app.main.querySelector('#balie-plan-print').replaceWith(printablePlan(app, app.state.balie));
  window.print();
}

function downloadIcs(app, form) {
  if (!save(app, form)) return;
  const b = app.state.balie;
  if (!b.reviewDate) {
    renderBaliePlan(app, { errors: [{ message: app.t('site.balie.plan.review'), target: 'plan-review' }] });
    return;
  }
  const description = b.goals.map((g) => `- ${g.text}`).join('\n');
  const { ics, filename } = app.call('reviewIcs', { id: b.id, reviewDate: b.reviewDate, created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), description });
  download(filename, ics, 'text/calendar');
}

// What the resident takes home: one page, printed from here (the form itself is hidden in print).
function printablePlan(app, b) {
  const t = app.t;
  const who = (w) => t(`site.balie.who.${w}`);
  return h('section', { class: 'ekw-print-only ekw-balie-print', id: 'balie-plan-print', 'aria-hidden': 'true' },
    h('h2', { class: 'utrecht-heading-2' }, t('site.balie.plan.printTitle')),
    h('h3', { class: 'utrecht-heading-3' }, t('site.balie.plan.goalsTitle')),
    b.goals.length ? h('ul', { class: 'utrecht-unordered-list' }, b.goals.map((g) => h('li', { class: 'utrecht-unordered-list__item' }, g.text))) : para(t('site.balie.plan.noGoals')),
    h('h3', { class: 'utrecht-heading-3' }, t('site.balie.plan.actionsTitle')),
    b.actions.length ? h('table', { class: 'ekw-balie-print__table' },
      h('thead', null, h('tr', null, h('th', null, t('site.balie.plan.who')), h('th', null, t('site.balie.plan.what')), h('th', null, t('site.balie.plan.by')))),
      h('tbody', null, b.actions.map((a) => h('tr', null, h('td', null, who(a.who)), h('td', null, a.what), h('td', null, formatDate(app, a.by)))))) : null,
    b.reviewDate ? para(t('site.balie.plan.printReview', { date: formatDate(app, b.reviewDate) })) : null);
}
