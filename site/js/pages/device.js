// "Verder op een ander apparaat": a link whose #fragment holds the compressed session, its QR code (npm uqr) and a
// file; the page says plainly that they hold the answers. #/verder?s=... opens such a link: the session is restored
// (the engine keeps what still applies); a damaged or foreign link changes nothing already saved here.

import { h, para, heading, button, buttonGroup, buttonLink, alert, uid, download, formField } from '../dom.js';
import { encode as qrEncode } from '../vendor/uqr.mjs';
import { transferPayload, encodeTransfer, decodeTransfer, checkTransfer, transferLink, TransferError } from '../transfer.js';

// Versions 1-40 at error correction L hold up to 2,953 bytes; a longer link is not offered as a QR code.
const QR_MAX_LENGTH = 2900;

export function renderDevice(app) {
  const t = app.t;
  const nodes = [app.pageHeading(t('site.device.title')), para(t('site.device.intro'), { class: 'utrecht-paragraph utrecht-paragraph--lead' })];
  if (!app.hasSession()) {
    nodes.push(para(t('site.device.nothing')));
  } else {
    nodes.push(alert('warning', para(t('site.device.warning'), { id: 'device-warning' })));
    const linkId = uid('link');
    const linkBox = h('textarea', {
      class: 'utrecht-textarea utrecht-textarea--html-textarea ekw-device__link', id: 'device-link', readonly: true, rows: '4',
      'aria-describedby': 'device-link-hint device-warning',
    });
    const copied = h('p', { class: 'utrecht-paragraph ekw-muted', role: 'status', id: 'device-copied' });
    const qr = h('div', { class: 'ekw-device__qr', id: 'device-qr' });
    nodes.push(
      h('section', { class: 'ekw-device__part', 'aria-labelledby': linkId },
        heading(2, t('site.device.link'), { id: linkId }),
        formField({ id: 'device-link', label: t('site.device.link'), description: t('site.device.linkHint'), control: linkBox }),
        buttonGroup(button(t('site.device.copy'), {
          kind: 'secondary', id: 'device-copy',
          onclick: async () => {
            linkBox.select();
            try {
              await navigator.clipboard.writeText(linkBox.value);
            } catch {
              document.execCommand('copy');
            }
            copied.textContent = t('site.device.copied');
          },
        })), copied),
      h('section', { class: 'ekw-device__part', 'aria-labelledby': `${linkId}-qr` },
        heading(2, t('site.device.qr'), { id: `${linkId}-qr` }), para(t('site.device.qrHint')), qr),
      h('section', { class: 'ekw-device__part', 'aria-labelledby': `${linkId}-file` },
        heading(2, t('site.device.file'), { id: `${linkId}-file` }), para(t('site.device.fileHint')),
        buttonGroup(button(t('site.device.download'), {
          kind: 'secondary', id: 'device-download',
          onclick: () => download(`eigen-krachtwijzer-antwoorden-${app.today()}.json`, JSON.stringify(transferPayload(app), null, 1)),
        }))));
    encodeTransfer(transferPayload(app)).then((encoded) => {
      const url = transferLink(encoded);
      linkBox.value = url;
      linkBox.dataset.length = String(url.length);
      qr.replaceChildren(url.length <= QR_MAX_LENGTH ? qrImage(url, t('site.device.qrAlt')) : para(t('site.device.qrTooLong')));
    });
  }
  nodes.push(openFileField(app));
  app.show({ title: t('site.device.title'), nodes });
}

// The QR code as an SVG image (black modules on white, a quiet zone of two modules), built as DOM and serialised.
function qrImage(text, alt) {
  const { size, data } = qrEncode(text, { ecc: 'L', border: 2 });
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  let d = '';
  for (let y = 0; y < size; y += 1) for (let x = 0; x < size; x += 1) if (data[y][x]) d += `M${x},${y}h1v1h-1z`;
  const modules = document.createElementNS(NS, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  const src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  return h('img', { src, alt, width: '256', height: '256', class: 'ekw-device__qr-image', dataset: { modules: String(size) } });
}

function openFileField(app) {
  const t = app.t;
  const input = h('input', { type: 'file', id: 'device-file', accept: 'application/json,.json', class: 'ekw-file' });
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (!file) return;
    let value = null;
    try {
      value = JSON.parse(await file.text());
    } catch {
      value = null;
    }
    offer(app, () => checkTransfer(app, value));
  });
  return h('section', { class: 'ekw-device__part', 'aria-labelledby': 'device-open-title' },
    heading(2, t('site.device.open'), { id: 'device-open-title' }),
    formField({ id: 'device-file', label: t('site.device.open'), control: input }));
}

// #/verder?s=...: the link is read, then removed from the address bar (and so from the tab's history).
export function renderOpenLink(app, route) {
  const encoded = route.query.get('s') || '';
  history.replaceState(null, '', '#/verder');
  app.show({ title: app.t('site.device.title'), nodes: [app.pageHeading(app.t('site.device.title'))] });
  decodeTransfer(encoded).then((value) => offer(app, () => checkTransfer(app, value)), (e) => offer(app, () => { throw e; }));
}

// Takes over a checked state, asking first when this browser already has answers of its own.
function offer(app, check) {
  const t = app.t;
  let state;
  try {
    state = check();
    const probe = app.callRaw('restore', { session: state.session });
    if (probe.error) throw new TransferError('broken');
  } catch (e) {
    const text = e instanceof TransferError && e.kind === 'foreign' ? t('site.device.foreign', { name: e.message }) : t('site.device.broken');
    showProblem(app, text);
    return;
  }
  if (!app.hasSession() || JSON.stringify(app.state.session) === JSON.stringify(state.session)) {
    adopt(app, state);
    return;
  }
  app.show({
    title: t('site.device.replaceTitle'),
    nodes: [app.pageHeading(t('site.device.replaceTitle')), para(t('site.device.replaceText')),
      buttonGroup(button(t('site.device.replace'), { id: 'device-replace', onclick: () => adopt(app, state) }),
        buttonLink(t('site.device.keep'), '#/', { kind: 'secondary', id: 'device-keep' }))],
  });
}

function adopt(app, state) {
  const { persist } = app.state;
  app.restore({ ...app.state, ...state, version: app.state.version, persist, urgentSeen: [] });
  app.save();
  if (!app.notice) app.notice = { type: 'ok', text: app.t('site.device.opened') };
  app.go('#/');
}

function showProblem(app, text) {
  const t = app.t;
  app.notice = null;
  const box = alert('error', para(text, { id: 'device-problem' }));
  box.setAttribute('role', 'alert');
  app.show({
    title: t('site.device.title'), error: true,
    nodes: [app.pageHeading(t('site.device.title')), box, buttonGroup(buttonLink(t('site.nav.start'), '#/'))],
  });
}
