// Balie: handing the case over. The resident ticks, part by part, what is shared with whom (profile, answers per
// levensgebied, notes and signals, plan, forms); the engine builds the dossier with exactly those parts (the rest is
// absent) and records the consent in it. The dossier downloads as a file and prints as a summary; a colleague opens
// it here to continue. Finishing the conversation sends the counts, only when configured and agreed.

import { h, para, heading, button, buttonGroup, errorSummary, download, uid, formField, choice } from '../dom.js';
import { baliePlan, formatDate, newBalie, balieShow, renderBalieOverview } from './balie.js';
import { countingEndpoint, sendCounts } from '../counting.js';

const PARTS = ['profile', 'notes', 'plan', 'forms'];

function stamp() {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

export function exportDossier(app) {
  const b = app.state.balie;
  return app.call('dossierExport', {
    session: app.state.session, balie: baliePlan(b), forms: app.state.forms || {}, consent: b.consent, id: b.id, created: stamp(),
  });
}

export function renderBalieHandover(app, { errors = null, focus = null, summary = null, notice = null } = {}) {
  const t = app.t;
  const b = app.state.balie;
  const nodes = [app.pageHeading(t('site.balie.handover.title'))];
  if (errors && errors.length) nodes.push(errorSummary(t('site.balie.errorSummary'), errors));
  if (notice) nodes.push(h('div', { class: 'utrecht-alert utrecht-alert--ok', role: 'status', id: 'handover-notice' }, para(notice)));
  nodes.push(para(t('site.balie.handover.intro')));
  const walked = app.state.session?.levensgebieden || [];
  const c = b.consent || { parts: { answers: {} } };
  const counting = Boolean(countingEndpoint(app.config));

  const checkbox = (id, label, checked) => choice({ type: 'checkbox', id, label, checked });
  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'handover-form' },
    formField({
      id: 'handover-recipient', label: t('site.balie.handover.recipient'), description: t('site.balie.handover.recipientHint'),
      control: ({ describedBy }) => h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'text', id: 'handover-recipient', 'aria-describedby': describedBy, value: c.recipient || '' }),
    }),
    formField({
      id: 'handover-date', label: t('site.balie.handover.date'),
      control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input ekw-textbox--date', type: 'date', id: 'handover-date', value: c.date || app.today() }),
    }),
    formField({
      id: 'handover-parts', label: t('site.balie.handover.parts'), group: true,
      control: [
        checkbox('part-profile', t('site.balie.part.profile'), Boolean(c.parts.profile)),
        walked.map((lg) => checkbox(`part-answers-${lg}`, t('site.balie.part.answers', { name: app.levensgebiedName(lg) }), Boolean(c.parts.answers?.[lg]))),
        checkbox('part-notes', t('site.balie.part.notes'), Boolean(c.parts.notes)),
        checkbox('part-plan', t('site.balie.part.plan'), Boolean(c.parts.plan)),
        checkbox('part-forms', t('site.balie.part.forms'), Boolean(c.parts.forms))],
    }),
    counting ? checkbox('handover-counting', t('site.balie.handover.counting'), Boolean(c.counting)) : null,
    buttonGroup(button(t('site.balie.handover.save'), { type: 'submit', kind: 'primary', id: 'handover-save' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const consent = {
      date: form.querySelector('#handover-date').value,
      recipient: form.querySelector('#handover-recipient').value.trim(),
      parts: { answers: {} },
      counting: counting && form.querySelector('#handover-counting').checked,
    };
    for (const p of PARTS) consent.parts[p] = form.querySelector(`#part-${p}`).checked;
    for (const lg of walked) consent.parts.answers[lg] = form.querySelector(`#part-answers-${lg}`).checked;
    const check = app.call('checkConsent', { consent });
    if (!check.ok) {
      renderBalieHandover(app, { errors: check.errors.map((e) => ({ message: e.message, target: e.field === '/recipient' ? 'handover-recipient' : 'handover-date' })) });
      return;
    }
    b.consent = consent;
    app.save();
    renderBalieHandover(app, { focus: '#handover-actions h2' });
  });
  nodes.push(form);

  if (b.consent && app.state.session) {
    const titleId = uid('share');
    nodes.push(h('section', { class: 'ekw-panel', id: 'handover-actions', 'aria-labelledby': titleId },
      heading(2, t('site.balie.handover.saved', { date: formatDate(app, b.consent.date), recipient: b.consent.recipient }), { id: titleId, tabindex: '-1' }),
      buttonGroup(
        button(t('site.balie.handover.download'), {
          kind: 'primary', id: 'handover-download',
          onclick: () => {
            const dossier = exportDossier(app);
            download(`dossier-${b.id}.json`, `${JSON.stringify(dossier, null, 2)}\n`);
          },
        }),
        button(t('site.balie.handover.summary'), {
          kind: 'secondary', id: 'handover-summary',
          onclick: () => {
            renderBalieHandover(app, { summary: exportDossier(app), focus: '#handover-summary-section h2' });
            window.print();
          },
        }),
        button(t('site.balie.handover.finish'), {
          kind: 'secondary', id: 'handover-finish',
          onclick: async () => {
            const sent = b.finished ? 0 : await sendCounts(app);
            b.finished = true;
            app.save();
            renderBalieHandover(app, { notice: sent ? t('site.balie.handover.counted') : t('site.balie.handover.finished'), focus: '#handover-notice' });
          },
        }))));
  }
  if (summary) nodes.push(summarySection(app, summary));
  balieShow(app, { title: t('site.balie.handover.title'), nodes, focus: focus || (errors ? '.ekw-error-summary' : null) });
}

// The dossier as the recipient reads it: only what was shared, and what was not named as such.
function summarySection(app, d) {
  const t = app.t;
  const titleId = uid('summary');
  const notShared = [];
  if (!d.profile) notShared.push(t('site.balie.part.profile'));
  for (const [lg, yes] of Object.entries(d.consent.parts.answers)) if (!yes) notShared.push(t('site.balie.part.answers', { name: app.levensgebiedName(lg) }));
  if (!d.notes) notShared.push(t('site.balie.part.notes'));
  if (!d.plan) notShared.push(t('site.balie.part.plan'));
  if (!d.forms) notShared.push(t('site.balie.part.forms'));
  const section = h('section', { class: 'ekw-balie-summary', id: 'handover-summary-section', 'aria-labelledby': titleId },
    heading(2, t('site.balie.summary.title'), { id: titleId, tabindex: '-1' }),
    para(t('site.balie.summary.consent', { recipient: d.consent.recipient, date: formatDate(app, d.consent.date) })),
    notShared.length ? para(t('site.balie.summary.notShared', { parts: notShared.join('; ') })) : null);
  if (d.profile) {
    section.append(h('ul', { class: 'utrecht-unordered-list' }, d.profile.levensgebieden.map((lg) => h('li', { class: 'utrecht-unordered-list__item' },
      `${app.levensgebiedName(lg.id)}: ${lg.level ? t('site.balie.chart.levelOf', { level: lg.level }) : t('site.balie.chart.busy')}`))));
  }
  for (const group of d.answers || []) {
    section.append(heading(3, app.levensgebiedName(group.levensgebied)),
      h('dl', { class: 'utrecht-data-list' }, group.answers.map((a) => h('div', { class: 'utrecht-data-list__item' },
        h('dt', { class: 'utrecht-data-list__item-key' }, a.text), h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, a.answer)))));
  }
  for (const n of d.notes || []) {
    section.append(heading(3, `${t('site.balie.area.notesAndSignals')}: ${app.levensgebiedName(n.levensgebied)}`),
      n.text ? para(n.text) : null,
      n.signals.length ? h('ul', { class: 'utrecht-unordered-list' }, n.signals.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, s.label))) : null);
  }
  if (d.plan) {
    section.append(heading(3, t('site.balie.plan.goalsTitle')),
      h('ul', { class: 'utrecht-unordered-list' }, d.plan.goals.map((g) => h('li', { class: 'utrecht-unordered-list__item' }, g.text))),
      heading(3, t('site.balie.plan.actionsTitle')),
      h('ul', { class: 'utrecht-unordered-list' }, d.plan.actions.map((a) => h('li', { class: 'utrecht-unordered-list__item' },
        `${t(`site.balie.who.${a.who}`)}: ${a.what} (${formatDate(app, a.by)})`))),
      d.plan.reviewDate ? para(t('site.balie.plan.printReview', { date: formatDate(app, d.plan.reviewDate) })) : null);
  }
  return section;
}

// --- import ------------------------------------------------------------------------------------------------------------

export function importForm(app) {
  const t = app.t;
  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'balie-import-form' },
    formField({
      id: 'balie-import-file', label: t('site.balie.import.file'),
      control: h('input', { class: 'ekw-file', type: 'file', id: 'balie-import-file', accept: '.json,application/json' }),
    }),
    buttonGroup(button(t('site.balie.import.button'), { type: 'submit', kind: 'secondary', id: 'balie-import-button' })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.querySelector('#balie-import-file').files[0];
    let dossier = null;
    try {
      dossier = file ? JSON.parse(await file.text()) : null;
    } catch { /* named below */ }
    const result = dossier ? app.callRaw('dossierImport', { dossier }) : { error: {} };
    if (result.error) {
      renderBalieImport(app, { errors: [{ message: t('site.balie.import.error'), target: 'balie-import-file' }] });
      return;
    }
    importInto(app, result);
    history.replaceState(null, '', '#/balie');
    app.currentRoute = app.parseRoute();
    app.notice = {
      type: result.notKept.length ? 'warning' : 'ok',
      text: result.notKept.length
        ? `${t('site.balie.import.done')} ${t('site.balie.import.notKept')} ${result.notKept.map((n) => n.id).join(', ')}`
        : t('site.balie.import.done'),
    };
    renderBalieOverview(app);
  });
  return form;
}

// Takes over an imported case: the engine's restored session, what staff recorded, the forms and the consent.
export function importInto(app, result) {
  const fresh = newBalie();
  const b = result.balie || {};
  // The dossier keeps the consent to look further inside its consent record; here it is part of what staff recorded.
  const consent = { ...(result.consent || {}) };
  delete consent.exploration;
  app.state.balie = {
    ...fresh,
    id: result.id || fresh.id,
    exploration: b.exploration || null,
    notes: b.notes || {},
    signals: b.signals || {},
    decisions: b.decisions || {},
    goals: b.goals || [],
    actions: b.actions || [],
    reviewDate: b.reviewDate || '',
    routing: b.routing || {},
    wmo: b.wmo || {},
    consent: consent.parts ? consent : null,
    notKept: result.notKept,
  };
  app.state.forms = result.forms || {};
  app.state.urgentSeen = [];
  app.setView(result.view);
  app.drawFrame();
}

export function renderBalieImport(app, { errors = null } = {}) {
  const t = app.t;
  balieShow(app, {
    title: t('site.balie.import.title'),
    nodes: [app.pageHeading(t('site.balie.import.title')),
      errors ? errorSummary(t('site.balie.errorSummary'), errors) : null,
      importForm(app)].filter(Boolean),
    focus: errors ? '.ekw-error-summary' : null,
  });
}
