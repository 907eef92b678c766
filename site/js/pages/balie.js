// Balie mode: a staff member (loket, sociaal wijkteam, wijkcoach) and a resident go through the Eigen Krachtwijzer
// together on the staff member's device, with the same privacy rules: everything stays in this browser until the
// resident agrees to share a part.
//
// Routes: #/balie (start, or the overview) · #/balie/plan · #/balie/wmo · #/balie/overdracht (consent per part,
// dossier, summary, counts) · #/balie/openen (a colleague's dossier).
//
// The overview shows every levensgebied with its level as a chart that reads without colour (bars with the level in
// words; a table for screen readers), the consent to look further (000_34b1a412b4a0eb7a.txt:1075-1079), notes and
// signals per levensgebied, and the engine's proposal to involve the sociaal wijkteam with its reasons.

import { h, para, heading, button, buttonGroup, errorSummary, uid, formField, choice } from '../dom.js';
import { renderBaliePlan } from './balie-plan.js';
import { renderBalieWmo } from './balie-wmo.js';
import { renderBalieHandover, renderBalieImport, importForm } from './balie-handover.js';
import { newBalie, baliePlan } from '../balie-data.js';

export { newBalie, baliePlan };

export function renderBalie(app, route) {
  const sub = route.parts[0] || '';
  if (!app.state.balie?.active) {
    if (sub === 'openen') renderBalieImport(app);
    else renderBalieStart(app);
    return;
  }
  switch (sub) {
    case 'plan': renderBaliePlan(app); break;
    case 'wmo': renderBalieWmo(app); break;
    case 'overdracht': renderBalieHandover(app); break;
    case 'openen': renderBalieImport(app); break;
    default: renderBalieOverview(app);
  }
}

function renderBalieStart(app) {
  const t = app.t;
  const importTitle = uid('import');
  app.show({
    title: t('site.balie.intro.title'),
    nodes: [
      app.pageHeading(t('site.balie.intro.title')),
      para(t('site.balie.intro.text'), { class: 'utrecht-paragraph utrecht-paragraph--lead' }),
      para(t('site.balie.intro.privacy')),
      buttonGroup(button(t('site.balie.intro.start'), {
        kind: 'primary', id: 'balie-start',
        onclick: () => {
          app.state.balie = newBalie();
          app.save();
          app.drawFrame();
          app.go('#/balie', { replace: true });
        },
      })),
      h('section', { class: 'ekw-panel', 'aria-labelledby': importTitle },
        heading(2, t('site.balie.intro.import'), { id: importTitle }),
        importForm(app)),
    ],
  });
}

// --- the overview ------------------------------------------------------------------------------------------------------

function overview(app) {
  return app.call('balieOverview', { session: app.state.session, balie: baliePlan(app.state.balie) });
}

export function renderBalieOverview(app, { focus = null, errors = null } = {}) {
  const t = app.t;
  const b = app.state.balie;
  const data = overview(app);
  const nodes = [app.pageHeading(t('site.balie.overview.title'))];
  if (errors && errors.length) nodes.push(errorSummary(t('site.balie.errorSummary'), errors));
  if (app.view && app.view.urgent) {
    const urgent = app.urgentSection(app.view.urgent);
    if (urgent) nodes.push(urgent);
  }
  nodes.push(wijkField(app));
  nodes.push(levelChart(app, data.levensgebieden));
  nodes.push(explorationSection(app, data.levensgebieden));
  nodes.push(routingSection(app, data.routing));

  const areasId = uid('areas');
  nodes.push(h('section', { class: 'ekw-balie-areas', 'aria-labelledby': areasId },
    heading(2, t('site.balie.areas.title'), { id: areasId }),
    data.levensgebieden.map((lg) => areaSection(app, lg, b))));

  balieShow(app, { title: t('site.balie.overview.title'), nodes, focus: focus || (errors ? '.ekw-error-summary' : null) });
}

// Bars whose length is the level, with the level written next to them: the chart needs no colour to be read. Screen
// readers get the same as a table (the bars are hidden from them).
function levelChart(app, levensgebieden) {
  const t = app.t;
  const titleId = uid('chart');
  const label = (lg) => (lg.level ? t('site.balie.chart.levelOf', { level: lg.level }) : (lg.walked ? t('site.balie.chart.busy') : t('site.balie.chart.notYet')));
  return h('section', { class: 'ekw-balie-chart', 'aria-labelledby': titleId },
    heading(2, t('site.balie.chart.title'), { id: titleId }),
    para(t('site.balie.chart.intro')),
    h('div', { class: 'ekw-chart', 'aria-hidden': 'true' },
      levensgebieden.map((lg) => h('div', { class: 'ekw-chart__row', dataset: { levensgebied: lg.id, level: String(lg.level || 0) } },
        h('span', { class: 'ekw-chart__name' }, lg.name),
        h('span', { class: 'ekw-chart__track' },
          h('span', { class: `ekw-chart__bar ekw-chart__bar--${lg.level || 0}` })),
        h('span', { class: 'ekw-chart__value' }, label(lg))))),
    h('table', { class: 'ekw-visually-hidden', id: 'balie-level-table' },
      h('caption', null, t('site.balie.chart.caption')),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('site.balie.chart.levensgebied')),
        h('th', { scope: 'col' }, t('site.balie.chart.level')),
        h('th', { scope: 'col' }, t('site.balie.chart.meaning')))),
      h('tbody', null, levensgebieden.map((lg) => h('tr', { dataset: { levensgebied: lg.id } },
        h('th', { scope: 'row' }, lg.name),
        h('td', null, label(lg)),
        h('td', null, lg.levelText || ''))))));
}

// The resident's wijk: for help nearby, and the only place a count may name (never free text).
function wijkField(app) {
  const t = app.t;
  const b = app.state.balie;
  const current = app.state.session?.context?.wijk || b.wijk || '';
  const select = app.wijkSelect({ id: 'balie-wijk', value: current, allLabel: t('site.start.wijkUnknown') });
  select.addEventListener('change', () => {
    b.wijk = select.value;
    if (app.state.session) {
      app.setView(app.call('setContext', { session: app.state.session, context: { wijk: select.value || null } }));
    } else {
      app.save();
    }
  });
  return formField({ id: 'balie-wijk', label: t('site.balie.wijk'), extra: 'ekw-balie-wijk', control: select });
}

function explorationSection(app, levensgebieden) {
  const t = app.t;
  const b = app.state.balie;
  const titleId = uid('exploration');
  const section = h('section', { class: 'ekw-panel ekw-balie-exploration', 'aria-labelledby': titleId, id: 'balie-exploration' },
    heading(2, t('site.balie.exploration.title'), { id: titleId, tabindex: '-1' }));
  if (b.exploration && !b.editExploration) {
    const names = b.exploration.scope.map((id) => app.levensgebiedName(id)).join(', ');
    section.append(para(t('site.balie.exploration.given', { date: formatDate(app, b.exploration.date), names }), { id: 'balie-exploration-given' }),
      buttonGroup(button(t('site.balie.exploration.change'), {
        kind: 'secondary', id: 'balie-exploration-change',
        onclick: () => { b.editExploration = true; renderBalieOverview(app, { focus: '#balie-exploration h2' }); },
      })));
    return section;
  }
  section.append(para(t('site.balie.exploration.intro')));
  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'balie-exploration-form' });
  const chosen = new Set(b.exploration?.scope || []);
  form.append(
    formField({
      id: 'exploration-scope', label: t('site.balie.exploration.scope'), group: true,
      control: levensgebieden.filter((lg) => lg.canWalk).map((lg) => choice({
        type: 'checkbox', id: `scope-${lg.id}`, name: 'scope', value: lg.id, checked: chosen.has(lg.id), label: lg.name,
      })),
    }),
    formField({
      id: 'exploration-date', label: t('site.balie.exploration.date'),
      control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input ekw-textbox--date', type: 'date', id: 'exploration-date', value: b.exploration?.date || app.today() }),
    }),
    buttonGroup(button(t('site.balie.exploration.save'), { type: 'submit', kind: 'primary', id: 'balie-exploration-save' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const exploration = { date: form.querySelector('#exploration-date').value, scope: [...form.querySelectorAll('input[name="scope"]:checked')].map((i) => i.value) };
    const check = app.call('checkBalie', { balie: { exploration } });
    if (!check.ok) {
      renderBalieOverview(app, { errors: check.errors.map((e) => ({ message: e.message, target: e.field.endsWith('date') ? 'exploration-date' : `scope-${levensgebieden.find((lg) => lg.canWalk).id}` })) });
      return;
    }
    b.exploration = exploration;
    delete b.editExploration;
    app.save();
    renderBalieOverview(app, { focus: '#balie-exploration h2' });
  });
  section.append(form);
  return section;
}

function mayWalk(app, lg) {
  const session = app.state.session;
  const chosen = session ? session.levensgebieden || [] : [];
  if (chosen.includes(lg.id)) return true;
  if (chosen.length === 0) return true; // the resident's own question: no consent needed to start with it
  return Boolean(app.state.balie.exploration?.scope?.includes(lg.id));
}

function walk(app, lg) {
  let view;
  if (!app.state.session) {
    const context = { today: app.today() };
    if (app.state.balie.wijk) context.wijk = app.state.balie.wijk;
    view = app.call('start', { levensgebieden: [lg.id], context });
  } else if (!(app.state.session.levensgebieden || []).includes(lg.id)) {
    view = app.call('addLevensgebieden', { session: app.state.session, levensgebieden: [lg.id] });
  } else {
    view = app.call('view', { session: app.state.session });
  }
  app.setView(view);
  if (view.question) app.go(`#/vraag/${encodeURIComponent(view.question.id)}`);
  else app.go('#/situatie');
}

function areaSection(app, lg, b) {
  const t = app.t;
  const titleId = uid('area');
  const notesId = `notes-${lg.id}`;
  const status = lg.level ? `${t('site.balie.chart.levelOf', { level: lg.level })}: ${lg.levelText}` : (lg.walked ? t('site.balie.chart.busy') : t('site.balie.chart.notYet'));
  const actions = [];
  if (lg.canWalk) {
    if (mayWalk(app, lg)) {
      const label = lg.done ? t('site.balie.area.answers') : (lg.walked ? t('site.balie.area.continue') : t('site.balie.area.walk'));
      actions.push(button(label, {
        kind: lg.done ? 'secondary' : 'primary', id: `walk-${lg.id}`,
        'aria-describedby': titleId,
        onclick: () => (lg.done ? app.go('#/situatie') : walk(app, lg)),
      }));
    } else {
      actions.push(para(t('site.balie.area.needsConsent'), { class: 'utrecht-paragraph ekw-muted', id: `walk-${lg.id}-consent` }));
    }
  }
  const saved = h('p', { class: 'utrecht-paragraph ekw-muted ekw-balie-saved', role: 'status', id: `saved-${lg.id}` });
  const noted = new Set((b.signals || {})[lg.id] || []);
  const onChange = () => {
    const text = section.querySelector(`#${notesId}`).value;
    b.notes[lg.id] = text;
    b.signals[lg.id] = [...section.querySelectorAll(`input[name="signal-${lg.id}"]:checked`)].map((i) => i.value);
    app.save();
    saved.textContent = t('site.balie.area.saved');
  };
  const section = h('section', { class: 'ekw-balie-area', 'aria-labelledby': titleId, dataset: { levensgebied: lg.id } },
    heading(3, lg.name, { id: titleId }),
    para(status, { class: 'utrecht-paragraph ekw-balie-area__status' }),
    actions.length ? buttonGroup(...actions) : null,
    h('details', { class: 'ekw-details', open: Boolean((b.notes || {})[lg.id] || noted.size) },
      h('summary', { class: 'ekw-details__summary' }, `${t('site.balie.area.notesAndSignals')}: ${lg.name}`),
      formField({
        id: notesId, label: `${t('site.balie.area.notes')}: ${lg.name}`, description: t('site.balie.area.notesHint'),
        control: ({ describedBy }) => h('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', id: notesId, rows: '3', 'aria-describedby': describedBy, onchange: onChange, value: (b.notes || {})[lg.id] || '' }),
      }),
      lg.signals.length ? formField({
        id: `signals-${lg.id}`, label: `${t('site.balie.area.signals')}: ${lg.name}`, group: true,
        control: lg.signals.map((s) => choice({
          type: 'checkbox', id: `signal-${s.id}`, name: `signal-${lg.id}`, value: s.id, checked: noted.has(s.id), onchange: onChange,
          label: s.label, description: `${t('site.balie.area.source')}: ${s.sources.join('; ')}`,
        })),
      }) : para(t('site.balie.area.noSignals'), { class: 'utrecht-paragraph ekw-muted' }),
      saved));
  return section;
}

function routingSection(app, routing) {
  const t = app.t;
  const b = app.state.balie;
  const titleId = uid('routing');
  const section = h('section', { class: 'ekw-panel ekw-balie-routing', 'aria-labelledby': titleId, id: 'balie-routing', dataset: { proposed: String(routing.proposed) } },
    heading(2, t('site.balie.routing.title'), { id: titleId, tabindex: '-1' }),
    para(routing.proposed ? t('site.balie.routing.proposed') : t('site.balie.routing.notProposed'), { id: 'balie-routing-proposal' }));
  if (routing.reasons.length) {
    section.append(heading(3, t('site.balie.routing.why')),
      h('ul', { class: 'utrecht-unordered-list', id: 'balie-routing-reasons' }, routing.reasons.map((r) => h('li', { class: 'utrecht-unordered-list__item', dataset: { code: r.code } },
        r.text, h('span', { class: 'ekw-muted' }, ` (${t('site.balie.area.source')}: ${r.sources.join('; ')})`)))));
  }
  if (!routing.proposed && !b.routing?.decision) return section;
  if (b.routing?.decision) {
    section.append(para(b.routing.decision === 'accepted' ? t('site.balie.routing.accepted') : t('site.balie.routing.overruled', { reason: b.routing.reason }), { id: 'balie-routing-decided' }));
  }
  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'balie-routing-form' });
  const decision = b.routing?.decision || '';
  form.append(
    formField({
      id: 'routing-decision', label: t('site.balie.routing.decision'), group: true,
      control: [['accepted', t('site.balie.routing.accept')], ['overruled', t('site.balie.routing.overrule')]].map(([value, label]) => choice({
        id: `routing-${value}`, name: 'routing', value, checked: decision === value, label,
      })),
    }),
    formField({
      id: 'routing-reason', label: t('site.balie.routing.reason'),
      control: h('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', id: 'routing-reason', rows: '2', value: b.routing?.reason || '' }),
    }),
    buttonGroup(button(t('site.balie.routing.save'), { type: 'submit', kind: 'secondary', id: 'balie-routing-save' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector('input[name="routing"]:checked');
    const next = { decision: picked ? picked.value : '' };
    const reason = form.querySelector('#routing-reason').value.trim();
    if (next.decision === 'overruled' && reason) next.reason = reason;
    const check = app.call('checkBalie', { balie: { routing: next.decision ? next : { decision: 'unknown' } } });
    if (!check.ok) {
      renderBalieOverview(app, { errors: check.errors.map((e) => ({ message: e.message, target: e.field.endsWith('reason') ? 'routing-reason' : 'routing-accepted' })) });
      return;
    }
    b.routing = next;
    app.save();
    renderBalieOverview(app, { focus: '#balie-routing h2' });
  });
  section.append(form);
  return section;
}

// Shows a balie page; `focus` is an element or a selector on the new page (the h1 when absent), so that after a save
// focus lands on what changed.
export function balieShow(app, { title, nodes, focus = null }) {
  const element = focus instanceof Node ? focus : null;
  app.show({ title, nodes, focus: element });
  if (typeof focus === 'string') {
    const target = app.main.querySelector(focus);
    if (target) {
      if (!target.hasAttribute('tabindex') && !target.matches('a, button, input, select, textarea')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }
}

export function formatDate(app, iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(app.lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

