// Carrying a session to another device without a server: the state as compressed JSON in a link's #fragment (a
// fragment is never sent to a server), or as a file. Compression is the browser's own (CompressionStream,
// deflate-raw); the text is base64url, so it survives being pasted into a message.

export const TRANSFER_FORMAT = 'ekw-transfer/1';

export class TransferError extends Error {
  constructor(kind, detail) {
    super(detail || kind);
    this.kind = kind; // 'broken' (unreadable) or 'foreign' (another content); detail names the other content
  }
}

// What travels: the session and what the resident typed around it, never the local-only flags.
export function transferPayload(app) {
  const s = app.state;
  return {
    format: TRANSFER_FORMAT,
    content: { id: app.overview?.content?.id, version: app.overview?.content?.version, name: app.overview?.content?.name },
    state: { session: s.session, start: s.start, forms: s.forms, filters: s.filters, questionTexts: s.questionTexts },
  };
}

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new TransferError('broken');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function encodeTransfer(payload) {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
}

export async function decodeTransfer(text) {
  let json;
  try {
    const bytes = await pipe(fromBase64Url(text), new DecompressionStream('deflate-raw'));
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw e instanceof TransferError ? e : new TransferError('broken');
  }
  return json;
}

// Checks a decoded link or an opened file and returns the state to restore. A dossier file (the JSON download for a
// social worker) carries a session too, and is accepted.
export function checkTransfer(app, value) {
  if (!value || typeof value !== 'object') throw new TransferError('broken');
  let content;
  let state;
  if (value.format === TRANSFER_FORMAT && value.state && typeof value.state === 'object') {
    content = value.content || {};
    state = value.state;
  } else if (value.format === 'ekw-dossier/1' && value.session) {
    content = value.content || {};
    state = { session: value.session, forms: value.forms || {} };
  } else {
    throw new TransferError('broken');
  }
  const own = app.overview?.content?.id;
  if (content.id && own && content.id !== own) throw new TransferError('foreign', content.name || content.id);
  if (!state.session || typeof state.session !== 'object') throw new TransferError('broken');
  return state;
}

export function transferLink(encoded) {
  return `${location.origin}${location.pathname}#/verder?s=${encoded}`;
}
