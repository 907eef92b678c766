// The WebAssembly engine under Node (no browser): the bindings (wasm/bindings.cpp) through the site's wrapper
// (site/js/engine.js) as built into build/site. Under Node the Emscripten loader needs the wasm bytes passed in.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE } from './helpers.mjs';

let Engine;
let EngineError;
let wasmBinary;
let bundleText;
const built = fs.existsSync(path.join(SITE, 'engine/ekw_engine.wasm'));

before(async () => {
  if (!built) return;
  ({ Engine, EngineError } = await import(pathToFileURL(path.join(SITE, 'js/engine.js')).href));
  wasmBinary = fs.readFileSync(path.join(SITE, 'engine/ekw_engine.wasm'));
  bundleText = fs.readFileSync(path.join(SITE, 'content.json'), 'utf8');
});

test('loads the bundle and answers overview, start, answer, back', { skip: !built && 'build/site is not built' }, async () => {
  const engine = await Engine.load('content.json', { bundleText, wasmBinary });
  assert.equal(engine.info.ok, true);
  const overview = engine.call('overview');
  assert.ok(overview.levensgebieden.length > 0);
  assert.ok(overview.content.languages.includes('nl'));
  const lg = overview.levensgebieden[0].id;
  const view = engine.call('start', { levensgebieden: [lg], context: { today: '2026-11-23' } });
  assert.ok(view.question && view.question.id);
  assert.equal(view.canGoBack, false);
  // An empty answer is not a request error: the view carries a Dutch message and the same question.
  const wrong = engine.call('answer', { session: view.session, value: null });
  assert.ok(wrong.answerError && wrong.answerError.message.length > 3);
  assert.equal(wrong.question.id, view.question.id);
  assert.deepEqual(wrong.session, view.session);
  // English messages from the same engine.
  const wrongEn = engine.call('answer', { session: view.session, value: null, language: 'en' });
  assert.notEqual(wrongEn.answerError.message, wrong.answerError.message);
});

test('request errors throw EngineError; the engine keeps working after them', { skip: !built && 'build/site is not built' }, async () => {
  const engine = await Engine.load('content.json', { bundleText, wasmBinary });
  assert.throws(() => engine.call('no-such-method', {}), (e) => e instanceof EngineError && e.code === 'unknown-method');
  assert.throws(() => engine.call('answer', { session: { nonsense: true }, value: 1 }), EngineError);
  const raw = engine.callRaw('start', { levensgebieden: ['does-not-exist'] });
  assert.ok(raw.error);
  assert.ok(engine.call('overview').levensgebieden.length > 0);
});

test('text in and out keeps every character (UTF-8 both ways)', { skip: !built && 'build/site is not built' }, async () => {
  const engine = await Engine.load('content.json', { bundleText, wasmBinary });
  const text = 'Ik heb schulden én zorgen 😟 — “hulp”';
  const result = engine.call('match', { text });
  assert.ok(Array.isArray(result.levensgebieden));
  const names = engine.call('overview', { language: 'nl' }).levensgebieden.map((l) => l.name).join(' ');
  assert.ok(!names.includes('\uFFFD'), 'no replacement characters in names');
});

test('a broken bundle is refused with a reason, not a crash', { skip: !built && 'build/site is not built' }, async () => {
  await assert.rejects(Engine.load('x.json', { bundleText: '{"format":"nope"}', wasmBinary }),
    (e) => e instanceof EngineError && e.code === 'invalid-bundle');
  await assert.rejects(Engine.load('x.json', { bundleText: '{not json', wasmBinary }), EngineError);
  await assert.rejects(Engine.load('x.json', { bundleText: '', wasmBinary }), EngineError);
});

test('many calls in a row (memory is freed after each call)', { skip: !built && 'build/site is not built' }, async () => {
  const engine = await Engine.load('content.json', { bundleText, wasmBinary });
  const lg = engine.call('overview').levensgebieden[0].id;
  let view = engine.call('start', { levensgebieden: [lg] });
  for (let i = 0; i < 3000; i++) view = engine.call('view', { session: view.session });
  assert.ok(view.question);
});
