// What the resident takes away (issue 11): the start page's expectations and language, an advice page to find one's
// way in (measured on a 375 px phone with all topics), service cards and a service's own page, "Liever met iemand
// praten?" everywhere, Mijn plan (keyboard only, printed as a PDF, downloaded as one HTML file), Snel weg, offline use
// with a new content version, and continuing on another device. axe-core on every new page kind; no request leaves
// the origin (Snel weg's own neutral page is the one, intended, exception).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openSite, watch, screenshot, assertClean, SITE, ARTIFACTS, ROOT, serveSite, withPage, noViolations } from './helpers.mjs';
import { tabTo } from './walk.mjs';

const site = serveSite();

// Answers, through the engine in the page, every question of the chosen levensgebieden: per question the first
// option (or a plain value) that triggers no direct help, so the advice page shows the ordinary first steps. This is
// set-up (the persona tests walk by clicking); the pages under test are drawn from the session it leaves.
async function answerAll(page, levensgebieden, { text = '' } = {}) {
  return page.evaluate(({ levensgebieden, text }) => {
    const app = window.ekwApp;
    const candidates = (q) => {
      if (q.type === 'yesno') return [false, true];
      if (q.type === 'single') return q.options.map((o) => o.id);
      if (q.type === 'multiple') return [[q.options[0].id]];
      if (q.type === 'number') return [q.min ?? 1];
      if (q.type === 'date') return ['01-02-2020'];
      if (q.type === 'postcode') return ['2011 AB'];
      return ['Test'];
    };
    app.state.start = { ...app.state.start, levensgebieden, text };
    let view = app.call('start', { levensgebieden, context: { today: app.today() }, ...(text ? { text } : {}) });
    for (let i = 0; i < 400 && view.question; i += 1) {
      let next = null;
      for (const value of candidates(view.question)) {
        const v = app.call('answer', { session: view.session, value });
        if (v.answerError) continue;
        if (!next) next = v;
        if (!v.urgent.length) { next = v; break; }
      }
      if (!next) next = app.call('answer', { session: view.session, unknown: true });
      view = next;
    }
    app.setView(view);
    return { done: view.done, urgent: view.urgent.length };
  }, { levensgebieden, text });
}

function overviewOf(page) {
  return page.evaluate(() => window.ekwApp.overview);
}

test('start page: the time each topic takes (from the engine), free and anonymous, nothing sent; the browser language first, then the choice', async (t) => {
  await withPage(site.baseUrl, { locale: 'en-GB' }, async ({ page, browser }) => {
    const ov = await overviewOf(page);
    if (ov.content.languages.includes('en')) {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'an English browser gets English on the first visit');
      await page.click('#ekw-lang a[hreflang="nl"]');
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
      await page.reload();
      await page.waitForSelector('html[data-ekw-ready="true"]');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'the resident\'s choice wins over the browser\'s');
    }
    const expect = await page.textContent('.ekw-expect');
    assert.match(expect, /gratis/);
    assert.match(expect, /anoniem/);
    assert.match(expect, /sturen niets/);
    const withTree = ov.levensgebieden.filter((lg) => lg.estimate);
    assert.ok(withTree.length > 0);
    for (const lg of withTree) {
      const shown = await page.getAttribute(`input[value="${lg.id}"] ~ .ekw-choice__hint .ekw-choice__time`, 'data-minutes');
      assert.equal(Number(shown), lg.estimate.minutes, `${lg.id}: the engine's estimate is shown`);
      assert.ok(lg.estimate.minutes >= 1 && lg.estimate.questions.typical >= lg.estimate.questions.fewest);
    }
    const [a, b] = withTree;
    for (const lg of [a, b].filter(Boolean)) await page.check(`input[value="${lg.id}"]`);
    const sum = [a, b].filter(Boolean).reduce((n, lg) => n + lg.estimate.minutes, 0);
    assert.match(await page.textContent('#start-time-total'), new RegExp(`ongeveer ${sum} minuten`));
    await noViolations(page, 'start page with expectations', t);
    await screenshot(page, 'takeaway-start');
  });
});

test('advice with all topics on a 375 px phone: the first steps on the first screen, contents with jump links, closed sections, search below', async (t) => {
  await withPage(site.baseUrl, { viewport: { width: 375, height: 667 } }, async ({ page }) => {
    const ov = await overviewOf(page);
    const all = ov.levensgebieden.map((lg) => lg.id);
    t.diagnostic(`${all.length} levensgebieden`);
    const walked = await answerAll(page, all);
    assert.ok(walked.done, 'every question answered');
    await page.evaluate(() => window.ekwApp.go('#/advies'));
    await page.waitForSelector('main[data-page="advies"] #ekw-first-steps');
    const result = await page.evaluate(() => window.ekwApp.call('advice', { session: window.ekwApp.state.session }));
    const steps = await page.$$eval('#ekw-first-steps [data-first-step]', (els) => els.map((e) => e.dataset.firstStep));
    assert.deepEqual(steps, result.firstSteps.map((a) => a.id), 'the engine\'s first steps, in its order');
    assert.ok(steps.length >= 1 && steps.length <= 3);

    // Measured: the heading and every first step lie within the first screen (no scrolling).
    const box = await page.evaluate(() => {
      const list = document.querySelector('#ekw-first-steps ol').getBoundingClientRect();
      return { top: document.querySelector('#first-steps-title').getBoundingClientRect().top, bottom: list.bottom, height: innerHeight, scrollY };
    });
    t.diagnostic(`first steps from ${Math.round(box.top)} to ${Math.round(box.bottom)} px of a ${box.height} px screen`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'takeaway-advice-375-first-screen.png') });
    await screenshot(page, 'takeaway-advice-375-all-topics');
    assert.equal(box.scrollY, 0);
    assert.ok(box.bottom <= box.height, `the first steps end at ${box.bottom} px, below the first screen (${box.height} px)`);

    // Contents: one jump link per levensgebied with advice; the sections start closed.
    const areas = result.levensgebieden.filter((lg) => lg.advice.length);
    assert.equal(await page.locator('.ekw-contents a').count(), areas.length + 1, 'a link per levensgebied and one to the search');
    assert.equal(await page.locator('details.ekw-area[open]').count(), 0, 'with many topics the sections start closed');
    const last = areas[areas.length - 1];
    await page.locator('.ekw-contents a', { hasText: last.name }).click();
    assert.ok(await page.locator(`#advies-${last.id}`).evaluate((d) => d.open), 'the jump link opens its section');
    assert.equal(await page.evaluate(() => document.activeElement.closest('details')?.id), `advies-${last.id}`, 'and moves focus there');
    assert.match(await page.evaluate(() => location.hash), /^#\/advies/, 'the route stays the advice page');
    // A first step jumps to its advice, opening the section.
    await page.click('#ekw-first-steps a >> nth=0');
    const target = await page.evaluate(() => document.activeElement?.dataset.advice);
    assert.equal(target, steps[0]);
    // Each section closes and opens with the keyboard (details/summary).
    await page.focus(`#advies-${last.id} > summary`);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`#advies-${last.id}`).evaluate((d) => d.open), false);
    // The search panel comes after the advice.
    assert.ok(await page.evaluate(() => Boolean(document.querySelector('#ekw-advice-results').compareDocumentPosition(document.querySelector('#advice-filter')) & Node.DOCUMENT_POSITION_FOLLOWING)));
    // "Liever met iemand praten?" on the advice page itself and in the footer.
    assert.equal(await page.locator('main [data-contact] a[href="tel:14023"]').count(), 1);
    assert.equal(await page.locator('footer [data-contact] a[href="tel:14023"]').count(), 1);
    await page.evaluate(() => document.querySelectorAll('details.ekw-area').forEach((d) => { d.open = true; }));
    await noViolations(page, 'advice page with all topics, sections open', t);
  });
});

test('service cards you can act on, a service\'s own page by keyboard, filters only where the content has data', async (t) => {
  await withPage(site.baseUrl, { hash: '#/sociale-kaart' }, async ({ page }) => {
    const ov = await overviewOf(page);
    const f = ov.serviceFilters;
    assert.equal(await page.locator('#services-age').count(), f.age ? 1 : 0, 'age filter exactly when services have ages');
    assert.equal(await page.locator('#services-group').count(), f.targetGroups.length ? 1 : 0, 'target group filter exactly when services name them');
    assert.equal(await page.locator('#services-wijk').count(), f.wijk && ov.wijken.length ? 1 : 0);
    if (f.age) {
      const expected = await page.evaluate(() => window.ekwApp.call('services', { age: 15, limit: 30 }).total);
      await page.fill('#services-age', '15');
      await page.click('#services-search');
      await page.waitForFunction((n) => document.querySelector('.ekw-results__count')?.dataset.total === String(n), expected);
    }
    if (f.targetGroups.length) {
      const group = f.targetGroups[0].id;
      const expected = await page.evaluate((g) => window.ekwApp.call('services', { targetGroup: g, limit: 30, ...(document.querySelector('#services-age')?.value ? { age: 15 } : {}) }).total, group);
      await page.selectOption('#services-group', group);
      await page.click('#services-search');
      await page.waitForFunction((n) => document.querySelector('.ekw-results__count')?.dataset.total === String(n), expected);
      await noViolations(page, 'sociale kaart with filters', t);
    }

    // A card with every contact detail the content has; its website marked external.
    const all = await page.evaluate(() => window.ekwApp.call('services', { limit: 1000 }).services);
    const withSite = all.find((s) => /^https?:/.test(s.url || s.organization?.website || ''));
    await page.evaluate(() => window.ekwApp.go('#/sociale-kaart?zoek='));
    await page.waitForSelector('.ekw-results');
    if (withSite) {
      await page.evaluate((name) => window.ekwApp.go(`#/sociale-kaart?zoek=${encodeURIComponent(name)}`), withSite.name.split(/\s+/)[0]);
      await page.waitForSelector(`[data-service="${withSite.id}"]`);
      const ext = page.locator(`[data-service="${withSite.id}"] a[data-external]`).first();
      assert.match(await ext.getAttribute('rel'), /external/);
      assert.match(await ext.textContent(), /externe website/);
    }
    // Keyboard only: Tab to "Alles over ...", Enter, the service page.
    const id = await page.getAttribute('[data-service] a[data-service-link] >> nth=0', 'data-service-link');
    await tabTo(page, `a[data-service-link="${id}"]`, 200);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-page="dienst"] .ekw-service__details');
    const s = await page.evaluate((sid) => window.ekwApp.call('service', { id: sid }), id);
    assert.equal(await page.textContent('h1'), s.name);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the service\'s name');
    const text = await page.textContent('main');
    for (const src of s.sources) assert.ok(text.includes(src), `source ${src} shown`);
    if (s.eigenBijdrage) assert.ok(text.includes(s.eigenBijdrage));
    for (const p of s.phones) assert.equal(await page.locator(`main a[href="tel:${p.number.replace(/[^+\d]/g, '')}"]`).count(), 1);
    assert.match(await page.evaluate(() => location.hash), new RegExp(`^#/dienst/${id}$`));
    await noViolations(page, 'service page', t);
    await screenshot(page, 'takeaway-service');
    await tabTo(page, '#service-back');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-page="sociale-kaart"]');
    // An unknown service: a plain message, no error.
    await page.evaluate(() => window.ekwApp.go('#/dienst/bestaat-niet'));
    assert.match(await page.textContent('h1'), /niet \(meer\)/);
  });
});

test('Mijn plan by keyboard only: date, own words, first steps, contacts, a person to call; printed as a PDF; one HTML file', async (t) => {
  await withPage(site.baseUrl, { viewport: { width: 1024, height: 900 } }, async ({ page, browser }) => {
    const ov = await overviewOf(page);
    const chosen = ov.levensgebieden.filter((lg) => !lg.safety).slice(0, 2).map((lg) => lg.id);
    const words = 'Ik wil mijn rekeningen weer zelf kunnen betalen';
    await answerAll(page, chosen, { text: words });
    await page.evaluate(() => window.ekwApp.go('#/advies'));
    await page.waitForSelector('#advice-plan');
    await page.focus('#ekw-skip');
    await tabTo(page, '#advice-plan', 300);
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-page="plan"] #ekw-plan');
    const result = await page.evaluate(() => window.ekwApp.call('advice', { session: window.ekwApp.state.session }));
    assert.match(await page.textContent('.ekw-plan__date'), /\d{4}/);
    assert.equal((await page.textContent('.ekw-plan__quote')).trim(), words, 'the resident\'s own words');
    const steps = await page.$$eval('.ekw-plan__first li[data-advice]', (els) => els.map((e) => e.dataset.advice));
    assert.deepEqual(steps, result.firstSteps.map((a) => a.id));
    for (const lg of result.levensgebieden.filter((x) => x.advice.length)) {
      assert.equal(await page.locator(`.ekw-plan__area[data-levensgebied="${lg.id}"] [data-advice]`).count(), lg.advice.length, `${lg.id}: every advice`);
      const services = new Set(lg.advice.flatMap((a) => a.services.map((s) => s.id)));
      assert.equal(await page.locator(`.ekw-plan__area[data-levensgebied="${lg.id}"] [data-service]`).count(), services.size, `${lg.id}: every service`);
    }
    assert.ok(await page.locator('.ekw-plan__person a[href="tel:14023"]').count() >= 1, 'how to reach a person');
    await noViolations(page, 'Mijn plan', t);
    await screenshot(page, 'takeaway-plan');

    // Printed: a PDF of the page (Chromium's print), and the page image as it prints.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#plan-print').isVisible(), false, 'no buttons on paper');
    assert.ok(await page.locator('.ekw-plan__first').isVisible());
    assert.equal(await page.locator('.ekw-header .ekw-nav').isVisible(), false);
    await screenshot(page, 'takeaway-plan-print');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ path: path.join(ARTIFACTS, 'takeaway-plan.pdf'), format: 'A4', printBackground: true });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    t.diagnostic(`Mijn plan: ${pages} A4 page(s), ${pdf.length} bytes`);
    assert.ok(pages >= 1 && pages <= 6, `a plan of ${pages} pages`);
    await page.emulateMedia({ media: 'screen' });

    // Downloaded with the keyboard: one self-contained HTML file, readable without the site.
    await tabTo(page, '#plan-download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^mijn-plan-\d{4}-\d{2}-\d{2}\.html$/);
    const html = fs.readFileSync(await download.path(), 'utf8');
    assert.doesNotMatch(html, /<script|<link|src="http/i, 'no scripts, no linked files');
    assert.ok(html.includes(words));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ekw-plan-')), 'mijn-plan.html');
    fs.writeFileSync(file, html);
    const filePage = await browser.context.newPage();
    const fileLog = watch(filePage, 'file:///');
    await filePage.goto(`file://${file}`);
    assert.equal(await filePage.textContent('h1'), 'Mijn plan');
    assert.deepEqual(await filePage.$$eval('.ekw-plan__first li[data-advice]', (els) => els.map((e) => e.dataset.advice)), steps);
    assert.ok(await filePage.locator('a[href="tel:14023"]').count() >= 1, 'the file says how to reach a person (the loket services carry 14 023 too)');
    await noViolations(filePage, 'downloaded Mijn plan file', t);
    await screenshot(filePage, 'takeaway-plan-file');
    assert.deepEqual(fileLog.requests.filter((u) => !u.startsWith('file:')), [], 'the file loads nothing');
    await filePage.close();
  });
});

test('Liever met iemand praten? with 14 023 and the loket in the footer of every page kind and on advice and form pages', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    const ov = await overviewOf(page);
    await answerAll(page, [ov.levensgebieden.find((lg) => !lg.safety).id]);
    const formId = await page.evaluate(() => window.ekwApp.overview && (window.ekwApp.call('advice', { session: window.ekwApp.state.session }).forms[0]?.id
      || null));
    const routes = ['#/', '#/situatie', '#/advies', '#/sociale-kaart', '#/plan', '#/ander-apparaat', '#/privacy', '#/opslaan'];
    if (formId) routes.push(`#/formulier/${formId}`);
    for (const hash of routes) {
      await page.evaluate((h) => window.ekwApp.go(h), hash);
      await page.waitForFunction(() => document.querySelector('main h1'));
      assert.equal(await page.locator('footer [data-contact] a[href="tel:14023"]').count(), 1, `${hash}: footer`);
      assert.equal(await page.locator('footer [data-contact] a[href^="#/dienst/"]').count(), 1, `${hash}: the loket`);
      if (hash === '#/advies' || hash.startsWith('#/formulier')) {
        assert.equal(await page.locator('main [data-contact] a[href="tel:14023"]').count(), 1, `${hash}: on the page itself`);
      }
    }
    await page.click('footer [data-contact] a[href^="#/dienst/"]');
    await page.waitForSelector('main[data-page="dienst"]');
    assert.match(await page.textContent('h1'), /[Ll]oket/);
    if (formId) {
      await page.evaluate((id) => window.ekwApp.go(`#/formulier/${id}`), formId);
      await noViolations(page, 'form page with the contact block', t);
    }
  });
});

test('Snel weg: on safety pages only; one click or Escape twice leaves for a neutral page and no step of the visit stays in the history', async (t) => {
  const browser = await launch();
  const exitUrl = 'https://www.haarlem.nl/';
  try {
    // The neutral page is served here, so nothing really leaves the machine.
    await browser.context.route(`${exitUrl}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><title>Gemeente Haarlem</title><h1>Gemeente Haarlem</h1>' }));
    const page = await browser.context.newPage();
    const log = watch(page, site.baseUrl);
    await page.goto(`${site.baseUrl}favicon.svg`); // the tab's page before the visit
    await page.goto(site.baseUrl);
    await page.waitForSelector('html[data-ekw-ready="true"]');
    const ov = await overviewOf(page);
    const safety = ov.levensgebieden.find((lg) => lg.safety);
    assert.ok(safety, 'the content has a safety levensgebied');
    assert.equal(await page.locator('#ekw-quick-exit-button').count(), 0, 'not on the start page');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    assert.equal(new URL(page.url()).origin, new URL(site.baseUrl).origin, 'Escape does nothing on other pages');

    // Through the veiligheid tree by clicking, several pages deep.
    await page.check(`input[value="${safety.id}"]`);
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    assert.equal(await page.locator('#ekw-quick-exit-button').count(), 1, 'on the safety questions');
    await noViolations(page, 'safety question with Snel weg', t);
    await screenshot(page, 'takeaway-quick-exit');
    // Keyboard: the button is the first thing after the skip link.
    await page.focus('#ekw-skip');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ekw-quick-exit-button');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(exitUrl);
    assert.equal(await page.textContent('h1'), 'Gemeente Haarlem');
    await page.goBack();
    assert.match(page.url(), /favicon\.svg$/, 'Back goes to the page before the visit, past every step of it');

    // One click, from a page further in.
    await page.goto(site.baseUrl);
    await page.waitForSelector('html[data-ekw-ready="true"]');
    await page.evaluate(() => window.ekwApp.go('#/')); // the session of before: continue it
    await page.click('.ekw-resume button >> nth=0');
    await page.waitForSelector('#ekw-quick-exit-button');
    await page.click('#ekw-quick-exit-button');
    await page.waitForURL(exitUrl);
    await page.goBack();
    assert.match(page.url(), /favicon\.svg$/, 'again nothing of the visit in the history');
    assert.deepEqual(log.foreign().filter((u) => !u.startsWith(exitUrl)), [], 'nothing but the neutral page leaves the origin');
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await browser.close();
  }
});

// A site served from a folder this test controls, on a port it keeps, so it can go offline and change content.
async function serveCopy(dir, port = 0) {
  const { createServer } = await import(path.join(ROOT, 'scripts/serve-static.mjs'));
  const server = createServer(dir);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: server.address().port, close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }) };
}

test('offline once loaded: a reload without a network keeps the answers; a new content version is picked up and the lost answers are named', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekw-offline-'));
  fs.cpSync(SITE, dir, { recursive: true });
  let served = await serveCopy(dir);
  const baseUrl = `http://127.0.0.1:${served.port}/`;
  const browser = await launch();
  try {
    const { page, log } = await openSite(browser.context, baseUrl);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    // Two answers by clicking: the first kept by the new content, the second's option removed from it. A tree whose
    // first question (one with options) leads to a single-choice question of two or more options.
    const ov = await overviewOf(page);
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'content.json'), 'utf8'));
    const trees = Object.values(bundle.files).filter((f) => f && Array.isArray(f.nodes) && f.levensgebied);
    const choice = (n) => n && ['single', 'yesno', 'multiple'].includes(n.type);
    let plan = null;
    for (const tree of trees) {
      const lg = ov.levensgebieden.find((l) => l.id === tree.levensgebied);
      if (!lg || lg.safety) continue;
      const first = tree.nodes.find((n) => n.id === tree.start);
      if (!choice(first)) continue;
      const options = first.type === 'yesno' ? [{ id: 'ja', next: first.options?.find((o) => o.id === 'ja')?.next }, { id: 'nee', next: first.options?.find((o) => o.id === 'nee')?.next }] : first.options;
      for (const o of options.filter((x) => !x.exclusive)) {
        const next = typeof o.next === 'string' ? o.next : typeof first.next === 'string' ? first.next : null;
        const second = tree.nodes.find((n) => n.id === next);
        if (second && second.type === 'single' && second.options.length >= 2) plan = { lg: lg.id, first: o.id, second, option: second.options[second.options.length - 1].id };
        if (plan) break;
      }
      if (plan) break;
    }
    assert.ok(plan, 'the content has a tree to test with');
    await page.check(`input[value="${plan.lg}"]`);
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    const answered = [];
    for (const option of [plan.first, plan.option]) {
      const q = await page.evaluate(() => window.ekwApp.view.question);
      await page.check(`form.ekw-question input[value="${option}"]`);
      await page.click('#ekw-next');
      await page.waitForFunction((id) => window.ekwApp.view?.question?.id !== id, q.id);
      answered.push({ question: q, option });
    }
    assert.equal(answered[1].question.id, plan.second.id);
    const where = await page.evaluate(() => location.hash);

    // Offline: the server is gone; the reload comes from the service worker's cache.
    await served.close();
    await page.reload();
    await page.waitForSelector('html[data-ekw-ready="true"]');
    assert.equal(await page.evaluate(() => location.hash), where);
    const offlineAnswers = await page.evaluate(() => window.ekwApp.state.session.answers);
    for (const a of answered) assert.ok(a.question.id in offlineAnswers, `${a.question.id} kept offline`);
    await screenshot(page, 'takeaway-offline-reload');

    // A new content version: another version number, and the second answer's option gone.
    const [, second] = answered;
    bundle.files['manifest.json'].version = `${bundle.files['manifest.json'].version}-new`;
    let removed = false;
    for (const file of Object.values(bundle.files)) {
      for (const node of file?.nodes || []) {
        if (node.id === second.question.id && Array.isArray(node.options)) {
          node.options = node.options.filter((o) => o.id !== second.option);
          removed = true;
        }
      }
    }
    assert.ok(removed, 'the option was found in the bundle');
    fs.writeFileSync(path.join(dir, 'content.json'), JSON.stringify(bundle));
    served = await serveCopy(dir, served.port);
    await page.reload();
    await page.waitForSelector('html[data-ekw-ready="true"]');
    assert.equal(await page.evaluate(() => window.ekwApp.overview.content.version), bundle.files['manifest.json'].version, 'the new content is used');
    const notice = await page.textContent('main .utrecht-alert');
    assert.ok(notice.includes(second.question.text), `the lost answer is named: ${notice}`);
    const answers = await page.evaluate(() => window.ekwApp.state.session.answers);
    assert.ok(answered[0].question.id in answers, 'the answer that still applies is kept');
    assert.ok(!(second.question.id in answers));
    await noViolations(page, 'page after a content update', t);
    assertClean(log);
  } finally {
    await browser.close();
    await served.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('continue on another device: a link with the answers in its #fragment, a QR code, a file; damaged and foreign links change nothing', async (t) => {
  const deviceA = await launch();
  const deviceB = await launch();
  try {
    const { page, log } = await openSite(deviceA.context, site.baseUrl);
    const ov = await overviewOf(page);
    const lg = ov.levensgebieden.find((l) => !l.safety);
    await page.check(`input[value="${lg.id}"]`);
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    const q = await page.evaluate(() => window.ekwApp.view.question);
    await page.check(`form.ekw-question input[value="${q.options[0].id}"]`);
    await page.click('#ekw-next');
    await page.waitForFunction((id) => window.ekwApp.view?.question?.id !== id, q.id);
    const sessionA = await page.evaluate(() => window.ekwApp.state.session);

    await page.click('footer a[href="#/ander-apparaat"]');
    await page.waitForFunction(() => document.querySelector('#device-link')?.value);
    const link = await page.inputValue('#device-link');
    assert.ok(link.startsWith(`${site.baseUrl}#/verder?s=`), link.slice(0, 80));
    assert.match(await page.textContent('#device-warning'), /bevatten al uw antwoorden/);
    assert.equal(await page.locator('#device-qr img[alt]').count(), 1, 'a QR code with a text alternative');
    t.diagnostic(`link: ${link.length} characters; QR: ${await page.getAttribute('#device-qr img', 'data-modules')} modules`);
    await noViolations(page, 'Verder op een ander apparaat', t);
    await screenshot(page, 'takeaway-device');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#device-download')]);
    const file = await download.path();
    assertClean(log);

    // Device B, with answers of its own: a damaged link is refused and they stay.
    const b = await openSite(deviceB.context, site.baseUrl);
    await b.page.check(`input[value="${lg.id}"]`);
    await b.page.click('#start-button');
    await b.page.waitForSelector('form.ekw-question');
    const own = await b.page.evaluate(() => window.ekwApp.state.session);
    const damaged = link.slice(0, -12) + 'xx';
    await b.page.goto(damaged);
    await b.page.waitForSelector('#device-problem');
    assert.match(await b.page.textContent('#device-problem'), /konden wij niet lezen/);
    assert.doesNotMatch(await b.page.evaluate(() => location.hash), /s=/, 'the link is taken out of the address bar');
    assert.deepEqual(await b.page.evaluate(() => window.ekwApp.state.session), own, 'nothing already saved is lost');
    await noViolations(b.page, 'damaged link message', t);
    // A link of another Eigen Krachtwijzer.
    const foreign = await b.page.evaluate(async () => {
      const m = await import('./js/transfer.js');
      const payload = m.transferPayload(window.ekwApp);
      payload.content = { id: 'elders', name: 'Gemeente Elders' };
      return m.transferLink(await m.encodeTransfer(payload));
    });
    await b.page.goto(foreign);
    await b.page.waitForSelector('#device-problem');
    assert.match(await b.page.textContent('#device-problem'), /Gemeente Elders/);
    assert.deepEqual(await b.page.evaluate(() => window.ekwApp.state.session), own);

    // The real link: asked first (B has answers), then A's session, at A's question.
    await b.page.goto(link);
    await b.page.waitForSelector('#device-replace');
    await b.page.click('#device-replace');
    await b.page.waitForSelector('.ekw-resume');
    assert.deepEqual((await b.page.evaluate(() => window.ekwApp.state.session)).answers, sessionA.answers);
    await b.page.click('.ekw-resume button >> nth=0');
    await b.page.waitForSelector('form.ekw-question');
    assert.notEqual(await b.page.evaluate(() => window.ekwApp.view.question.id), q.id, 'continues after the answered question');

    // The file, opened on a fresh device.
    await b.page.evaluate(() => window.ekwApp.go('#/wissen'));
    await b.page.click('#clear-confirm');
    await b.page.evaluate(() => window.ekwApp.go('#/ander-apparaat'));
    await b.page.setInputFiles('#device-file', file);
    await b.page.waitForSelector('.ekw-resume');
    assert.deepEqual((await b.page.evaluate(() => window.ekwApp.state.session)).answers, sessionA.answers);
    assertClean(b.log);
  } finally {
    await deviceA.close();
    await deviceB.close();
  }
});
