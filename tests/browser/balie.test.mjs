// Balie mode in the browser: a staff member walks the De Groot family (002_1a58f7851d8b7e5c.txt:267-311) through the
// site to a plan; the review date downloads as an .ics that a kept iCalendar library (ical.js) parses; the plan prints
// on one page; an unticked consent part is absent from the exported dossier, which `ekw dossier validate` accepts;
// a colleague imports the dossier and loses nothing (deep-equal); with counting off no request leaves the site, with
// counting configured and agreed the counts reach a local Matomo stand-in (and `ekw stats` suppresses small groups);
// axe-core finds nothing on any balie page; the plan works with the keyboard alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { startSite, launch, openSite, assertClean, screenshot, ROOT, SITE, ARTIFACTS, withPage } from './helpers.mjs';
import { loadPersona, answerAll, axeOnce, tabTo } from './walk.mjs';

const persona = loadPersona('familie-de-groot');
const EKW = process.env.EKW_TOOL || path.join(ROOT, 'build/native/tools/ekw/ekw');

function isoDate(offsetDays) {
  const d = new Date(Date.now() + offsetDays * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function startBalie(page, t) {
  await page.click('#balie-entry');
  await page.waitForSelector('#balie-start');
  await axeOnce(page, 'balie-intro', t);
  await page.click('#balie-start');
  await page.waitForSelector('main[data-page="balie"] .ekw-balie-chart');
  assert.equal(await page.locator('#ekw-balie').count(), 1, 'balie mode is marked');
}

async function walkLevensgebied(page, id, t) {
  await page.click(`#walk-${id}`);
  await page.waitForSelector('form.ekw-question');
  assert.equal(await page.locator('#ekw-balie').count(), 1, 'balie mode is marked on the question pages too');
  await answerAll(page, persona, { t });
  await page.waitForSelector('main[data-page="balie"] .ekw-balie-chart');
}

async function downloadText(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await download.path();
  return { text: fs.readFileSync(file, 'utf8'), name: download.suggestedFilename() };
}

// Fills the handover consent: which parts, for whom.
async function consent(page, { answers, parts = ['profile', 'notes', 'plan'], counting = false }) {
  await page.fill('#handover-recipient', 'Sociaal wijkteam Oost');
  for (const p of ['profile', 'notes', 'plan', 'forms']) await page.setChecked(`#part-${p}`, parts.includes(p));
  for (const lg of persona.start.levensgebieden) {
    if (await page.locator(`#part-answers-${lg}`).count()) await page.setChecked(`#part-answers-${lg}`, answers.includes(lg));
  }
  if (await page.locator('#handover-counting').count()) await page.setChecked('#handover-counting', counting);
  await page.click('#handover-save');
  await page.waitForSelector('#handover-download');
}

test('balie: staff walk the De Groot family to a plan, hand it over with consent per part, and a colleague continues', async (t) => {
  const site = await startSite();
  const browser = await launch({ viewport: { width: 1024, height: 900 } });
  let colleague = null;
  try {
    const { page, log } = await openSite(browser.context, site.baseUrl);
    await startBalie(page, t);
    await axeOnce(page, 'balie-overview', t);
    await page.selectOption('#balie-wijk', persona.context.wijk);

    // The resident's own question first; looking further needs consent (000_34b1a412b4a0eb7a.txt:1075-1077).
    await walkLevensgebied(page, 'opvoeden', t);
    assert.equal(await page.locator('#walk-huishouden').count(), 0, 'no deeper exploration without consent');
    assert.equal(await page.locator('#walk-huishouden-consent').count(), 1);
    await page.check('#scope-huishouden');
    await page.check('#scope-werk');
    await page.click('#balie-exploration-save');
    await page.waitForSelector('#balie-exploration-given');
    await walkLevensgebied(page, 'huishouden', t);
    await walkLevensgebied(page, 'werk', t);

    // Every levensgebied with its level, as a chart and as a table.
    const table = await page.$$eval('#balie-level-table tbody tr', (rows) => Object.fromEntries(rows.map((r) => [r.dataset.levensgebied, r.querySelector('td').textContent])));
    for (const [lg, level] of Object.entries(persona.expect.levels)) assert.equal(table[lg], `${level} van 5`, `level of ${lg}`);
    assert.equal(table.geld, 'Nog niet besproken');
    const bars = await page.$$eval('.ekw-chart__row', (rows) => rows.length);
    assert.equal(bars, Object.keys(table).length, 'the chart shows every levensgebied');

    // Notes and a signal from the content's list.
    await page.click('section[data-levensgebied="opvoeden"] summary');
    await page.fill('#notes-opvoeden', 'De intern begeleider van school belde over Steven.');
    await page.press('#notes-opvoeden', 'Tab');
    await page.check('#signal-signaal-school-maakt-zich-zorgen');
    await page.waitForSelector('#saved-opvoeden:has-text("Opgeslagen")');

    // The engine proposes the sociaal wijkteam, with its reason and sources; staff accept.
    assert.equal(await page.getAttribute('#balie-routing', 'data-proposed'), 'true');
    const reasons = await page.$$eval('#balie-routing-reasons li', (els) => els.map((e) => e.dataset.code));
    assert.ok(reasons.includes('coordination-advice'), `reasons: ${reasons}`);
    assert.match(await page.textContent('#balie-routing-reasons'), /002_1a58f7851d8b7e5c\.txt|000_34b1a412b4a0eb7a\.txt/);
    await page.check('#routing-accepted');
    await page.click('#balie-routing-save');
    await page.waitForSelector('#balie-routing-decided');
    await screenshot(page, 'balie-overview');

    // Advice decided together, goals in their own words, actions, a review date.
    await page.click('#ekw-balie a[href="#/balie/plan"]');
    await page.waitForSelector('#balie-plan-form');
    await axeOnce(page, 'balie-plan', t);
    await page.check('#decision-huishouden-buuv-klus-accepted');
    await page.check('#decision-werk-zelf-kunnen-set-aside');
    await page.check('#decision-opvoeden-cjg-coach-later');
    await page.click('#plan-save');
    await page.waitForSelector('.ekw-error-summary');
    assert.match(await page.textContent('.ekw-error-summary'), /waarom/i, 'setting advice aside asks why');
    await axeOnce(page, 'balie-plan-error', t);
    await page.fill('#reason-werk-zelf-kunnen', 'Bart wil eerst werkervaring opdoen.');
    await page.fill('#goal-0', persona.answers['opvoeden-doel']);
    await page.click('#plan-add-goal');
    await page.fill('#goal-1', persona.answers['werk-doel']);
    await page.selectOption('#action-0-who', 'buuv');
    await page.fill('#action-0-what', 'Oproep op BUUV voor af en toe zwaar huishoudelijk werk');
    await page.fill('#action-0-by', isoDate(7));
    await page.click('#plan-add-action');
    await page.selectOption('#action-1-who', 'professional');
    await page.fill('#action-1-what', 'Wijkcoach meldt Bart aan bij het wijkontwikkelbedrijf');
    await page.fill('#action-1-by', isoDate(14));
    await page.fill('#plan-review', isoDate(42));
    await page.click('#plan-save');
    await page.waitForSelector('#balie-plan-notice');

    // The review date as an iCalendar reminder, parsed by ical.js.
    const ics = await downloadText(page, '#plan-ics');
    assert.match(ics.name, /\.ics$/);
    const cal = new ICAL.Component(ICAL.parse(ics.text));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent'));
    assert.equal(event.startDate.toString(), isoDate(42));
    assert.ok(event.startDate.isDate, 'an all-day reminder');
    assert.match(event.summary, /Evaluatie/);
    assert.match(event.description, /Steven/);
    assert.ok(cal.getFirstSubcomponent('vevent').getFirstSubcomponent('valarm'), 'with an alarm');

    // The plan prints on one page.
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('#plan-print');
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('#balie-plan-print'), 'the printable plan shows in print');
    assert.ok(!(await page.isVisible('#balie-plan-form')), 'the form does not print');
    assert.match(await page.textContent('#balie-plan-print'), /wijkontwikkelbedrijf/);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
    assert.equal(pages, 1, 'the plan prints on one page');
    await screenshot(page, 'balie-plan-print');
    await page.emulateMedia({ media: 'screen' });

    // The Wmo route: a melding 50 days ago and no onderzoek yet is overdue (6 weeks).
    await page.click('#ekw-balie a[href="#/balie/wmo"]');
    await page.waitForSelector('#balie-wmo-form');
    await page.fill('#wmo-melding', isoDate(-50));
    await page.click('#wmo-save');
    await page.waitForSelector('li[data-step="onderzoek"][data-status="overdue"]');
    assert.match(await page.textContent('li[data-step="onderzoek"]'), /Te laat/);
    await axeOnce(page, 'balie-wmo', t);
    await screenshot(page, 'balie-wmo');

    // Hand-over with werk's answers and the forms unticked: absent from the dossier, not blanked.
    await page.click('#ekw-balie a[href="#/balie/overdracht"]');
    await page.waitForSelector('#handover-form');
    await axeOnce(page, 'balie-handover', t);
    await consent(page, { answers: ['opvoeden', 'huishouden'] });
    const partial = JSON.parse((await downloadText(page, '#handover-download')).text);
    assert.deepEqual(partial.answers.map((g) => g.levensgebied), ['opvoeden', 'huishouden']);
    assert.ok(!('forms' in partial), 'an unticked part is absent');
    assert.ok(!JSON.stringify(partial).includes('wajong'), 'nothing of werk\'s answers is in it');
    assert.equal(partial.consent.parts.answers.werk, false, 'the consent itself is recorded');
    assert.deepEqual([...partial.consent.exploration.scope].sort(), ['huishouden', 'werk']);
    assert.equal(partial.profile.context.wijk, persona.context.wijk);
    const partialFile = path.join(ARTIFACTS, 'dossier-partial.json');
    fs.writeFileSync(partialFile, JSON.stringify(partial, null, 2));
    if (fs.existsSync(EKW)) {
      const out = execFileSync(EKW, ['dossier', 'validate', partialFile], { encoding: 'utf8' });
      assert.match(out, /1 of 1 dossier valid/);
    }

    // The printable summary names what was not shared.
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('#handover-summary');
    await page.waitForSelector('#handover-summary-section');
    assert.match(await page.textContent('#handover-summary-section'), /Niet gedeeld: .*Werk en opleiding/);
    await axeOnce(page, 'balie-summary', t);

    // Everything shared: a colleague imports it and continues; nothing is lost.
    await consent(page, { answers: persona.start.levensgebieden, parts: ['profile', 'notes', 'plan', 'forms'] });
    const full = await downloadText(page, '#handover-download');
    const before = await page.evaluate(() => ({ plan: window.ekwApp.baliePlan(), session: window.ekwApp.state.session, consent: window.ekwApp.state.balie.consent }));
    await page.click('#handover-finish');
    await page.waitForSelector('#handover-notice');
    assert.ok(!log.requests.some((u) => /matomo|idsite=/.test(u)), 'counting is off: no count is sent');
    assertClean(log);

    colleague = await launch({ viewport: { width: 1024, height: 900 } });
    const other = await openSite(colleague.context, site.baseUrl, '#/balie');
    await other.page.waitForSelector('#balie-import-file');
    await axeOnce(other.page, 'balie-import', t);
    const file = path.join(ARTIFACTS, 'dossier-full.json');
    fs.writeFileSync(file, full.text);
    await other.page.setInputFiles('#balie-import-file', file);
    await other.page.click('#balie-import-button');
    await other.page.waitForSelector('main[data-page="balie"] .ekw-balie-chart');
    const after = await other.page.evaluate(() => ({ plan: window.ekwApp.baliePlan(), session: window.ekwApp.state.session, consent: window.ekwApp.state.balie.consent }));
    assert.deepEqual(after.plan, before.plan, 'notes, signals, decisions, goals, actions, review date, routing and Wmo dates');
    assert.deepEqual(after.session.answers, before.session.answers, 'every answer');
    assert.deepEqual(after.session.levensgebieden, before.session.levensgebieden);
    assert.deepEqual(after.consent, before.consent);
    const again = await other.page.evaluate(() => {
      const app = window.ekwApp;
      const b = app.state.balie;
      return app.call('dossierExport', { session: app.state.session, balie: app.baliePlan(), forms: app.state.forms, consent: b.consent, id: b.id, created: 'x' });
    });
    const first = JSON.parse(full.text);
    assert.deepEqual({ ...again, created: first.created }, first, 'export, import and export again: the same dossier');
    assertClean(other.log);
  } finally {
    if (colleague) await colleague.close();
    await browser.close();
    await site.close();
  }
});

test('balie: the plan with the keyboard alone', async (t) => {
  const site = await startSite();
  const browser = await launch({ viewport: { width: 1024, height: 900 } });
  try {
    const { page, log } = await openSite(browser.context, site.baseUrl);
    await startBalie(page, t);
    await page.click('#walk-werk');
    await page.waitForSelector('form.ekw-question');
    await answerAll(page, persona, { keyboard: true, t });
    await page.waitForSelector('main[data-page="balie"] .ekw-balie-chart');
    await tabTo(page, '#ekw-balie a[href="#/balie/plan"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#balie-plan-form');
    const advice = await page.getAttribute('fieldset[data-advice]', 'data-advice');
    await tabTo(page, `input[name="decision-${advice}"]`, 200);
    await page.keyboard.press('Space');
    await tabTo(page, '#goal-0', 200);
    await page.keyboard.type(persona.answers['werk-doel']);
    await tabTo(page, '#action-0-who');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#action-0-what');
    await page.keyboard.type('Aanmelden bij het wijkontwikkelbedrijf');
    await tabTo(page, '#action-0-by');
    // A date field takes its parts in the browser's own order (day-month or month-day, year last): a date whose day
    // and month are equal reads the same in both.
    const by = `${new Date().getFullYear() + 1}-03-03`;
    await page.keyboard.type(`0303${by.slice(0, 4)}`);
    await tabTo(page, '#plan-save');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#balie-plan-notice');
    const plan = await page.evaluate(() => window.ekwApp.baliePlan());
    assert.equal(plan.goals[0].text, persona.answers['werk-doel']);
    assert.deepEqual(plan.actions, [{ who: 'resident', what: 'Aanmelden bij het wijkontwikkelbedrijf', by }]);
    assert.equal(plan.decisions[advice].decision, 'accepted');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'balie-plan-notice', 'focus goes to the confirmation');
    assertClean(log);
  } finally {
    await browser.close();
    await site.close();
  }
});

// A stand-in for the gemeente's Matomo on the site's own origin: serves build/site, a config.json that turns
// counting on, and records every request to /matomo.php.
async function countingSite() {
  const { createServer } = await import(path.join(ROOT, 'scripts/serve-static.mjs'));
  const files = createServer(SITE);
  const recorded = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ counting: { url: '/matomo.php', siteId: '3' } }));
    } else if (url.pathname === '/matomo.php') {
      recorded.push(req.url);
      res.writeHead(204);
      res.end();
    } else {
      files.emit('request', req, res);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${server.address().port}/`, recorded, close: () => new Promise((r) => server.close(r)) };
}

test('balie: counts go to the configured first-party Matomo only when the resident agrees, and never answers', async (t) => {
  const site = await countingSite();
  try {
    for (const agree of [false, true]) {
      await withPage(site.baseUrl, { viewport: { width: 1024, height: 900 }, clean: false }, async ({ page, log }) => {
        await startBalie(page, t);
        await page.selectOption('#balie-wijk', persona.context.wijk);
        await walkLevensgebied(page, 'opvoeden', t);
        await page.click('#ekw-balie a[href="#/balie/overdracht"]');
        await page.waitForSelector('#handover-counting');
        await consent(page, { answers: ['opvoeden'], counting: agree });
        await page.click('#handover-finish');
        await page.waitForSelector('#handover-notice');
        assertClean(log);
        if (!agree) assert.deepEqual(site.recorded, [], 'not agreed: nothing is counted');
      });
    }
    assert.equal(site.recorded.length, 1, `one klantcontact: ${site.recorded.join(' ')}`);
    const query = new URL(site.recorded[0], 'http://x').searchParams;
    assert.equal(query.get('idsite'), '3');
    assert.equal(query.get('rec'), '1');
    assert.equal(query.get('e_c'), 'klantcontact');
    assert.equal(query.get('e_a'), 'balie');
    assert.equal(query.get('e_n'), persona.context.wijk, 'counted per wijk, by the content\'s own wijk id');
    for (const value of Object.values(persona.answers).flat()) {
      if (typeof value === 'string' && value.length > 3) assert.ok(!site.recorded[0].includes(encodeURIComponent(value)), `no answer in the count (${value})`);
    }
    // The report over exported counts: a group of one is suppressed.
    const logFile = path.join(ARTIFACTS, 'matomo-requests.log');
    fs.writeFileSync(logFile, `${site.recorded.join('\n')}\n`);
    if (fs.existsSync(EKW)) {
      const r = spawnSync(EKW, ['stats', logFile], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /klantcontact\tbalie\t\(alle wijken\)\t<10/);
      assert.doesNotMatch(r.stdout, /\t1\n/);
    }
  } finally {
    await site.close();
  }
});
