// An aanvraag or melding, prefilled by the engine from the resident's answers; "Controleer uw gegevens" (check your
// answers); Dutch validation messages from the engine (checkForm) in an error summary linked to the fields; download
// as JSON and a print-friendly page. Nothing is sent from here.

import { h, para, heading, button, buttonGroup, buttonLink, link, errorSummary, paragraphs, uid, download } from '../dom.js';

function formState(app, formId) {
  app.state.forms = app.state.forms || {};
  if (!app.state.forms[formId]) app.state.forms[formId] = { values: {}, checked: false };
  return app.state.forms[formId];
}

function loadForm(app, formId) {
  if (!app.hasSession()) return null;
  const response = app.engine.callRaw('form', { language: app.lang, session: app.state.session, form: formId });
  return response.error ? null : response;
}

function fieldValue(fs, field) {
  return Object.prototype.hasOwnProperty.call(fs.values, field.id) ? fs.values[field.id] : field.value;
}

export function renderForm(app, route, { errors = null } = {}) {
  const t = app.t;
  const formId = route.parts[0];
  const form = loadForm(app, formId);
  if (!form) {
    app.show({
      title: t('site.advice.title'),
      nodes: [app.pageHeading(t('site.notFound.title')), para(t('site.advice.none')), buttonGroup(buttonLink(t('site.nav.start'), '#/'))],
    });
    return;
  }
  const fs = formState(app, formId);
  const errorByField = new Map((errors || []).map((e) => [e.field, e]));
  const nodes = [];
  let summary = null;
  if (errors && errors.length) {
    summary = errorSummary(t('site.form.errorSummary'), errors.map((e) => ({ message: e.message, target: `f-${e.field}` })));
    nodes.push(summary);
  }
  nodes.push(app.pageHeading(form.name));
  if (form.law) nodes.push(h('p', { class: 'utrecht-paragraph ekw-muted' }, form.law));
  nodes.push(...paragraphs(form.intro));
  nodes.push(para(t('site.form.intro')));

  const el = h('form', { class: 'ekw-form', novalidate: true, id: 'ekw-form', dataset: { form: formId } });
  for (const section of form.sections || []) {
    const sectionId = uid('section');
    const sectionNode = h('section', { class: 'ekw-form__section', 'aria-labelledby': sectionId },
      heading(2, section.title, { id: sectionId }));
    for (const field of section.fields || []) {
      sectionNode.appendChild(fieldNode(app, field, fieldValue(fs, field), errorByField.get(field.id)));
    }
    el.appendChild(sectionNode);
  }
  el.appendChild(buttonGroup(button(t('site.form.check'), { type: 'submit', kind: 'primary', id: 'form-check' })));
  el.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = readValues(form, el);
    fs.values = values;
    fs.checked = false;
    const result = app.call('checkForm', { form: formId, values });
    if (!result.ok) {
      app.save();
      renderForm(app, route, { errors: result.errors || [] });
      return;
    }
    fs.values = { ...values, ...(result.values || {}) };
    fs.checked = true;
    app.save();
    app.go(`#/formulier/${encodeURIComponent(formId)}/controleer`);
  });
  // Keep what is typed, also before checking (a reload must not lose it).
  el.addEventListener('change', () => {
    fs.values = readValues(form, el);
    fs.checked = false;
    app.save();
  });
  nodes.push(el);
  nodes.push(h('p', { class: 'utrecht-paragraph' }, link(t('site.form.back'), '#/advies')));

  const focusField = route.query.get('veld');
  app.show({ title: form.name, nodes, error: Boolean(summary), focus: summary || null });
  if (!summary && focusField) {
    const target = document.getElementById(`f-${focusField}`) || document.getElementById(`f-${focusField}-0`);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }
  }
}

function fieldNode(app, field, value, error) {
  const t = app.t;
  const id = `f-${field.id}`;
  const hintId = field.hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const prefillId = field.prefilledFrom && value !== null && value !== undefined && value !== '' ? `${id}-prefill` : null;
  const describedBy = [hintId, prefillId, errorId].filter(Boolean).join(' ') || null;
  const labelText = [field.label, field.required || field.type === 'consent' ? null : t('site.form.optional')].filter(Boolean).join(' ');
  const hint = field.hint ? h('div', { class: 'utrecht-form-field-description', id: hintId }, field.hint) : null;
  const prefill = prefillId ? h('div', { class: 'utrecht-form-field-description ekw-prefilled', id: prefillId }, t('site.form.prefilled')) : null;
  const err = error ? h('div', { class: 'utrecht-form-field-error-message', id: errorId }, error.message) : null;
  const invalid = Boolean(error);
  const wrapperClass = ['utrecht-form-field', invalid && 'utrecht-form-field--invalid'];

  if (field.type === 'choice' || field.type === 'yesno') {
    const options = field.type === 'yesno'
      ? [{ id: 'true', name: t('site.form.yes'), value: true }, { id: 'false', name: t('site.form.no'), value: false }]
      : (field.options || []).map((o) => ({ id: o.id, name: o.name ?? o.label ?? o.id, value: o.id }));
    return h('div', { class: wrapperClass, dataset: { field: field.id } },
      h('fieldset', { class: ['utrecht-form-fieldset utrecht-form-fieldset--html-fieldset'], 'aria-describedby': describedBy },
        h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ekw-legend-s' }, labelText),
        hint, prefill, err,
        h('div', { class: ['ekw-choices', field.type === 'yesno' && 'ekw-choices--inline'] }, options.map((o, i) => h('div', { class: 'utrecht-form-field utrecht-form-field--radio ekw-choice' },
          h('input', {
            class: 'utrecht-radio-button utrecht-radio-button--html-input ekw-radio', type: 'radio', name: id, id: `${id}-${i}`,
            value: o.id, checked: value !== null && value !== undefined && String(value) === String(o.value),
            'aria-invalid': invalid ? 'true' : null, dataset: { fieldId: field.id },
          }),
          h('label', { class: 'utrecht-form-label utrecht-form-label--radio', for: `${id}-${i}` }, o.name))))));
  }
  if (field.type === 'consent') {
    return h('div', { class: [...wrapperClass, 'utrecht-form-field--checkbox ekw-choice'], dataset: { field: field.id } },
      err,
      h('input', {
        class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom ekw-checkbox', type: 'checkbox', id, name: id,
        checked: value === true, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
      }),
      h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, labelText),
      hint);
  }
  const common = {
    id, name: id, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
    value: value === null || value === undefined ? '' : String(value),
  };
  let control;
  if (field.type === 'textarea') {
    control = h('textarea', { class: ['utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid'], rows: '5', ...common });
  } else {
    const attrs = { class: ['utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid'], type: 'text', ...common };
    switch (field.type) {
      case 'number': attrs.inputmode = 'decimal'; attrs.class.push('ekw-textbox--short'); break;
      case 'date': attrs.inputmode = 'numeric'; attrs.class.push('ekw-textbox--date'); break;
      case 'postcode': attrs.autocomplete = 'postal-code'; attrs.class.push('utrecht-textbox--postal-code-nl-size'); break;
      case 'bsn': attrs.inputmode = 'numeric'; attrs.class.push('ekw-textbox--bsn'); attrs.spellcheck = 'false'; break;
      case 'iban': attrs.class.push('utrecht-textbox--iban-size'); attrs.spellcheck = 'false'; break;
      case 'phone': attrs.type = 'tel'; attrs.autocomplete = 'tel'; attrs.class.push('utrecht-textbox--tel-nl-size'); break;
      case 'email': attrs.type = 'email'; attrs.autocomplete = 'email'; attrs.spellcheck = 'false'; break;
      default: break;
    }
    control = h('input', attrs);
  }
  return h('div', { class: [...wrapperClass, 'utrecht-form-field--text'], dataset: { field: field.id } },
    h('label', { class: 'utrecht-form-label', for: id }, labelText), hint, prefill, err, control);
}

function readValues(form, el) {
  const values = {};
  for (const section of form.sections || []) {
    for (const field of section.fields || []) {
      const id = `f-${field.id}`;
      if (field.type === 'choice' || field.type === 'yesno') {
        const checked = el.querySelector(`input[name="${CSS.escape(id)}"]:checked`);
        if (!checked) values[field.id] = null;
        else if (field.type === 'yesno') values[field.id] = checked.value === 'true';
        else values[field.id] = checked.value;
      } else if (field.type === 'consent') {
        values[field.id] = el.querySelector(`#${CSS.escape(id)}`).checked;
      } else {
        const raw = el.querySelector(`#${CSS.escape(id)}`).value;
        values[field.id] = raw.trim() === '' ? null : raw;
      }
    }
  }
  return values;
}

function display(app, field, value) {
  const t = app.t;
  if (value === null || value === undefined || value === '') return t('site.review.empty');
  if (field.type === 'yesno' || field.type === 'consent') return value === true ? t('site.form.yes') : t('site.form.no');
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
    const [y, m, d] = String(value).split('-');
    return `${d}-${m}-${y}`;
  }
  if (field.type === 'choice') {
    const o = (field.options || []).find((x) => x.id === value);
    return o ? (o.name ?? o.label ?? o.id) : String(value);
  }
  return String(value);
}

export function renderReview(app, route) {
  const t = app.t;
  const formId = route.parts[0];
  const form = loadForm(app, formId);
  const fs = form && formState(app, formId);
  if (!form || !fs.checked) {
    app.notice = { type: 'warning', text: t('site.review.notChecked') };
    app.go(`#/formulier/${encodeURIComponent(formId)}`, { replace: true });
    return;
  }
  const nodes = [app.pageHeading(t('site.review.title')), h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, form.name),
    h('p', { class: 'utrecht-paragraph ekw-no-print' }, t('site.review.intro'))];
  for (const section of form.sections || []) {
    const sectionId = uid('review');
    nodes.push(h('section', { class: 'ekw-review', 'aria-labelledby': sectionId },
      heading(2, section.title, { id: sectionId }),
      h('dl', { class: 'utrecht-data-list utrecht-data-list--rows ekw-review__list' },
        (section.fields || []).map((field) => h('div', { class: 'utrecht-data-list__item ekw-review__row', dataset: { field: field.id } },
          h('dt', { class: 'utrecht-data-list__item-key' }, field.label),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline' },
            display(app, field, fieldValue(fs, field))),
          h('dd', { class: 'utrecht-data-list__actions utrecht-data-list__actions--html-dd ekw-no-print' },
            h('a', {
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
        const values = {};
        for (const section of form.sections || []) for (const f of section.fields || []) values[f.id] = fieldValue(fs, f) ?? null;
        const dossier = app.engine.callRaw('dossier', { language: app.lang, session: app.state.session });
        const data = {
          format: 'ekw-aanvraag/1',
          createdAt: new Date().toISOString(),
          content: { id: app.overview?.content?.id, version: app.overview?.content?.version },
          form: { id: form.id, kind: form.kind, name: form.name, law: form.law },
          values,
          dossier: dossier.error ? null : dossier,
        };
        download(`${form.id}-${app.today()}.json`, JSON.stringify(data, null, 2));
      },
    }),
    button(t('site.review.print'), { kind: 'secondary', id: 'review-print', onclick: () => window.print() }))),
  h('p', { class: 'utrecht-paragraph ekw-no-print' }, link(t('site.form.back'), '#/advies')));

  app.show({ title: t('site.review.title'), nodes });
}
