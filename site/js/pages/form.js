// An aanvraag or melding as the engine prepares it: prefilled from the resident's answers (and from the BRP when the
// gemeente's portal gave it), with only the fields that apply. The engine decides which fields apply, again as the
// resident types; this page only shows and hides them. "Controleer uw gegevens" (check your answers) lists the
// applicable fields and, where the content has one, the engine's first check of the criteria. Dutch validation
// messages from the engine (checkForm) in an error summary linked to the fields; download and print. Nothing is sent.

import { h, para, heading, button, buttonGroup, buttonLink, link, errorSummary, paragraphs, uid, download, formField, choice } from '../dom.js';
import { dateControls, readDate } from '../date-input.js';

function formState(app, formId) {
  app.state.forms = app.state.forms || {};
  if (!app.state.forms[formId]) app.state.forms[formId] = { values: {}, checked: false };
  return app.state.forms[formId];
}

// The engine's view of the form for what the resident typed so far (fs.values holds only what they typed).
function loadForm(app, formId, typed) {
  if (!app.hasSession()) return null;
  const request = { session: app.state.session, form: formId, values: typed || {} };
  if (app.brpPerson) request.person = app.brpPerson;
  const response = app.callRaw('form', request);
  return response.error ? null : response;
}

function allFields(form) {
  return (form.sections || []).flatMap((s) => s.fields || []);
}

const blank = (v) => v === null || v === undefined || v === '';

export function renderForm(app, route, { errors = null } = {}) {
  const t = app.t;
  const formId = route.parts[0];
  const fs = app.hasSession() ? formState(app, formId) : null;
  let form = fs && loadForm(app, formId, fs.values);
  if (!form) {
    app.show({
      title: t('site.advice.title'),
      nodes: [app.pageHeading(t('site.notFound.title')), para(t('site.advice.none')), buttonGroup(buttonLink(t('site.nav.start'), '#/'))],
    });
    return;
  }
  const errorByField = new Map((errors || []).map((e) => [e.field, e]));
  const nodes = [];
  let summary = null;
  if (errors && errors.length) {
    summary = errorSummary(t('site.form.errorSummary'), errors.map((e) => ({ message: e.message, target: fieldTarget(form, e.field) })));
    nodes.push(summary);
  }
  nodes.push(app.pageHeading(form.name));
  if (form.law) nodes.push(h('p', { class: 'utrecht-paragraph ekw-muted' }, form.law));
  nodes.push(...paragraphs(form.intro));
  nodes.push(prefillNotice(app, form));

  const el = h('form', { class: 'ekw-form', novalidate: true, id: 'ekw-form', dataset: { form: formId } });
  for (const section of form.sections || []) {
    const sectionId = uid('section');
    const sectionNode = h('section', {
      class: 'ekw-form__section', 'aria-labelledby': sectionId, hidden: !section.applies, dataset: { section: section.id },
    }, heading(2, section.title, { id: sectionId }));
    for (const field of section.fields || []) sectionNode.appendChild(fieldNode(app, field, errorByField.get(field.id)));
    el.appendChild(sectionNode);
  }
  el.appendChild(buttonGroup(button(t('site.form.check'), { type: 'submit', kind: 'primary', id: 'form-check' })));

  // Keeps what is typed (a reload must not lose it) and asks the engine again which fields apply.
  const update = (event) => {
    fs.values = typedValues(form, el);
    fs.checked = false;
    app.save();
    const next = loadForm(app, formId, fs.values);
    if (!next) return;
    if (next.onBehalf !== form.onBehalf) {
      // Whose form it is changed: titles, labels and prefill change with it. Draw again, keeping focus.
      const focusId = event?.target?.id;
      renderForm(app, route);
      const again = focusId && document.getElementById(focusId);
      if (again) again.focus();
      return;
    }
    form = next;
    applyVisibility(el, next);
  };
  el.addEventListener('change', update);
  el.addEventListener('input', (event) => {
    if (event.target.type !== 'radio' && event.target.type !== 'checkbox') update(event);
  });
  el.addEventListener('submit', (event) => {
    event.preventDefault();
    fs.values = typedValues(form, el);
    const result = app.call('checkForm', checkRequest(app, formId, fs.values));
    if (!result.ok) {
      fs.checked = false;
      app.save();
      renderForm(app, route, { errors: result.errors || [] });
      return;
    }
    fs.checked = true;
    app.save();
    app.go(`#/formulier/${encodeURIComponent(formId)}/controleer`);
  });
  nodes.push(el);
  nodes.push(h('p', { class: 'utrecht-paragraph' }, link(t('site.form.back'), '#/advies')));

  const focusField = route.query.get('veld');
  app.show({ title: form.name, nodes, error: Boolean(summary), focus: summary || null });
  if (!summary && focusField) {
    const target = document.getElementById(fieldTarget(form, focusField));
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  }
}

function checkRequest(app, formId, values) {
  const request = { session: app.state.session, form: formId, values };
  if (app.brpPerson) request.person = app.brpPerson;
  return request;
}

// What was filled in for the resident, and from where: their answers, and the BRP only when the portal gave it.
function prefillNotice(app, form) {
  const t = app.t;
  const p = form.prefilled || {};
  const items = [];
  if (p.answers) items.push(para(t('site.form.fromAnswers')));
  if (p.brp) {
    items.push(para(t('site.form.fromBrp')));
    items.push(h('ul', { class: 'utrecht-unordered-list' }, (p.brpFields || []).map((label) => h('li', { class: 'utrecht-unordered-list__item' }, label))));
  }
  if (!items.length) items.push(para(t('site.form.nothingPrefilled')));
  return h('div', { class: 'ekw-form__prefill', id: 'form-prefill' }, items);
}

// The element an error or a "Wijzigen" link leads to.
function fieldTarget(form, fieldId) {
  const field = allFields(form).find((f) => f.id === fieldId);
  const id = `f-${fieldId}`;
  if (!field) return id;
  if (field.type === 'date') return `${id}-day`;
  if (field.type === 'choice' || field.type === 'yesno') return `${id}-0`;
  return id;
}

function applyVisibility(el, form) {
  for (const section of form.sections || []) {
    const s = el.querySelector(`[data-section="${CSS.escape(section.id)}"]`);
    if (s) s.hidden = !section.applies;
    for (const field of section.fields || []) {
      const f = el.querySelector(`[data-field="${CSS.escape(field.id)}"]`);
      if (f) f.hidden = !field.applies || (field.internal && blank(field.value));
    }
  }
}

function sourceNote(app, field, id) {
  if (blank(field.prefill) || !field.prefilledFrom) return null;
  const key = field.prefilledFrom === 'brp' ? 'site.form.prefilledBrp' : 'site.form.prefilled';
  return h('div', { class: 'utrecht-form-field-description ekw-prefilled', id, dataset: { source: field.prefilledFrom } }, app.t(key));
}

// A field's input attributes by its type: the keyboard and autofill that fit it.
const TEXTBOX = {
  number: { inputmode: 'decimal', class: 'ekw-textbox--short' },
  postcode: { autocomplete: 'postal-code', class: 'utrecht-textbox--postal-code-nl-size' },
  bsn: { inputmode: 'numeric', class: 'ekw-textbox--bsn', spellcheck: 'false' },
  iban: { class: 'utrecht-textbox--iban-size', spellcheck: 'false' },
  phone: { type: 'tel', autocomplete: 'tel', class: 'utrecht-textbox--tel-nl-size' },
  email: { type: 'email', autocomplete: 'email', spellcheck: 'false' },
};

function fieldNode(app, field, error) {
  const t = app.t;
  const value = field.value;
  const id = `f-${field.id}`;
  const hidden = !field.applies || (field.internal && blank(value));
  if (field.internal) {
    // Worked out by the Eigen Krachtwijzer (a level): shown, not for the resident to change.
    return h('div', { class: 'utrecht-form-field ekw-form__internal', dataset: { field: field.id }, hidden },
      h('p', { class: 'utrecht-paragraph ekw-form__internal-label', id }, field.label),
      h('p', { class: 'utrecht-paragraph' }, field.display),
      h('div', { class: 'utrecht-form-field-description' }, t('site.form.internal')));
  }
  const prefillId = `${id}-prefill`;
  const prefill = sourceNote(app, field, prefillId);
  const label = [field.label, field.required || field.type === 'consent' ? null : t('site.form.optional')].filter(Boolean).join(' ');
  const invalid = Boolean(error);
  const common = {
    id, label, error: error?.message, description: field.hint || null, dataset: { field: field.id }, hidden,
    describedBy: prefill ? [prefillId] : [], notes: prefill ? [prefill] : [],
  };

  if (field.type === 'choice' || field.type === 'yesno') {
    // The engine's options, each with the value it stands for (a yes/no field's are true and false).
    const options = field.options || [];
    const yesNo = options.length > 0 && options.every((o) => typeof o.value === 'boolean');
    return formField({
      ...common, group: true, legendClass: 'ekw-legend-s',
      control: h('div', { class: ['ekw-choices', yesNo && 'ekw-choices--inline'] }, options.map((o, i) => choice({
        id: `${id}-${i}`, name: id, value: o.id, label: o.label, checked: !blank(value) && sameValue(value, o.value ?? o.id),
        'aria-invalid': invalid ? 'true' : null, dataset: { fieldId: field.id },
      }))),
    });
  }
  if (field.type === 'consent') {
    // The text the resident agrees to stands above the box that says they agree, the hint below it.
    const statementId = field.statement ? `${id}-statement` : null;
    const hint = field.hint ? h('div', { class: 'utrecht-form-field-description', id: `${id}-hint` }, field.hint) : null;
    return h('div', { class: ['utrecht-form-field', invalid && 'utrecht-form-field--invalid', 'ekw-consent'], dataset: { field: field.id }, hidden },
      field.statement ? h('div', { class: 'ekw-consent__statement', id: statementId }, paragraphs(field.statement)) : null,
      invalid ? h('div', { class: 'utrecht-form-field-error-message', id: `${id}-error` }, error.message) : null,
      h('div', { class: 'utrecht-form-field--checkbox ekw-choice' },
        h('input', {
          class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom ekw-checkbox', type: 'checkbox', id, name: id,
          checked: value === true, 'aria-invalid': invalid ? 'true' : null,
          'aria-describedby': [statementId, hint && `${id}-hint`, prefill && prefillId, invalid && `${id}-error`].filter(Boolean).join(' ') || null,
        }),
        h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, label)),
      hint);
  }
  if (field.type === 'date') {
    // Without a hint of its own, a date says how to type it.
    return formField({
      ...common, group: true, legendClass: 'ekw-legend-s',
      description: field.hint || t('site.question.dateHint'), descriptionId: field.hint ? null : `${id}-datehint`,
      control: dateControls(app, id, value, invalid),
    });
  }
  return formField({
    ...common, kind: 'text',
    control: ({ describedBy }) => {
      const attrs = {
        id, name: id, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
        value: blank(value) ? '' : String(value),
      };
      if (field.type === 'textarea') {
        return h('textarea', { class: ['utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid'], rows: '5', ...attrs });
      }
      const { class: size, ...kind } = TEXTBOX[field.type] || {};
      return h('input', { class: ['utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid', size], type: 'text', ...attrs, ...kind });
    },
  });
}

function sameValue(a, b) {
  return String(a) === String(b);
}

// What the resident typed: every field whose value differs from the engine's prefill (so a prefill that changes,
// e.g. when the form turns out to be for someone else, is not kept as if typed). Internal fields are never read.
function typedValues(form, el) {
  const values = {};
  for (const field of allFields(form)) {
    if (field.internal) continue;
    const id = `f-${field.id}`;
    let v;
    if (field.type === 'choice' || field.type === 'yesno') {
      const checked = el.querySelector(`input[name="${CSS.escape(id)}"]:checked`);
      const option = checked && (field.options || []).find((o) => o.id === checked.value);
      v = !checked ? null : option && 'value' in option ? option.value : checked.value;
    } else if (field.type === 'consent') {
      v = el.querySelector(`#${CSS.escape(id)}`).checked;
    } else if (field.type === 'date') {
      v = readDate(el, id);
    } else {
      const raw = el.querySelector(`#${CSS.escape(id)}`).value;
      v = raw.trim() === '' ? null : raw;
    }
    const prefill = blank(field.prefill) ? null : field.prefill;
    const same = field.type === 'consent' ? v === (prefill === true) : String(v ?? '') === String(prefill ?? '');
    if (!same) values[field.id] = v;
  }
  return values;
}

// The engine's first check of the gemeente's criteria: at once, in plain words, with the decision still to come.
function assessmentNode(app, assessment) {
  const t = app.t;
  const titleId = uid('assessment');
  const type = { likely: 'ok', unlikely: 'warning', unsure: 'info' }[assessment.result] || 'info';
  return h('section', { class: 'ekw-review ekw-assessment', 'aria-labelledby': titleId, id: 'form-assessment', dataset: { result: assessment.result } },
    heading(2, t('site.review.assessment'), { id: titleId }),
    h('div', { class: `utrecht-alert utrecht-alert--${type}` },
      h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, assessment.text)),
    h('ul', { class: 'utrecht-unordered-list ekw-assessment__reasons' },
      (assessment.reasons || []).map((r) => h('li', { class: 'utrecht-unordered-list__item', dataset: { criterion: r.id, status: r.status } },
        h('strong', {}, `${t(`site.review.criterion.${r.status}`)}: `), r.text))),
    para(assessment.decision));
}

export function renderReview(app, route) {
  const t = app.t;
  const formId = route.parts[0];
  const fs = app.hasSession() ? formState(app, formId) : null;
  const form = fs && loadForm(app, formId, fs.values);
  const check = form && fs.checked ? app.call('checkForm', checkRequest(app, formId, fs.values)) : null;
  if (!form || !check || !check.ok) {
    app.notice = { type: 'warning', text: t('site.review.notChecked') };
    app.go(`#/formulier/${encodeURIComponent(formId)}`, { replace: true });
    return;
  }
  const values = check.values || {};
  const nodes = [app.pageHeading(t('site.review.title')), h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, form.name),
    h('p', { class: 'utrecht-paragraph ekw-no-print' }, t('site.review.intro'))];
  if (check.assessment) nodes.push(assessmentNode(app, check.assessment));
  for (const section of form.sections || []) {
    // Only what applies; an internal field without a value says nothing.
    const fields = (section.fields || []).filter((f) => check.applies?.[f.id] && !(f.internal && blank(values[f.id])));
    if (!fields.length) continue;
    const sectionId = uid('review');
    nodes.push(h('section', { class: 'ekw-review', 'aria-labelledby': sectionId, dataset: { section: section.id } },
      heading(2, section.title, { id: sectionId }),
      h('dl', { class: 'utrecht-data-list utrecht-data-list--rows ekw-review__list' },
        fields.map((field) => h('div', { class: 'utrecht-data-list__item ekw-review__row', dataset: { field: field.id } },
          h('dt', { class: 'utrecht-data-list__item-key' }, field.label),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline' },
            check.display?.[field.id] ?? field.display),
          h('dd', { class: 'utrecht-data-list__actions utrecht-data-list__actions--html-dd ekw-no-print' },
            field.internal ? null : h('a', {
              class: 'utrecht-link utrecht-link--html-a',
              href: `#/formulier/${encodeURIComponent(formId)}?veld=${encodeURIComponent(field.id)}`,
            }, t('site.review.change'), h('span', { class: 'ekw-visually-hidden' }, `: ${field.label}`))))))));
  }
  if (form.consent) {
    const consentId = uid('consent');
    nodes.push(h('section', { class: 'ekw-review', 'aria-labelledby': consentId },
      heading(2, t('site.review.consent'), { id: consentId }), paragraphs(form.consent)));
  }
  const nextId = uid('next');
  nodes.push(h('section', { class: 'ekw-review', 'aria-labelledby': nextId },
    heading(2, t('site.review.next'), { id: nextId }),
    paragraphs(form.afterSubmit),
    para(t('site.review.howToSend'))));
  nodes.push(h('div', { class: 'ekw-no-print' }, buttonGroup(
    button(t('site.review.download'), {
      kind: 'primary', id: 'review-download',
      onclick: () => {
        const dossier = app.callRaw('dossier', { session: app.state.session });
        const data = {
          format: 'ekw-aanvraag/1',
          createdAt: new Date().toISOString(),
          content: { id: app.overview?.content?.id, version: app.overview?.content?.version },
          form: { id: form.id, kind: form.kind, name: form.name, law: form.law },
          onBehalf: check.onBehalf,
          values,
          assessment: check.assessment || null,
          dossier: dossier.error ? null : dossier,
        };
        download(`${form.id}-${app.today()}.json`, JSON.stringify(data, null, 2));
      },
    }),
    button(t('site.review.print'), { kind: 'secondary', id: 'review-print', onclick: () => window.print() }))),
  h('p', { class: 'utrecht-paragraph ekw-no-print' }, link(t('site.form.back'), '#/advies')));

  app.show({ title: t('site.review.title'), nodes });
}
