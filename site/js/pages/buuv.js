// A BUUV request (or offer) draft: the engine fills the template with wijk and first name; the resident can edit it,
// copy it, print it, or take it to buuv.nu. Nothing is sent from here.

import { h, para, button, buttonGroup, link, uid, formField, choice } from '../dom.js';

const BUUV_URL = 'https://www.buuv.nu/';

export function renderBuuv(app, route, { focus = null, status = '' } = {}) {
  const t = app.t;
  const templateId = route.parts[0];
  const b = app.state.buuv || (app.state.buuv = { naam: '', kind: 'vraag' });
  const wijk = b.wijk ?? (app.state.filters?.wijk || app.state.start?.wijk || '');
  const request = { template: templateId, kind: b.kind || 'vraag' };
  if (wijk) request.wijk = wijk;
  if (b.naam) request.naam = b.naam;
  let draft = app.callRaw('buuv', request);
  if (draft.error && request.kind !== 'vraag') {
    b.kind = 'vraag';
    draft = app.callRaw('buuv', { ...request, kind: 'vraag' });
  }
  if (draft.error) {
    app.showError(draft.error);
    return;
  }
  const text = b.edited && b.edited[templateId] && b.edited[templateId].base === draft.text
    ? b.edited[templateId].text : draft.text;

  const nodes = [app.pageHeading(`${t('site.buuv.title')}: ${draft.title}`)];
  nodes.push(para(t('site.buuv.intro')));
  nodes.push(h('p', { class: 'utrecht-paragraph ekw-muted' }, t('site.buuv.note')));

  const form = h('form', { class: 'ekw-form ekw-no-print', novalidate: true, id: 'buuv-form' },
    formField({
      id: 'buuv-kind', label: t('site.buuv.kind'), group: true,
      control: h('div', { class: 'ekw-choices ekw-choices--inline' }, ['vraag', 'aanbod'].map((kind) => choice({
        id: `buuv-kind-${kind}`, name: 'kind', value: kind, checked: (b.kind || 'vraag') === kind, label: t(`site.buuv.${kind}`),
      }))),
    }),
    formField({
      id: 'buuv-naam', label: t('site.buuv.naam'),
      control: h('input', { class: 'utrecht-textbox utrecht-textbox--html-input', id: 'buuv-naam', name: 'naam', type: 'text', autocomplete: 'given-name', maxlength: '60', value: b.naam || '' }),
    }),
    (app.overview.wijken || []).length ? formField({
      id: 'buuv-wijk', label: t('site.buuv.wijk'),
      control: app.wijkSelect({ id: 'buuv-wijk', value: wijk, allLabel: t('site.start.wijkUnknown') }),
    }) : null,
    buttonGroup(button(t('site.buuv.update'), { type: 'submit', kind: 'secondary', id: 'buuv-update' })));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    b.kind = form.querySelector('input[name="kind"]:checked')?.value || 'vraag';
    b.naam = form.querySelector('#buuv-naam').value.trim();
    const w = form.querySelector('#buuv-wijk');
    if (w) b.wijk = w.value;
    app.save();
    renderBuuv(app, route, { focus: 'text' });
  });
  nodes.push(form);

  const textId = 'buuv-text';
  const hintId = uid('buuv-hint');
  const textarea = h('textarea', {
    class: 'utrecht-textarea utrecht-textarea--html-textarea ekw-buuv__text', id: textId, rows: '8',
    'aria-describedby': hintId, value: text,
  });
  const printCopy = h('div', { class: 'ekw-print-only ekw-buuv__print' }, text);
  textarea.addEventListener('input', () => {
    printCopy.textContent = textarea.value;
    b.edited = { ...(b.edited || {}), [templateId]: { base: draft.text, text: textarea.value } };
    app.save();
  });
  const statusNode = h('p', { class: 'utrecht-paragraph ekw-status', role: 'status', id: 'buuv-status' }, status);
  nodes.push(formField({
    id: textId, label: t('site.buuv.text'), description: t('site.buuv.textHint'), descriptionId: hintId, extra: 'ekw-no-print', control: textarea,
  }));
  nodes.push(printCopy);
  nodes.push(h('div', { class: 'ekw-no-print' },
    buttonGroup(
      button(t('site.buuv.copy'), {
        kind: 'primary', id: 'buuv-copy',
        onclick: async () => {
          let ok = false;
          try {
            await navigator.clipboard.writeText(textarea.value);
            ok = true;
          } catch {
            textarea.focus();
            textarea.select();
            try { ok = document.execCommand('copy'); } catch { ok = false; }
          }
          statusNode.textContent = ok ? t('site.buuv.copied') : t('site.buuv.copyFailed');
        },
      }),
      button(t('site.buuv.print'), { kind: 'secondary', id: 'buuv-print', onclick: () => window.print() })),
    statusNode,
    h('p', { class: 'utrecht-paragraph' }, link(t('site.buuv.go'), BUUV_URL, { rel: 'noopener noreferrer external', target: '_blank', id: 'buuv-go' })),
    h('p', { class: 'utrecht-paragraph' }, link(t('site.buuv.back'), '#/advies'))));

  app.show({ title: `${t('site.buuv.title')}: ${draft.title}`, nodes, focus: focus === 'text' ? textarea : null });
}
