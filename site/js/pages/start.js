// Start: "Waar wilt u hulp bij?" Choose levensgebieden, or say it in your own words (the engine matches the words to
// levensgebieden and the resident confirms), "Ik vul dit in voor iemand anders", and the wijk where the content has
// wijken. Starting asks the engine for the first question.

import { h, para, button, errorSummary, buttonGroup, alert, heading, uid, link, formField, choice } from '../dom.js';

export function renderStart(app, route, { error = null, matched = null, match = null } = {}) {
  const t = app.t;
  const ov = app.overview;
  const st = app.state.start;
  const nodes = [];
  // Danger in the resident's own words: the engine's direct help (rung 0, most urgent first) above everything.
  const urgent = match ? app.urgentSection(match.urgent, { fromWords: true }) : null;
  if (urgent) {
    nodes.push(urgent);
    app.newUrgent(match.urgent);
  }
  nodes.push(app.pageHeading(t('site.start.title')));

  const summary = error ? errorSummary(t('site.start.errorSummary'), [{ message: error.message, target: error.target }]) : null;
  if (summary) nodes.push(summary);

  // A session in progress: offer to continue (the form below starts again).
  if (app.hasSession() && route.query.get('opnieuw') !== '1' && !matched && !error) {
    const resumeTitle = uid('resume');
    nodes.push(h('section', { class: 'ekw-panel ekw-resume', 'aria-labelledby': resumeTitle },
      heading(2, t('site.start.resumeTitle'), { id: resumeTitle }),
      para(t('site.start.resumeText')),
      buttonGroup(
        button(t('site.start.resume'), { kind: 'primary', onclick: () => continueSession(app) }),
        button(t('site.start.restart'), {
          kind: 'secondary',
          onclick: () => {
            const { persist } = app.state;
            const lang = app.lang;
            app.reset();
            app.state.persist = persist;
            app.setLanguage(lang, { render: false });
            app.go('#/?opnieuw=1');
          },
        }))));
  }

  nodes.push(para(t('site.start.intro'), { class: 'utrecht-paragraph utrecht-paragraph--lead' }));
  const total = h('p', { class: 'utrecht-paragraph ekw-expect__total', id: 'start-time-total', 'aria-live': 'polite' });
  nodes.push(expectations(app));

  const form = h('form', { class: 'ekw-form', novalidate: true, id: 'ekw-start-form' });
  const levensgebieden = ov.levensgebieden || [];
  const chosen = new Set(matched ? matched.map((m) => m.id) : st.levensgebieden);

  if (matched) {
    // What the engine read: each matched topic with the resident's own words that led to it; they can change it below.
    const signals = (match?.signals || []).map((s) => s.name);
    form.appendChild(alert(matched.length ? 'info' : 'warning',
      para(matched.length ? t('site.start.matched') : t('site.start.noMatch')),
      matched.length ? h('div', { class: 'ekw-matched' },
        h('h2', { class: 'utrecht-heading-3', id: 'ekw-matched-title' }, t('site.start.matchedTitle')),
        h('ul', { class: 'utrecht-unordered-list ekw-matched__list', 'aria-labelledby': 'ekw-matched-title' },
          matched.map((m) => h('li', { class: 'utrecht-unordered-list__item', dataset: { levensgebied: m.id } },
            h('strong', null, m.name),
            m.words && m.words.length ? ` (${t('site.start.matchedWords', { words: m.words.map((w) => `"${w}"`).join(', ') })})` : null))),
        signals.length ? para(t('site.start.safetyFirst', { signals: signals.join(', ') }), { class: 'utrecht-paragraph ekw-safety-first' }) : null,
        para(t('site.start.matchedChange'))) : null));
  }

  // Levensgebieden as checkboxes.
  const lgInvalid = error && error.field === 'levensgebieden';
  form.appendChild(formField({
    id: uid('lg'), label: t('site.start.choose'), group: true, legendClass: 'ekw-legend-m',
    description: t('site.start.chooseHint'), error: lgInvalid ? error.message : null,
    control: h('div', { class: 'ekw-choices' }, levensgebieden.map((lg, i) => choice({
      type: 'checkbox', id: i === 0 ? 'lg-first' : `lg-${lg.id}`, name: 'levensgebied', value: lg.id, checked: chosen.has(lg.id),
      label: lg.name,
      description: lg.description || lg.estimate ? [lg.description || '', lg.estimate ? h('span', { class: 'ekw-choice__time', dataset: { minutes: String(lg.estimate.minutes) } },
        `${lg.description ? ' ' : ''}(${t('site.start.minutes', { minutes: lg.estimate.minutes })})`) : null] : null,
    }))),
  }));

  // Own words.
  form.appendChild(formField({
    id: 'start-text', label: t('site.start.or'), kind: 'text', description: t('site.start.textHint'), descriptionId: uid('text-hint'),
    control: ({ describedBy }) => h('textarea', {
      class: 'utrecht-textarea utrecht-textarea--html-textarea', id: 'start-text', name: 'text', rows: '3',
      maxlength: '500', 'aria-describedby': describedBy, value: st.text || '',
    }),
  }));

  // For someone else.
  form.appendChild(formField({
    id: uid('about'), label: t('site.start.about'), group: true, legendClass: 'ekw-legend-m',
    control: choice({
      type: 'checkbox', id: 'for-other', name: 'forSomeoneElse', checked: Boolean(st.forSomeoneElse),
      label: t('site.start.forOther'), description: t('site.start.forOtherHint'),
    }),
  }));

  // Wijk, where the content has wijken.
  if ((ov.wijken || []).length) {
    const field = form.appendChild(formField({
      id: 'start-wijk', label: st.forSomeoneElse ? t('site.start.wijkOther') : t('site.start.wijk'),
      description: t('site.start.wijkHint'), descriptionId: uid('wijk-hint'),
      control: ({ describedBy }) => {
        const select = app.wijkSelect({ id: 'start-wijk', value: st.wijk, allLabel: t('site.start.wijkUnknown') });
        select.setAttribute('aria-describedby', describedBy);
        return select;
      },
    }));
    const label = field.querySelector('label');
    form.querySelector('#for-other').addEventListener('change', (e) => {
      label.textContent = e.target.checked ? t('site.start.wijkOther') : t('site.start.wijk');
    });
  }

  // Age (optional): services name the ages they are for.
  const ageInvalid = error && error.field === 'age';
  const ageField = form.appendChild(formField({
    id: 'start-age', label: `${st.forSomeoneElse ? t('site.start.ageOther') : t('site.start.age')} ${t('site.form.optional')}`, kind: 'text', description: t('site.start.ageHint'), descriptionId: uid('age-hint'),
    error: ageInvalid ? error.message : null,
    control: ({ describedBy, invalid }) => h('input', {
      class: ['utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric ekw-textbox--age', invalid && 'utrecht-textbox--invalid'],
      id: 'start-age', name: 'age', type: 'text', inputmode: 'numeric', maxlength: '3', autocomplete: 'off',
      value: st.age ?? '', 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : null,
    }),
  }));
  const ageLabel = ageField.querySelector('label');
  form.querySelector('#for-other').addEventListener('change', (e) => {
    ageLabel.textContent = `${e.target.checked ? t('site.start.ageOther') : t('site.start.age')} ${t('site.form.optional')}`;
  });

  form.appendChild(total);
  const updateTotal = () => {
    const minutes = [...form.querySelectorAll('input[name="levensgebied"]:checked')]
      .map((i) => levensgebieden.find((lg) => lg.id === i.value)?.estimate?.minutes || 0).reduce((a, b) => a + b, 0);
    total.textContent = minutes ? t('site.start.minutesTotal', { minutes }) : '';
  };
  form.addEventListener('change', updateTotal);
  updateTotal();
  form.appendChild(buttonGroup(button(t('site.start.button'), { type: 'submit', kind: 'primary', id: 'start-button' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitStart(app, route, form);
  });
  nodes.push(form);
  nodes.push(h('p', { class: 'utrecht-paragraph ekw-muted' }, t('site.start.privacy')));
  if (!app.balieActive()) nodes.push(h('p', { class: 'utrecht-paragraph ekw-balie-entry' }, link(t('site.balie.startLink'), '#/balie', { id: 'balie-entry' })));

  app.show({
    title: t('site.start.title'),
    nodes,
    error: Boolean(error),
    focus: summary,
  });
}

// What to expect: free and anonymous, nothing is sent, and how long a topic takes (the engine's estimate from each
// tree's typical path; the range over the topics).
function expectations(app) {
  const t = app.t;
  const minutes = (app.overview.levensgebieden || []).map((lg) => lg.estimate?.minutes).filter(Boolean);
  const low = Math.min(...minutes);
  const high = Math.max(...minutes);
  const time = !minutes.length ? null
    : low === high ? t('site.start.expectTime', { minutes: low }) : t('site.start.expectTimeRange', { low, high });
  return h('section', { class: 'ekw-expect', 'aria-labelledby': 'start-expect' },
    heading(2, t('site.start.expectTitle'), { id: 'start-expect', class: 'utrecht-heading-2 ekw-expect__title' }),
    h('ul', { class: 'utrecht-unordered-list ekw-expect__list' },
      time ? h('li', { class: 'utrecht-unordered-list__item', id: 'start-expect-time' }, time) : null,
      h('li', { class: 'utrecht-unordered-list__item' }, t('site.start.expectFree')),
      h('li', { class: 'utrecht-unordered-list__item' }, t('site.start.expectNothingSent'))));
}

function continueSession(app) {
  const view = app.currentView();
  if (view.done || !view.question) app.go('#/situatie');
  else app.go(`#/vraag/${encodeURIComponent(view.question.id)}`);
}

function submitStart(app, route, form) {
  const t = app.t;
  const levensgebieden = [...form.querySelectorAll('input[name="levensgebied"]:checked')].map((i) => i.value);
  const text = form.querySelector('#start-text').value.trim();
  const forSomeoneElse = form.querySelector('#for-other').checked;
  const wijkSelect = form.querySelector('#start-wijk');
  const wijk = wijkSelect ? wijkSelect.value : '';
  const ageText = form.querySelector('#start-age').value.trim();
  Object.assign(app.state.start, { levensgebieden, text, forSomeoneElse, wijk, age: ageText });
  app.save();
  // The age is only passed on as a whole number of years; anything else is asked again.
  if (ageText && !(/^\d{1,3}$/.test(ageText) && Number(ageText) <= 130)) {
    renderStart(app, route, { error: { field: 'age', message: t('site.start.ageInvalid'), target: 'start-age' } });
    return;
  }

  if (levensgebieden.length === 0) {
    if (!text) {
      renderStart(app, route, {
        error: { field: 'levensgebieden', message: t('site.start.nothingChosen'), target: 'lg-first' },
      });
      return;
    }
    const result = app.call('match', { text });
    const matched = result.levensgebieden || [];
    app.state.start.levensgebieden = matched.map((m) => m.id);
    app.save();
    renderStart(app, route, { matched, match: result });
    // Focus goes to direct help first when the words signal danger, else to what was matched.
    const box = app.main.querySelector('.ekw-urgent h2') || app.main.querySelector('.utrecht-alert');
    if (box) {
      if (!box.hasAttribute('tabindex')) box.setAttribute('tabindex', '-1');
      box.focus();
    }
    return;
  }

  const context = { forSomeoneElse, today: app.today() };
  if (wijk) context.wijk = wijk;
  if (ageText) context.age = Number(ageText);
  const request = { levensgebieden, context };
  if (text) request.text = text;
  const view = app.call('start', request);
  app.state.urgentSeen = [];
  app.state.forms = {};
  app.state.filters = { wijk: wijk || null, query: '' };
  app.setView(view);
  if (view.done || !view.question) app.go('#/situatie');
  else app.go(`#/vraag/${encodeURIComponent(view.question.id)}`);
}
