// Building DOM safely: every string becomes a text node or an attribute value, never markup. The site never parses
// HTML from strings (tests/browser/static.test.mjs checks); content and what residents type are shown as text.

const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'open', 'indeterminate', 'defaultValue']);

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') {
        el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
      } else if (key === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2).toLowerCase(), value);
      } else if (PROPERTIES.has(key)) {
        el[key] = value;
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
  return el;
}

// Paragraphs from a text with blank lines or line breaks between them.
export function paragraphs(text, className = 'utrecht-paragraph') {
  if (!text) return [];
  return String(text).split(/\n{2,}/).map((block) => {
    const p = h('p', { class: className });
    block.split('\n').forEach((line, i) => {
      if (i > 0) p.appendChild(h('br'));
      p.appendChild(document.createTextNode(line));
    });
    return p;
  });
}

let idCounter = 0;
export function uid(prefix = 'ekw') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

// Utrecht component markup used on several pages.
export function button(label, { kind = 'primary', type = 'button', ...rest } = {}) {
  const cls = {
    primary: 'utrecht-button utrecht-button--primary-action',
    secondary: 'utrecht-button utrecht-button--secondary-action',
    subtle: 'utrecht-button utrecht-button--subtle',
    danger: 'utrecht-button utrecht-button--primary-action utrecht-button--danger',
  }[kind];
  return h('button', { class: [cls, type === 'submit' && 'utrecht-button--submit'], type, ...rest }, label);
}

export function link(label, href, extra = {}) {
  return h('a', { class: 'utrecht-link utrecht-link--html-a', href, ...extra }, label);
}

export function buttonLink(label, href, { kind = 'primary', ...rest } = {}) {
  const cls = kind === 'primary'
    ? 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action'
    : 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action';
  return h('a', { class: cls, href, ...rest }, label);
}

export function heading(level, text, extra = {}) {
  return h(`h${level}`, { class: `utrecht-heading-${level}`, ...extra }, text);
}

export function para(text, extra = {}) {
  return h('p', { class: 'utrecht-paragraph', ...extra }, text);
}

export function alert(type, ...children) {
  return h('div', { class: `utrecht-alert utrecht-alert--${type}` },
    h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message' }, ...children)));
}

export function buttonGroup(...children) {
  return h('div', { class: 'utrecht-button-group ekw-button-group' }, ...children);
}

// An Utrecht form field: the one place for the markup of a label (or a group's legend), its description, its error
// message, and the aria-describedby that ties them to the control.
//   formField({ id, label, control, description, error, ... })
// id: the control's id (the label's `for`; the description and error take `${id}-hint` and `${id}-error` unless
//     descriptionId / errorId say otherwise). label: text or nodes; `labelNode` replaces the label element (e.g. a
//     question's h1 holding it). control: a node, or a function ({ describedBy, invalid }) => node(s) that puts
//     describedBy on its input. group: a fieldset whose legend names several controls (radios, checkboxes, a date);
//     the fieldset then carries aria-describedby. describedBy: ids of other texts that describe the control (a
//     prefill note), read after the description; `notes`: those nodes, shown after the description. kind: the Utrecht modifier of
//     the field ('text', 'checkbox'); extra: more classes; dataset and hidden go on the field.
export function formField({
  id, label, labelNode = null, control, description = null, descriptionId = null, error = null, errorId = null,
  group = false, legendClass = null, labelClass = null, kind = null, extra = null, describedBy = [], notes = [],
  dataset = undefined, hidden = undefined,
}) {
  const hintId = description ? (descriptionId || `${id}-hint`) : null;
  const errId = error ? (errorId || `${id}-error`) : null;
  const ids = [hintId, ...describedBy, errId].filter(Boolean).join(' ') || null;
  const invalid = Boolean(error);
  const hint = description ? h('div', { class: 'utrecht-form-field-description', id: hintId }, description) : null;
  const err = error ? h('div', { class: 'utrecht-form-field-error-message', id: errId }, error) : null;
  const controls = typeof control === 'function' ? control({ describedBy: group ? null : ids, invalid }) : control;
  const fieldClass = ['utrecht-form-field', kind && `utrecht-form-field--${kind}`, invalid && 'utrecht-form-field--invalid', extra];
  if (group) {
    return h('div', { class: fieldClass, dataset, hidden },
      h('fieldset', { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', 'aria-describedby': ids },
        h('legend', { class: ['utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend', legendClass] }, labelNode || label),
        hint, notes, err, controls));
  }
  return h('div', { class: fieldClass, dataset, hidden },
    labelNode || h('label', { class: ['utrecht-form-label', labelClass], for: id }, label), hint, notes, err, controls);
}

// One radio button or checkbox with its label (and a description of its own) in a group of choices.
//   choice({ type: 'radio' | 'checkbox', id, name, value, checked, label, description, extra, ...input attributes })
export function choice({ type = 'radio', id, label, description = null, extra = null, ...input }) {
  const descId = description ? `${id}-desc` : null;
  const box = type === 'checkbox'
    ? 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom ekw-checkbox'
    : 'utrecht-radio-button utrecht-radio-button--html-input ekw-radio';
  return h('div', { class: ['utrecht-form-field', `utrecht-form-field--${type}`, 'ekw-choice', extra] },
    h('input', { class: box, type, id, 'aria-describedby': descId, ...input }),
    h('label', { class: ['utrecht-form-label', `utrecht-form-label--${type}`], for: id }, label),
    description ? h('div', { class: 'utrecht-form-field-description ekw-choice__hint', id: descId }, description) : null);
}

// GOV.UK-style error summary: a heading and a list of links to the fields. The caller focuses it.
export function errorSummary(title, errors) {
  const headingId = uid('error-summary-title');
  const box = h('div', { class: 'ekw-error-summary', tabindex: '-1', 'aria-labelledby': headingId, role: 'group' },
    h('h2', { class: 'utrecht-heading-2', id: headingId }, title),
    h('ul', { class: 'utrecht-unordered-list ekw-error-summary__list' },
      errors.map((e) => h('li', { class: 'utrecht-unordered-list__item' },
        e.target
          ? h('a', {
            class: 'utrecht-link utrecht-link--html-a',
            href: `#${e.target}`,
            onclick: (event) => {
              event.preventDefault();
              const field = document.getElementById(e.target);
              if (field) {
                field.focus();
                field.scrollIntoView({ block: 'center' });
              }
            },
          }, e.message)
          : e.message))));
  return box;
}

export function download(filename, text, mime = 'application/json') {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, class: 'ekw-hidden' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Web addresses (http and https only), each once: "http://www.buuv.nu" and "http://www.buuv.nu/" are one address.
export function uniqueUrls(urls) {
  const seen = new Set();
  return urls.filter((u) => {
    if (!u || !/^https?:\/\//i.test(u)) return false;
    const key = u.toLowerCase().replace(/\/+$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
