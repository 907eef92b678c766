// The engine's WebAssembly build in Node (the V8 the site's Chromium runs), on the large synthetic content: loading
// the bundle against JSON.parse of the same text, the wasm heap it grows, and every click of a whole 3-levensgebied
// session timed as the site makes it (JSON.stringify, ekw_call, JSON.parse; site/js/engine.js). Times are CPU time.
// Not a test: it measures and prints.
//
//   build/native/tests/ekw_bench with EKW_WRITE_SYNTHETIC=/tmp/synth    (writes /tmp/synth/content.json)
//   scripts/build-site.sh                                                (build/site: the engine and its glue)
//   node tests/bench/wasm_bench.mjs [/tmp/synth/content.json] [--walks N]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE } from '../browser/helpers.mjs';

const args = process.argv.slice(2);
const bundlePath = args.find((a) => a.endsWith('.json')) || '/tmp/synth/content.json';
const walks = Number(args[args.indexOf('--walks') + 1]) || 5;
const { Engine } = await import(pathToFileURL(path.join(SITE, 'js/engine.js')).href);
const wasmBinary = fs.readFileSync(path.join(SITE, 'engine/ekw_engine.wasm'));
const bundleText = fs.readFileSync(bundlePath, 'utf8');

// CPU time of this process in ms (the machine is shared: wall time would mostly measure the other processes). Node
// runs the JS and the wasm on one thread; its few helper threads (GC) count too, so this is an upper bound.
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fmt = (ms) => (ms >= 10 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);

// 1. Loading: JSON.parse of the text, and the engine's ekw_load_bundle on a fresh module each time (its heap starts
// empty; the text is copied into it first, as site/js/engine.js does, outside the timing).
const { default: createEkwEngine } = await import(pathToFileURL(path.join(SITE, 'engine/ekw_engine.js')).href);
const parse = [], load = [], heap = [];
for (let i = 0; i < 5; i++) {
  let t = cpuMs();
  JSON.parse(bundleText);
  parse.push(cpuMs() - t);
  const m = await createEkwEngine({ wasmBinary });
  const before = m.HEAP8.length;
  const size = m.lengthBytesUTF8(bundleText) + 1;
  const p = m._malloc(size);
  m.stringToUTF8(bundleText, p, size);
  const copied = m.HEAP8.length;
  t = cpuMs();
  const r = m._ekw_load_bundle(p);
  load.push(cpuMs() - t);
  const result = JSON.parse(m.UTF8ToString(r));
  if (!result.ok) throw new Error(`the bundle did not load: ${JSON.stringify(result.error)}`);
  m._ekw_free(r);
  m._free(p);
  heap.push({ before, copied, after: m.HEAP8.length });
}
console.log(`bundle ${(bundleText.length / 1e6).toFixed(2)} MB`);
console.log(`JSON.parse of the bundle text:   p50 ${fmt(quantile(parse, 0.5))}`);
console.log(`engine load of the bundle:       p50 ${fmt(quantile(load, 0.5))} (${(quantile(load, 0.5) / quantile(parse, 0.5)).toFixed(2)}x JSON.parse)`);
const h = heap[0];
console.log(`wasm heap: ${(h.before / 1e6).toFixed(1)} MB empty, ${(h.copied / 1e6).toFixed(1)} MB with the text copied in, ` +
  `${(h.after / 1e6).toFixed(1)} MB after loading (growth by the load ${((h.after - h.copied) / 1e6).toFixed(1)} MB = ` +
  `${((h.after - h.copied) / bundleText.length).toFixed(1)}x the bundle; wasm memory never shrinks, so this is the peak)`);

// 2. Clicks.
const engine = await Engine.load('content.json', { bundleText, wasmBinary });
const overview = engine.call('overview', {});
const lgs = overview.levensgebieden.slice(0, 3).map((l) => l.id);
const hashOf = (s) => { let h = 2166136261; for (const c of Buffer.from(s)) h = Math.imul(h ^ c, 16777619) >>> 0; return h; };
function answerFor(q) { // tests/bench/engine_bench.cpp's answerFor
  const h = hashOf(q.id);
  if (q.type === 'single') return q.options[h % q.options.length].id;
  if (q.type === 'yesno') return h % 3 === 0;
  if (q.type === 'multiple') {
    if (h % 4 === 0) { const ex = q.options.find((o) => o.exclusive); if (ex) return [ex.id]; }
    return q.options.filter((o) => !o.exclusive).slice(0, 2).map((o) => o.id);
  }
  if (q.type === 'number') return h % 100;
  if (q.type === 'postcode') return '2011 AB';
  if (q.type === 'date') return '1950-06-01';
  return 'Het lukt mij niet goed meer alleen.';
}
const clicks = [];
for (let w = 0; w < walks; w++) {
  let view = engine.call('start', { levensgebieden: lgs, context: { wijk: 'wijk-03', age: 70, today: '2026-11-01' } });
  while (!view.done) {
    const t = cpuMs();
    view = engine.call('answer', { session: view.session, value: answerFor(view.question) });
    clicks.push(cpuMs() - t);
  }
}
console.log(`answer to next question (${clicks.length} clicks): p50 ${fmt(quantile(clicks, 0.5))}, p99 ${fmt(quantile(clicks, 0.99))}, max ${fmt(Math.max(...clicks))}`);
