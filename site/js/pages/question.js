// One question per page (GOV.UK pattern): the question is the page's heading (in the legend or label), with hint,
// "Waarom vragen we dit?", progress, "Vorige", "Weet ik niet" (when the question allows it) and "Verder".
// The engine checks the answer and chooses the next question; an answerError comes back in plain Dutch and is shown
// in an error summary linked to the field.

import { h, para, button, errorSummary, uid, paragraphs, formField, choice } from '../dom.js';
import { dateControls, readDate, typedDate } from '../date-input.js';

export function renderQuestion(app, route, { typed = null } = {}) {
  if (!app.hasSession()) {
    app.go('#/', { replace: true });
    return;
  }
  let view = app.currentView();
  const wanted = route.parts[0];

  // A "Wijzigen" link, or the browser's back and forward buttons: the engine goes straight to the question in the
  // address when the path passes it; otherwise the current question stays.
  if (wanted && wanted !== view.question?.id) {
    const moved = app.callRaw('goTo', { session: view.session, question: wanted });
    if (!moved.error) view = app.setView(moved);
  }
  if (!view.question) {
    app.go(app.doneRoute(), { replace: true });
    return;
  }
  const q = view.question;
  if (wanted !== q.id) history.replaceState(null, '', `#/vraag/${encodeURIComponent(q.id)}`);
  draw(app, view, typed);
}

// What the page draws for a question: the engine's control ("choice", "multipleChoice", "text", "number", "date")
// and the typed answer's autocomplete purpose and length, all from the engine's question-type table.
function controlOf(q) {
  return { control: q.control || 'text', autocomplete: q.autocomplete || '', maxLength: q.maxLength };
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
  const { control } = controlOf(q);
  let summary = null;
  if (err) {
    summary = errorSummary(t('site.question.errorSummary'), [{ message: err.message, target: firstInputId(control, inputId) }]);
    nodes.push(summary);
  }

  // A lead-in before a heavy question (safety, thoughts of death), so that it does not come unannounced.
  if (q.lead) {
    nodes.push(h('div', { class: 'utrecht-alert utrecht-alert--info ekw-question__lead', role: 'note', 'aria-label': t('site.question.lead') },
      h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message' }, para(q.lead)))));
  }

  const form = h('form', { class: 'ekw-form ekw-question', novalidate: true, dataset: { question: q.id, type: q.type, control } });
  const prior = typed !== null ? typed : (q.answeredUnknown ? undefined : q.answer);
  const headingNode = h('h1', { class: 'utrecht-heading-1 ekw-question__title', tabindex: '-1' }, q.text);
  const common = { id: inputId, error: err?.message, description: q.hint || null };

  let field;
  if (control === 'choice' || control === 'multipleChoice') {
    field = formField({ ...common, group: true, labelNode: headingNode, legendClass: 'ekw-question__legend',
      control: ({ invalid }) => choiceControls(q, control, inputId, prior, invalid) });
  } else if (control === 'date') {
    // Without a hint of its own, a date says how to type it.
    field = formField({ ...common, group: true, labelNode: headingNode, legendClass: 'ekw-question__legend',
      description: q.hint || t('site.question.dateHint'), descriptionId: q.hint ? null : `${inputId}-datehint`,
      control: ({ invalid }) => dateControls(app, inputId, prior, invalid) });
  } else {
    // GOV.UK: the label is the page heading (h1 > label; a heading may not sit inside a label).
    headingNode.replaceChildren(h('label', { class: 'utrecht-form-label ekw-question__label', for: inputId }, q.text));
    field = formField({ ...common, kind: 'text', labelNode: headingNode,
      control: ({ describedBy, invalid }) => textControl(q, inputId, prior, describedBy, invalid) });
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

function firstInputId(control, inputId) {
  if (control === 'choice' || control === 'multipleChoice') return `${inputId}-0`;
  if (control === 'date') return `${inputId}-day`;
  return inputId;
}

// The engine's options, each with the answer value it stands for (a yes/no question's are true and false).
function choiceControls(q, control, inputId, prior, invalid) {
  const options = q.options || [];
  const multiple = control === 'multipleChoice';
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const chosen = (o) => (multiple ? Array.isArray(prior) && prior.some((p) => same(p, o.value))
    : prior !== undefined && prior !== null && same(prior, o.value));
  const inputs = [];
  const yesNo = options.length > 0 && options.every((o) => typeof o.value === 'boolean');  // side by side
  const list = h('div', { class: ['ekw-choices', yesNo && 'ekw-choices--inline'] }, options.map((o, i) => {
    const item = choice({
      type: multiple ? 'checkbox' : 'radio', id: `${inputId}-${i}`, name: inputId, value: o.id, checked: chosen(o),
      label: o.label, extra: o.exclusive && 'ekw-choice--exclusive',
      'aria-invalid': invalid ? 'true' : null, dataset: { exclusive: o.exclusive ? 'true' : 'false' },
    });
    inputs.push(item.querySelector('input'));
    return item;
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

function textControl(q, inputId, prior, describedBy, invalid) {
  const value = prior === undefined || prior === null ? '' : String(prior);
  const { control, autocomplete, maxLength } = controlOf(q);
  if (control === 'text' && (maxLength || 200) > 120) {
    return h('textarea', {
      class: ['utrecht-textarea utrecht-textarea--html-textarea', invalid && 'utrecht-textarea--invalid'],
      id: inputId, name: inputId, rows: '4', maxlength: String(maxLength || 200), value,
      'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
    });
  }
  const attrs = {
    class: ['utrecht-textbox utrecht-textbox--html-input', invalid && 'utrecht-textbox--invalid'],
    id: inputId, name: inputId, type: 'text', value,
    'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
  };
  if (control === 'number') {
    attrs.inputmode = q.integer ? 'numeric' : 'decimal';
    attrs.class.push('utrecht-textbox--numeric', 'ekw-textbox--short');
  } else {
    attrs.maxlength = String(maxLength || 200);
  }
  // A typed answer with a known purpose (a postcode, an e-mail address) gets the browser's help to fill it in.
  if (autocomplete) {
    attrs.autocomplete = autocomplete;
    attrs.spellcheck = 'false';
    if (autocomplete === 'postal-code') attrs.class.push('utrecht-textbox--postal-code-nl-size');
    if (autocomplete === 'email') attrs.type = 'email';
    if (autocomplete === 'tel') { attrs.type = 'tel'; attrs.class.push('utrecht-textbox--tel-nl-size'); }
  }
  const input = h('input', attrs);
  if (control === 'number' && q.unit) {
    return h('div', { class: 'ekw-unit' }, input, h('span', { class: 'ekw-unit__label', 'aria-hidden': 'true' }, q.unit));
  }
  return input;
}

// What the resident entered, as the engine expects it: a chosen option's value, or the typed text; the engine checks
// it and says what is wrong.
function readValue(q, form, inputId) {
  const { control } = controlOf(q);
  const valueOf = (input) => q.options.find((o) => o.id === input.value).value;
  const checked = [...form.querySelectorAll(`input[name="${CSS.escape(inputId)}"]:checked`)].map(valueOf);
  if (control === 'multipleChoice') return checked;
  if (control === 'choice') return checked.length ? checked[0] : null;
  if (control === 'date') return readDate(form, inputId);
  const raw = form.querySelector(`#${CSS.escape(inputId)}`).value;
  return raw.trim() === '' ? null : raw;
}

function rawTyped(q, form, inputId) {
  if (!form) return null;
  const { control } = controlOf(q);
  if (control === 'date') return typedDate(form, inputId);
  if (control === 'choice' || control === 'multipleChoice') return readValue(q, form, inputId);
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
