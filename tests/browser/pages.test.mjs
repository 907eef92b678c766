// Every kind of page, one by one: axe-core (WCAG 2.1 A/AA), the language switch kept across pages and reloads, rung-0
// help at the top, "Opslaan en later verder" and "Wis mijn gegevens", the sociale kaart search, error summaries that
// take focus and link to the field, the browser's back button, typed text shown as text, and no request that leaves
// the origin. Runs on the content the build uses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, serveSite, withPage, noViolations } from './helpers.mjs';

const site = serveSite();

const firstLevensgebied = () => site.content.bundle.files[site.content.manifest.levensgebieden].levensgebieden[0].id;

async function startWith(page, levensgebied) {
  await page.click(`label[for="${await page.getAttribute(`input[name="levensgebied"][value="${levensgebied}"]`, 'id')}"]`);
  await page.click('#start-button');
  await page.waitForSelector('form.ekw-question');
}

async function questionId(page) {
  return page.evaluate(() => document.querySelector('form.ekw-question')?.dataset.question || null);
}

// Picks an answer the engine accepts for the question on the page (the first option, or a plain value).
async function answerSomething(page) {
  const q = await questionId(page);
  const type = await page.getAttribute('form.ekw-question', 'data-type');
  if (type === 'single' || type === 'yesno') await page.locator('form.ekw-question input[type="radio"]').last().check();
  else if (type === 'multiple') await page.locator('form.ekw-question input[type="checkbox"]').first().check();
  else if (type === 'date') {
    await page.fill(`#q-${q}-day`, '1');
    await page.fill(`#q-${q}-month`, '2');
    await page.fill(`#q-${q}-year`, '2020');
  } else if (type === 'number') await page.fill(`#q-${q}`, '2');
  else if (type === 'postcode') await page.fill(`#q-${q}`, '2011 AB');
  else await page.fill(`#q-${q}`, 'Test');
  await page.click('#ekw-next');
  await page.waitForFunction((before) => (document.querySelector('form.ekw-question')?.dataset.question || null) !== before
    || document.querySelector('.ekw-error-summary'), q);
  assert.equal(await page.locator('.ekw-error-summary').count(), 0, `answer to ${q} accepted`);
  return q;
}

test('the server sends a strict Content-Security-Policy and the right MIME types', async () => {
  const index = await fetch(site.baseUrl);
  const csp = index.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  assert.match(csp, /default-src 'none'/);
  assert.equal((await fetch(`${site.baseUrl}engine/ekw_engine.wasm`)).headers.get('content-type'), 'application/wasm');
  assert.match((await fetch(`${site.baseUrl}js/app.js`)).headers.get('content-type'), /^text\/javascript/);
  assert.match((await fetch(`${site.baseUrl}content.json`)).headers.get('content-type'), /^application\/json/);
  assert.equal((await fetch(`${site.baseUrl}../../etc/passwd`)).status, 404);
});

test('start page: axe, an error summary that takes focus and links to the field, English kept across pages and reloads', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await noViolations(page, 'start', t);
    // Nothing chosen: the error summary takes focus and its link goes to the first checkbox.
    await page.click('#start-button');
    await page.waitForSelector('.ekw-error-summary');
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('ekw-error-summary')));
    assert.match(await page.title(), /^Fout: /);
    await noViolations(page, 'start with error', t);
    await page.click('.ekw-error-summary a');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'levensgebied');
    await screenshot(page, 'start-error');

    // English, from the content's translations.
    await page.click('#ekw-lang a[hreflang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.textContent('h1'), 'What would you like help with?');
    await noViolations(page, 'start (English)', t);
    await screenshot(page, 'start-en');
    await page.click('a[data-route="sociale-kaart"]');
    await page.waitForSelector('main[data-page="sociale-kaart"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.reload();
    await page.waitForSelector('html[data-ekw-ready="true"]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English after a reload');
    assert.equal(await page.textContent('h1'), 'Local services');
    // A question in English too, when the content translates it.
    await page.click('a[data-route="start"]');
    await startWith(page, firstLevensgebied());
    const question = await page.textContent('h1');
    t.diagnostic(`first question in English: ${question}`);
    assert.equal(await page.textContent('#ekw-next'), 'Continue');
    await page.click('#ekw-lang a[hreflang="nl"]');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    assert.equal(await page.textContent('#ekw-next'), 'Verder');
  });
});

test('question page: error summary and field message in Dutch, "Waarom vragen we dit?", "Vorige" without history entries', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    const entries = await page.evaluate(() => history.length);
    await startWith(page, firstLevensgebied());
    const q1 = await questionId(page);
    await page.click('#ekw-next');
    await page.waitForSelector('.ekw-error-summary');
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('ekw-error-summary')), 'focus on the error summary');
    const message = (await page.textContent('.ekw-error-summary a')).trim();
    assert.ok(message.length > 3);
    assert.equal((await page.textContent('.utrecht-form-field-error-message')).trim(), message, 'the same message at the field');
    assert.match(await page.title(), /^Fout: /);
    await noViolations(page, 'question with error', t);
    await screenshot(page, 'question-error');
    await page.click('.ekw-error-summary a');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'INPUT');

    if (await page.locator('details.ekw-details').count()) {
      await page.click('details.ekw-details summary');
      assert.ok(await page.locator('details.ekw-details').evaluate((d) => d.open));
      await noViolations(page, 'question with "Waarom vragen we dit?" open', t);
    }

    await answerSomething(page);
    const q2 = await questionId(page);
    assert.notEqual(q2, q1);
    // "Vorige" goes to the previous question, with its answer. The visit stays one history entry (issue 11 item 9:
    // "Snel weg" leaves no step of the visit in the tab's history), so going back is the page's own button.
    assert.equal(await page.evaluate(() => history.length), entries, 'moving between questions adds no history entry');
    await page.click('#ekw-back');
    await page.waitForFunction((q) => document.querySelector('form.ekw-question')?.dataset.question === q, q1);
    assert.ok(await page.locator('form.ekw-question input:checked').count() > 0
      || (await page.locator('form.ekw-question input[type="text"], form.ekw-question textarea').first().inputValue()) !== '',
    'the earlier answer is shown');
  });
});

test('rung-0 help is shown at the top as soon as a safety answer triggers it, and takes focus', async (t) => {
  // Find, in the content, an option whose facts a rung-0 advice reads.
  const files = site.content.bundle.files;
  let pick = null;
  const urgentFacts = [];
  for (const file of site.content.manifest.advice) {
    for (const a of files[file].advice) {
      if (a.rung === 0 && a.when) {
        const m = JSON.stringify(a.when).match(/"facts\.([a-z0-9_-]+)"/g) || [];
        urgentFacts.push(...m.map((x) => x.slice(7, -1)));
      }
    }
  }
  for (const file of site.content.manifest.trees) {
    const tree = files[file];
    const first = tree.nodes.find((n) => n.id === tree.start);
    for (const o of first?.options || []) {
      if (Object.keys(o.facts || {}).some((f) => urgentFacts.includes(f))) pick = { levensgebied: tree.levensgebied, node: first, option: o.id };
    }
  }
  if (!pick) {
    t.skip('the content has no first question that triggers rung-0 help');
    return;
  }
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await startWith(page, pick.levensgebied);
    assert.equal(await questionId(page), pick.node.id);
    assert.equal(await page.locator('.ekw-urgent').count(), 0);
    const value = pick.node.type === 'yesno' ? pick.option : pick.option;
    await page.locator(`form.ekw-question input[value="${value}"]`).check();
    await page.click('#ekw-next');
    await page.waitForSelector('.ekw-urgent');
    // Above the question, and focus went there first.
    assert.ok(await page.evaluate(() => {
      const u = document.querySelector('.ekw-urgent');
      const h1 = document.querySelector('h1');
      return Boolean(u.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), 'urgent help comes before the question');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.ekw-urgent') !== null), true);
    await noViolations(page, 'question with urgent help', t);
    await screenshot(page, 'urgent');
  });
});

test('"Opslaan en later verder" keeps the answers in this browser; "Wis mijn gegevens" removes everything', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page, browser }) => {
    await startWith(page, firstLevensgebied());
    await answerSomething(page);
    const where = await questionId(page);
    await page.click('a[href="#/opslaan"]');
    await page.waitForSelector('main[data-page="opslaan"]');
    await noViolations(page, 'opslaan', t);
    await screenshot(page, 'opslaan');
    assert.ok(await page.evaluate(() => Boolean(localStorage.getItem('ekw.state.v1'))), 'saved in localStorage');

    // A new tab (as after closing the browser: sessionStorage is gone, localStorage stays).
    const tab = await browser.context.newPage();
    await tab.goto(site.baseUrl);
    await tab.waitForSelector('html[data-ekw-ready="true"]');
    await tab.waitForSelector('.ekw-resume');
    await noViolations(tab, 'start with resume', t);
    await tab.click('.ekw-resume button.utrecht-button--primary-action');
    await tab.waitForFunction((q) => document.querySelector('form.ekw-question')?.dataset.question === q, where);

    await tab.click('a[href="#/wissen"]');
    await tab.waitForSelector('#clear-confirm');
    await noViolations(tab, 'wissen', t);
    await tab.click('#clear-confirm');
    await tab.waitForSelector('main[data-page="start"]');
    assert.ok((await tab.textContent('main')).length > 0);
    const left = await tab.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(left, { local: 0, session: 0 }, 'nothing left in the browser');
    await noViolations(tab, 'start after wissen', t);
    await tab.close();
  });
});

test('sociale kaart: search and wijk filter by the engine; privacy page; unknown route', async (t) => {
  await withPage(site.baseUrl, { hash: '#/sociale-kaart', viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    await page.waitForSelector('main[data-page="sociale-kaart"]');
    const all = Number(await page.getAttribute('.ekw-results__count', 'data-total'));
    assert.ok(all > 0, 'the sociale kaart has services');
    await noViolations(page, 'sociale-kaart', t);
    const services = site.content.bundle.files;
    const word = (() => {
      for (const f of site.content.manifest.socialeKaart || []) {
        for (const s of services[f].services || []) {
          const name = typeof s.name === 'string' ? s.name : s.name.nl;
          const w = name.split(/\s+/).find((x) => x.length > 5);
          if (w) return w.toLowerCase();
        }
      }
      return 'hulp';
    })();
    await page.fill('#services-query', word);
    await page.click('#services-search');
    await page.waitForFunction(() => document.activeElement?.classList.contains('ekw-results__count'));
    const found = Number(await page.getAttribute('.ekw-results__count', 'data-total'));
    t.diagnostic(`search "${word}": ${found} of ${all}`);
    assert.ok(found > 0 && found <= all);
    await screenshot(page, 'sociale-kaart-search');
    if (await page.locator('#services-wijk option').count() > 1) {
      await page.selectOption('#services-wijk', { index: 1 });
      await page.click('#services-search');
      await page.waitForFunction(() => location.hash.includes('wijk='));
    }

    await page.goto(`${site.baseUrl}#/privacy`);
    await page.waitForSelector('main[data-page="privacy"]');
    await noViolations(page, 'privacy', t);
    await page.goto(`${site.baseUrl}#/bestaat-niet`);
    await page.waitForSelector('main[data-page="bestaat-niet"]');
    await noViolations(page, 'not found', t);
  });
});

test('typed text is shown as text, never as HTML', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page, log }) => {
    const evil = '<img src="/x-should-not-load" onerror="window.__pwned=1">';
    await page.fill('#start-text', evil);
    await page.click('#start-button');
    await page.waitForSelector('#ekw-start-form');
    // Walk to a text question, if the first levensgebied has one, and answer it with markup.
    await page.goto(site.baseUrl);
    await page.waitForSelector('html[data-ekw-ready="true"]');
    let sawText = false;
    if (await page.locator('.ekw-resume').count()) await page.click('.ekw-resume button.utrecht-button--secondary-action');
    await page.waitForSelector('#ekw-start-form');
    await startWith(page, firstLevensgebied());
    for (let i = 0; i < 40; i++) {
      const type = await page.getAttribute('form.ekw-question', 'data-type').catch(() => null);
      if (!type) break;
      if (type === 'text') {
        const q = await questionId(page);
        await page.fill(`#q-${q}`, evil);
        await page.click('#ekw-next');
        await page.waitForFunction((b) => document.querySelector('form.ekw-question')?.dataset.question !== b, q);
        sawText = true;
        break;
      }
      await answerSomething(page);
    }
    if (sawText) {
      await page.goto(`${site.baseUrl}#/situatie`);
      await page.waitForSelector('main[data-page="situatie"]');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert.ok((await page.textContent('main')).includes(evil), 'the markup is shown literally');
    }
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.ok(!log.requests.some((u) => u.includes('x-should-not-load')));
    t.diagnostic(sawText ? 'text question answered with markup' : 'no text question reached');
  });
});
