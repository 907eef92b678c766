// Benchmarks of the resident website in Debian's headless chromium (not a test: it measures and prints).
//
//   node tests/browser/bench.mjs [--runs N]
//
// 1. Time to first question on a cold load from localhost: a new browser profile (empty cache) opens the site; time
//    from navigation start until the start page is drawn (engine + content loaded), plus choosing a levensgebied and
//    "Start" until the first question is on the page.
// 2. Answer to next question in the page: "Verder" clicked until the next question is in the DOM.
// 3. Sociale-kaart search over 10,000 services: the Haarlem bundle plus 10,000 synthetic services (deterministic),
//    served as its own site; search box submitted until the result cards are in the DOM, and the engine call alone.
//
// Needs build/site (scripts/build-site.sh). Writes build/bench-site.json.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, SITE, launch } from './helpers.mjs';
import { createServer } from '../../scripts/serve-static.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const BENCH_SITE = path.join(ROOT, 'build/site-bench');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const range = (xs) => `${fmt(median(xs))} (min ${fmt(Math.min(...xs))}, max ${fmt(Math.max(...xs))}, n=${xs.length})`;

// --- the 10,000-service bundle -----------------------------------------------------------------------------------------
function rng(seed) {
  let s = BigInt(seed);
  return () => { // splitmix64
    s = (s + 0x9E3779B97F4A7C15n) & 0xFFFFFFFFFFFFFFFFn;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & 0xFFFFFFFFFFFFFFFFn;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & 0xFFFFFFFFFFFFFFFFn;
    return Number((z ^ (z >> 31n)) & 0xFFFFFFFn) / 0x10000000;
  };
}

export function syntheticBundle(baseBundle, count = 10000) {
  const bundle = JSON.parse(JSON.stringify(baseBundle));
  const manifest = bundle.files['manifest.json'];
  const wijken = (manifest.wijken || []).map((w) => w.id);
  const lgs = bundle.files[manifest.levensgebieden].levensgebieden.map((l) => l.id);
  const groups = (manifest.targetGroups || []).map((g) => g.id);
  const words = ['hulp', 'advies', 'buurt', 'ouderen', 'jongeren', 'schulden', 'eten', 'vervoer', 'koken', 'wandelen',
    'taal', 'computer', 'sport', 'muziek', 'tuin', 'klussen', 'gezelschap', 'zorg', 'werk', 'school', 'geld', 'wonen',
    'gezondheid', 'bewegen', 'koffie', 'spreekuur', 'inloop', 'vrijwilligers', 'mantelzorg', 'opvoeding'];
  const r = rng(20261123);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const organizations = [];
  const services = [];
  for (let o = 0; o < count / 10; o++) {
    organizations.push({ id: `bench-org-${o}`, name: `Organisatie ${o} ${pick(words)}`, website: `https://example.org/${o}`,
      sources: ['bench'] });
  }
  for (let i = 0; i < count; i++) {
    const a = pick(words);
    const b = pick(words);
    const kind = i % 3;
    services.push({
      id: `bench-svc-${i}`,
      organization: `bench-org-${Math.floor(i / 10)}`,
      name: { nl: `${a[0].toUpperCase()}${a.slice(1)} en ${b} ${i}` },
      description: { nl: `Dienst ${i}: ${a}, ${b} en ${pick(words)} voor mensen in de wijk. Kom langs of bel ons.` },
      levensgebieden: r() < 0.5 ? [pick(lgs)] : [pick(lgs), pick(lgs)].filter((x, k, xs) => xs.indexOf(x) === k),
      rung: 3 + Math.floor(r() * 5),
      level: r() < 0.8 ? 'algemeen' : 'maatwerk',
      indicatie: r() < 0.2,
      targetGroups: r() < 0.5 ? [pick(groups)] : [],
      wijken: kind === 0 || wijken.length === 0 ? [] : [pick(wijken)],
      keywords: [pick(words), pick(words)],
      phones: [{ number: `023 ${String(1000000 + i).slice(1, 4)} ${String(1000000 + i).slice(4)}` }],
      sources: ['bench'],
    });
  }
  bundle.files['sociale-kaart/bench-organisaties.json'] = { organizations };
  bundle.files['sociale-kaart/bench-diensten.json'] = { services };
  manifest.socialeKaart = [...(manifest.socialeKaart || []), 'sociale-kaart/bench-organisaties.json', 'sociale-kaart/bench-diensten.json'];
  return bundle;
}

function makeBenchSite() {
  fs.rmSync(BENCH_SITE, { recursive: true, force: true });
  fs.cpSync(SITE, BENCH_SITE, { recursive: true });
  const base = JSON.parse(fs.readFileSync(path.join(SITE, 'content.json'), 'utf8'));
  const text = JSON.stringify(syntheticBundle(base, 10000));
  fs.writeFileSync(path.join(BENCH_SITE, 'content.json'), text);
  return { bytes: text.length, gzip: zlib.gzipSync(text, { level: 9 }).length };
}

async function serve(root) {
  const server = createServer(root);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

async function main() {
  if (!fs.existsSync(path.join(SITE, 'index.html'))) throw new Error('build/site is missing: run scripts/build-site.sh');
  const results = {};
  const site = await serve(SITE);
  const bench = makeBenchSite();
  const benchSite = await serve(BENCH_SITE);
  const contentId = JSON.parse(fs.readFileSync(path.join(SITE, 'content.json'), 'utf8')).files['manifest.json'].id;
  console.log(`site: build/site (content ${contentId}); bench bundle: ${(bench.bytes / 1024).toFixed(0)} KB (${(bench.gzip / 1024).toFixed(0)} KB gzip)`);

  // 1. cold load to first question.
  const ready = [];
  const startToQuestion = [];
  const total = [];
  const answerTimes = [];
  const engineAnswer = [];
  for (let i = 0; i < runs; i++) {
    const b = await launch({ viewport: { width: 390, height: 844 } });
    try {
      const page = b.context.pages()[0] || await b.context.newPage();
      await page.goto(site.url);
      await page.waitForSelector('html[data-ekw-ready="true"]');
      const r = await page.evaluate(() => window.ekwReadyAt);
      await page.locator('input[name="levensgebied"]').first().check();
      const s = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('form.ekw-question')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.getElementById('inhoud'), { childList: true, subtree: true });
        document.getElementById('start-button').click();
      }));
      ready.push(r);
      startToQuestion.push(s);
      total.push(r + s);
      // 2. answer to next question (first option / a number / text), a few in a row.
      for (let k = 0; k < 4; k++) {
        const type = await page.getAttribute('form.ekw-question', 'data-type').catch(() => null);
        if (!type) break;
        const q = await page.getAttribute('form.ekw-question', 'data-question');
        if (type === 'single' || type === 'yesno') await page.locator('form.ekw-question input[type="radio"]').first().check();
        else if (type === 'multiple') await page.locator('form.ekw-question input[type="checkbox"]').first().check();
        else if (type === 'number') await page.fill(`#q-${q}`, '2');
        else if (type === 'date') {
          await page.fill(`#q-${q}-day`, '1'); await page.fill(`#q-${q}-month`, '1'); await page.fill(`#q-${q}-year`, '2020');
        } else if (type === 'postcode') await page.fill(`#q-${q}`, '2011AB');
        else await page.fill(`#q-${q}`, 'Test');
        const ms = await page.evaluate((before) => new Promise((resolve) => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            const f = document.querySelector('form.ekw-question');
            if ((f && f.dataset.question !== before) || location.hash.startsWith('#/situatie')) {
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          });
          observer.observe(document.getElementById('inhoud'), { childList: true, subtree: true, attributes: true });
          document.getElementById('ekw-next').click();
        }), q);
        answerTimes.push(ms);
      }
      // The engine call alone (the same "answer" the page makes), on the current session.
      const e = await page.evaluate(() => {
        const app = window.ekwApp;
        const view = app.view;
        if (!view || !view.question) return [];
        const q = view.question;
        const value = q.type === 'multiple' ? [q.options[0].id] : q.type === 'yesno' ? true : q.options?.[0]?.id ?? '2';
        const times = [];
        for (let n = 0; n < 20; n++) {
          const t0 = performance.now();
          app.engine.call('answer', { session: view.session, value });
          times.push(performance.now() - t0);
        }
        return times;
      });
      engineAnswer.push(...e);
    } finally {
      await b.close();
    }
  }
  results.coldLoad = { readyMs: median(ready), startToQuestionMs: median(startToQuestion), firstQuestionMs: median(total) };
  results.answerToNextQuestionMs = median(answerTimes);
  results.engineAnswerCallMs = median(engineAnswer);
  console.log(`cold load, start page drawn:            ${range(ready)}`);
  console.log(`  + choose and "Start" to first question: ${range(startToQuestion)}`);
  console.log(`time to first question (cold):          ${range(total)}`);
  console.log(`answer to next question in the page:    ${range(answerTimes)}`);
  console.log(`  the engine's "answer" call alone:     ${range(engineAnswer)}`);

  // 3. sociale-kaart search over 10,000 services.
  const b = await launch({ viewport: { width: 1280, height: 900 } });
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    await page.goto(`${benchSite.url}#/sociale-kaart`);
    await page.waitForSelector('html[data-ekw-ready="true"]');
    const loadMs = await page.evaluate(() => window.ekwReadyAt);
    const total10k = Number(await page.getAttribute('.ekw-results__count', 'data-total'));
    const queries = ['schulden', 'koffie inloop', 'vervoer', 'taal computer', 'hulp', 'mantelzorg advies', 'sport', 'tuin klussen'];
    const uiTimes = [];
    const counts = {};
    for (const q of queries) {
      await page.fill('#services-query', q);
      const ms = await page.evaluate(() => new Promise((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (document.activeElement?.classList.contains('ekw-results__count')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.getElementById('inhoud'), { childList: true, subtree: true });
        document.getElementById('services-search').click();
      }));
      uiTimes.push(ms);
      counts[q] = Number(await page.getAttribute('.ekw-results__count', 'data-total'));
      await page.waitForTimeout(20);
    }
    const engineTimes = await page.evaluate((qs) => {
      const app = window.ekwApp;
      const times = [];
      for (let round = 0; round < 5; round++) {
        for (const q of qs) {
          const t0 = performance.now();
          app.engine.call('services', { query: q, limit: 30 });
          times.push(performance.now() - t0);
        }
      }
      return times;
    }, queries);
    results.search10k = { services: total10k, bundleLoadMs: loadMs, searchInPageMs: median(uiTimes), engineSearchMs: median(engineTimes), counts };
    console.log(`10,000-service bundle: start page drawn in ${fmt(loadMs)} (cold); ${total10k} services in the sociale kaart`);
    console.log(`sociale-kaart search, submit to results: ${range(uiTimes)}`);
    console.log(`  the engine's "services" call alone:   ${range(engineTimes)}`);
    console.log(`  results per query: ${Object.entries(counts).map(([q, n]) => `${q}=${n}`).join(', ')}`);
  } finally {
    await b.close();
  }

  const engineDir = path.join(SITE, 'engine');
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(engineDir, f)), { level: 9 }).length;
  results.engineGzipBytes = { wasm: gz('ekw_engine.wasm'), glue: gz('ekw_engine.js') };
  console.log(`engine gzip: wasm ${results.engineGzipBytes.wasm} + glue ${results.engineGzipBytes.glue} bytes`);
  results.measuredAt = new Date().toISOString();
  fs.writeFileSync(path.join(ROOT, 'build/bench-site.json'), `${JSON.stringify(results, null, 2)}\n`);
  await site.close();
  await benchSite.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
