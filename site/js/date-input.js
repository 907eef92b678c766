// The GOV.UK date pattern: day, month and year as three short text inputs (never a date picker), used by the
// question pages and the forms alike. The engine checks the date; this only splits and joins the parts.

import { h } from './dom.js';

// The three inputs for a value: "YYYY-MM-DD", {y, m, d} (what was typed, kept after an error) or nothing.
export function dateControls(app, inputId, prior, invalid, { describedBy = null } = {}) {
  const t = app.t;
  let [y, m, d] = ['', '', ''];
  if (typeof prior === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(prior);
    if (match) [y, m, d] = [match[1], String(Number(match[2])), String(Number(match[3]))];
    else if (prior.startsWith('{')) {
      try { ({ y, m, d } = JSON.parse(prior)); } catch { /* ignore */ }
    }
  } else if (prior && typeof prior === 'object') {
    ({ y = '', m = '', d = '' } = prior);
  }
  const part = (key, label, value, size) => h('div', { class: 'ekw-date__part' },
    h('label', { class: 'utrecht-form-label', for: `${inputId}-${key}` }, label),
    h('input', {
      class: ['utrecht-textbox utrecht-textbox--html-input ekw-date__input', `ekw-date__input--${key}`, invalid && 'utrecht-textbox--invalid'],
      id: `${inputId}-${key}`, name: `${inputId}-${key}`, inputmode: 'numeric', maxlength: String(size),
      value, 'aria-invalid': invalid ? 'true' : null, 'aria-describedby': describedBy,
    }));
  return h('div', { class: 'ekw-date' },
    part('day', t('site.question.day'), d, 2),
    part('month', t('site.question.month'), m, 2),
    part('year', t('site.question.year'), y, 4));
}

// The typed date as "YYYY-MM-DD" (the engine says whether it is a real date), or null when all parts are empty.
export function readDate(root, inputId) {
  const get = (k) => root.querySelector(`#${CSS.escape(`${inputId}-${k}`)}`).value.trim();
  const [d, m, y] = [get('day'), get('month'), get('year')];
  if (!d && !m && !y) return null;
  const pad = (s) => (/^\d$/.test(s) ? `0${s}` : s);
  return `${y}-${pad(m)}-${pad(d)}`;
}

// What was typed, part by part, to show again after an error.
export function typedDate(root, inputId) {
  const get = (k) => root.querySelector(`#${CSS.escape(`${inputId}-${k}`)}`).value;
  return { d: get('day'), m: get('month'), y: get('year') };
}
