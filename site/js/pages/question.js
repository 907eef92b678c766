// One question per page (GOV.UK pattern): the question is the page's heading (in the legend or label), with hint,
// "Waarom vragen we dit?", progress, "Vorige", "Weet ik niet" (when the question allows it) and "Verder".
// The engine checks the answer and chooses the next question; an answerError comes back in plain Dutch and is shown
// in an error summary linked to the field.

import { h, para, button, errorSummary, uid, paragraphs } from '../dom.js';
import { dateControls, readDate, typedDate } from '../date-input.js';

export function renderQuestion(app, route, { typed = null } = {}) {
  if (!app.hasSession()) {
    app.go('#/', { replace: true });
    return;
  }
  let view = app.view || app.setView(app.call('view', { session: app.state.session }));
  const wanted = route.parts[0];

  // The browser's back and forward buttons: walk the engine's path back to the question in the address.
  if (wanted && view.question && wanted !== view.question.id) {
    view = walkBackTo(app, view, wanted);
  }
  if (view.done || !view.question) {
    if (wanted && !view.question) {
      const back = walkBackTo(app, view, wanted);
      if (back.question) {
        view = back;
      } else {
        app.go(app.doneRoute(), { replace: true });
        return;
      }
    } else {
      app.go(app.doneRoute(), { replace: true });
      return;
    }
  }
  const q = view.question;
  if (wanted !== q.id) history.replaceState(null, '', `#/vraag/${encodeURIComponent(q.id)}`);
  draw(app, view, typed);
}

// Goes back through the path until `questionId` is current; if it is not on the path, stays where it was.
function walkBackTo(app, view, questionId) {
  let v = view;
  for (let i = 0; i < 200 && v.canGoBack; i++) {
    v = app.call('back', { session: v.session });
    if (v.question && v.question.id === questionId) return app.setView(v);
  }
  return view;
}

function draw(app, view, typed) {
  const t = app.t;
  const q = view.question;
  const err = view.answerError || null;
  const nodes = [];

  const urgent = app.urgentSection(view.urgent);
  const freshUrgent = urgent && app.newUrgent(view.urgent);
  if (urgent) nodes.push(urgent);

  // Progress: which levensgebied, and how far.
  const p = view.progress || {};
  const progressNodes = [];
  if (p.levensgebied && p.levensgebied.count) {
    progressNodes.push(h('p', { class: 'utrecht-paragraph ekw-progress__topic' },
      t('site.question.progress', { index: p.levensgebied.index, count: p.levensgebied.count, name: q.levensgebied?.name || '' })));
  }
  if (typeof p.percent === 'number') {
    const progressId = uid('progress');
    progressNodes.push(h('div', { class: 'ekw-progress__bar' },
      h('label', { class: 'ekw-visually-hidden', for: progressId }, t('site.question.progressLabel')),
      h('progress', { id: progressId, max: '100', value: String(Math.round(p.percent)) }, `${Math.round(p.percent)}%`),
      h('span', { class: 'ekw-progress__text' },
        t(p.answered === 1 ? 'site.question.progressTextOne' : 'site.question.progressText',
          { answered: p.answered ?? 0, remaining: p.remaining ?? 0 }))));
  }
  if (progressNodes.length) nodes.push(h('div', { class: 'ekw-progress' }, progressNodes));
  // A relative filling it in is reminded on every question who the answers are about (the engine's words).
  if (q.forWhom) nodes.push(h('p', { class: 'utrecht-paragraph ekw-question__for-whom', id: 'ekw-for-whom' }, q.forWhom));

  // "Vorige": the engine's previous question, or the start page before the first one.
  nodes.push(h('p', { class: 'ekw-back' }, h('a', {
    class: 'utrecht-link utrecht-link--html-a ekw-back__link', href: '#/', id: 'ekw-back',
    onclick: (event) => {
      event.preventDefault();
      if (view.canGoBack) {
        const prev = app.setView(app.call('back', { session: view.session }));
        if (prev.question) app.go(`#/vraag/${encodeURIComponent(prev.question.id)}`);
        else app.go('#/situatie');
      } else {
        app.go('#/');
      }
    },
  }, t('site.question.back'))));

  const inputId = `q-${q.id}`;
  const errorId = `${inputId}-error`;
  const hintId = q.hint ? `${inputId}-hint` : null;
  let summary = null;
  if (err) {
    summary = errorSummary(t('site.question.errorSummary'), [{ message: err.message, target: firstInputId(q, inputId) }]);
    nodes.push(summary);
  }

  // A lead-in before a heavy question (safety, thoughts of death), so that it does not come unannounced.
  if (q.lead) {
    nodes.push(h('div', { class: 'utrecht-alert utrecht-alert--info ekw-question__lead', role: 'note', 'aria-label': t('site.question.lead') },
      h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message' }, para(q.lead)))));
  }

  const form = h('form', { class: 'ekw-form ekw-question', novalidate: true, dataset: { question: q.id, type: q.type, control: q.control } });
  const describedBy = [hintId, err && errorId].filter(Boolean).join(' ') || null;
  const hintNode = q.hint ? h('div', { class: 'utrecht-form-field-description', id: hintId }, q.hint) : null;
  const errorNode = err ? h('div', { class: 'utrecht-form-field-error-message', id: errorId }, err.message) : null;
  const prior = typed !== null ? typed : (q.answeredUnknown ? undefined : q.answer);
  const headingNode = h('h1', { class: 'utrecht-heading-1 ekw-question__title', tabindex: '-1' }, q.text);

  let field;
  if (isChoice(q)) {
    field = h('div', { class: ['utrecht-form-field', err && 'utrecht-form-field--invalid'] },
      h('fieldset', {
        class: ['utrecht-form-fieldset utrecht-form-fieldset--html-fieldset'],
        'aria-describedby': describedBy,
      },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ekw-question__legend' }, headingNode),
      hintNode, errorNode,
      choiceControls(app, q, inputId, prior, Boolean(err))));
  } else if (q.control === 'date') {
    field = h('div', { class: ['utrecht-form-field', err && 'utrecht-form-field--invalid'] },
      h('fieldset', {
        class: ['utrecht-form-fieldset utrecht-form-fieldset--html-fieldset'],
        'aria-describedby': [hintId || `${inputId}-datehint`, err && errorId].filter(Boolean).join(' '),
      },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend ekw-question__legend' }, headingNode),
      hintNode || h('div', { class: 'utrecht-form-field-description', id: `${inputId}-datehint` }, t('site.question.dateHint')),
      errorNode,
      dateControls(app, inputId, prior, Boolean(err))));
  } else {
    // GOV.UK: the label is the page heading (h1 > label; a heading may not sit inside a label).
    headingNode.replaceChildren(h('label', { class: 'utrecht-form-label ekw-question__label', for: inputId }, q.text));
    field = h('div', { class: ['utrecht-form-field utrecht-form-field--text', err && 'utrecht-form-field--invalid'] },
      headingNode,
      hintNode, errorNode,
      textControl(app, q, inputId, prior, describedBy, Boolean(err)));
  }
  form.appendChild(field);

  if (q.answeredUnknown) form.appendChild(para(t('site.question.answeredUnknown'), { class: 'utrecht-paragraph ekw-muted' }));

  if (q.why) {
    form.appendChild(h('details', { class: 'ekw-details' },
      h('summary', { class: 'ekw-details__summary' }, t('site.question.why')),
      h('div', { class: 'ekw-details__text' }, paragraphs(q.why))));
  }

  const buttons = [button(t('site.question.next'), { type: 'submit', kind: 'primary', id: 'ekw-next' })];
  if (q.allowUnknown) {
    buttons.push(button(t('site.question.unknown'), {
      kind: 'secondary', id: 'ekw-unknown',
      onclick: () => submit(app, view, { unknown: true }),
    }));
  }
  if (q.optional) {
    buttons.push(button(t('site.question.skip'), {
      kind: 'subtle', id: 'ekw-skip-question',
      onclick: () => submit(app, view, { skip: true }),
    }));
  }
  form.appendChild(h('div', { class: 'utrecht-button-group ekw-button-group' }, buttons));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(app, view, { value: readValue(q, form, inputId) }, form);
  });
  nodes.push(form);

  app.show({
    title: q.text,
    nodes,
    error: Boolean(err),
    focus: summary || (freshUrgent ? urgent.querySelector('h2') : headingNode),
  });
}

// The site draws the control the engine names (choice, multipleChoice, text, number, date), never a question type.
function isChoice(q) {
  return q.control === 'choice' || q.control === 'multipleChoice';
}

function firstInputId(q, inputId) {
  if (isChoice(q)) return `${inputId}-0`;
  if (q.control === 'date') return `${inputId}-day`;
  return inputId;
}

function choiceControls(app, q, inputId, prior, invalid) {
  const options = q.options || [];
  const multiple = q.control === 'multipleChoice';
  // An option is chosen when the answer holds its value (a yes/no answer is true or false, not "ja").
  const chosen = new Set(options.filter((o) => (multiple ? Array.isArray(prior) && prior.includes(o.value) : prior === o.value)).map((o) => o.id));
  const type = multiple ? 'checkbox' : 'radio';
  const inputs = [];
  // Two short answers side by side (ja / nee).
  const inline = options.length === 2 && options.every((o) => typeof o.value === 'boolean');
  const list = h('div', { class: ['ekw-choices', inline && 'ekw-choices--inline'] }, options.map((o, i) => {
    const id = `${inputId}-${i}`;
    const input = h('input', {
      class: multiple
        ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom ekw-checkbox'
        : 'utrecht-radio-button utrecht-radio-button--html-input ekw-radio',
      type, id, name: inputId, value: o.id, checked: chosen.has(o.id),
      'aria-invalid': invalid ? 'true' : null,
      dataset: { exclusive: o.exclusive ? 'true' : 'false' },
    });
    inputs.push(input);
    return h('div', { class: ['utrecht-form-field', multiple ? 'utrecht-form-field--checkbox' : 'utrecht-form-field--radio', 'ekw-choice',
      o.exclusive && 'ekw-choice--exclusive'] },
    input,
    h('label', { class: ['utrecht-form-label', multiple ? 'utrecht-form-label--checkbox' : 'utrecht-form-label--radio'], for: id }, o.label));
  }));
  if (multiple) {
    // "Geen van deze" cannot be combined with the others: ticking one clears the other kind (the engine checks too).
    list.addEventListener('change', (event) => {
      const input = event.target;
      if (!input.checked) return;
      const exclusive = input.dataset.exclusive === 'true';
      for (const other of inputs) {
        if (other !== input && (exclusive || other.dataset.exclusive === 'true')) other.checked = false;
      }
    });
  }
  return list;
}

function textControl(app, q, inputId, prior, describedBy, invalid) {
  const value = prior === undefined || prior === null ? '' : String(prior);
  if (q.control === 'text' && (q.maxLength || 200) > 120) {
    return h('textarea', {
      class: ['utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid'],
      id: inputId, name: inputId, rows: '4', maxlength: String(q.maxLength || 200), value,
      'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
    });
  }
  const attrs = {
    class: ['utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid'],
    id: inputId, name: inputId, type: 'text', value,
    'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
  };
  if (q.control === 'number') {
    attrs.inputmode = q.integer ? 'numeric' : 'decimal';
    attrs.class.push('utrecht-textbox--numeric', 'ekw-textbox--short');
  } else {
    attrs.maxlength = String(q.maxLength || 200);
  }
  // A typed answer with a known purpose (a postcode, an e-mail address) gets the browser's help to fill it in.
  if (q.autocomplete) {
    attrs.autocomplete = q.autocomplete;
    attrs.spellcheck = 'false';
    if (q.autocomplete === 'postal-code') attrs.class.push('utrecht-textbox--postal-code-nl-size');
    if (q.autocomplete === 'email') attrs.type = 'email';
    if (q.autocomplete === 'tel') { attrs.type = 'tel'; attrs.class.push('utrecht-textbox--tel-nl-size'); }
  }
  const input = h('input', attrs);
  if (q.control === 'number' && q.unit) {
    return h('div', { class: 'ekw-unit' }, input, h('span', { class: 'ekw-unit__label', 'aria-hidden': 'true' }, q.unit));
  }
  return input;
}

// What the resident entered, as the engine expects it; the engine checks it and says what is wrong.
function readValue(q, form, inputId) {
  const valueOf = (input) => q.options.find((o) => o.id === input.value).value;
  switch (q.control) {
    case 'choice': {
      const checked = form.querySelector(`input[name="${CSS.escape(inputId)}"]:checked`);
      return checked ? valueOf(checked) : null;
    }
    case 'multipleChoice':
      return [...form.querySelectorAll(`input[name="${CSS.escape(inputId)}"]:checked`)].map(valueOf);
    case 'date': return readDate(form, inputId);
    default: {
      const raw = form.querySelector(`#${CSS.escape(inputId)}`).value;
      return raw.trim() === '' ? null : raw;
    }
  }
}

function rawTyped(q, form, inputId) {
  if (!form) return null;
  if (q.control === 'date') return typedDate(form, inputId);
  if (isChoice(q)) return readValue(q, form, inputId);
  return form.querySelector(`#${CSS.escape(inputId)}`)?.value ?? null;
}

function submit(app, view, answer, form) {
  const q = view.question;
  const next = app.call('answer', { session: view.session, ...answer });
  if (next.answerError) {
    // The session is unchanged; show the message with what the resident typed.
    app.view = next;
    draw(app, next, rawTyped(q, form, `q-${q.id}`));
    return;
  }
  app.setView(next);
  if (next.done || !next.question) app.go(app.doneRoute());
  else if (next.question.id === q.id) draw(app, next, null);
  else app.go(`#/vraag/${encodeURIComponent(next.question.id)}`);
}
