// Forms that adapt (issue 11 items 6-7, issue 8 items 6 and 8), in Debian's chromium on content/haarlem: fields that
// show only when they apply and appear as the resident answers (by keyboard too), the three-part date, the consent
// text above its box, internal levels that cannot be typed over, "Kies ..." errors, the check page with only the
// applicable fields and the schulddienstverlening first check; and the BRP hand-over: with a portal, the relative
// filling it in is the contact person and the form says which fields came from the BRP; without one nothing is
// claimed; the BRP data is never stored in the browser. axe-core on every page kind, no request leaves the origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, openSite, screenshot, assertClean, serveSite, withPage, noViolations } from './helpers.mjs';
import { loadPersona, tabTo } from './walk.mjs';

const site = serveSite();

const haarlem = () => site.content.id === 'haarlem';
const BRP_PATH = '/portaal/brp/ik.json';

// The gemeente's deployment: index.html names the portal's BRP path, and the portal serves the resident's response.
async function withPortal(context, fixture) {
  await context.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<meta name="ekw-brp-path" content="">', `<meta name="ekw-brp-path" content="${BRP_PATH}">`);
    await route.fulfill({ response, body });
  });
  await context.route((url) => url.pathname === BRP_PATH, (route) => route.fulfill({
    status: 200, contentType: 'application/json',
    body: fs.readFileSync(path.join(ROOT, 'tests', 'brp', fixture), 'utf8'),
  }));
}

// A session with the persona's answers for these levensgebieden, made by the site's own engine, then the form.
async function openForm(page, { persona, levensgebieden, context, form }) {
  const answers = loadPersona(persona).answers;
  const ok = await page.evaluate(({ answers, levensgebieden, context }) => {
    const app = window.ekwApp;
    let v = app.engine.callRaw('start', { language: app.lang, levensgebieden, context });
    for (let guard = 0; v.question && guard < 200; guard++) {
      const id = v.question.id;
      const known = Object.prototype.hasOwnProperty.call(answers, id) && answers[id] !== null;
      // As `ekw simulate` does: the persona's answer, else "Weet ik niet" where allowed, else skip.
      const how = known ? { value: answers[id] } : v.question.allowUnknown ? { unknown: true } : { skip: true };
      v = app.engine.callRaw('answer', { language: app.lang, session: v.session, ...how });
      if (v.error || v.answerError) return `${id}: ${JSON.stringify(v.error || v.answerError)}`;
    }
    app.setView(v);
    return v.done ? true : 'not done';
  }, { answers, levensgebieden, context });
  assert.equal(ok, true, `the ${persona} answers walk ${levensgebieden} to the end`);
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/formulier/${form}`);
  await page.waitForSelector(`#ekw-form[data-form="${form}"]`);
}

const visible = (page, field) => page.locator(`[data-field="${field}"]`).isVisible();

test('schulddienstverlening: fields appear as they apply, dates in three parts, consent text first, levels fixed, "Kies" errors, the first check', async (t) => {
  if (!haarlem()) return t.skip(`written for content/haarlem; this build uses ${site.content.id}`);
  await withPage(site.baseUrl, {}, async ({ page, log }) => {
    await openForm(page, { persona: 'marjan', levensgebieden: ['geld'], context: { forSomeoneElse: false }, form: 'aanvraag-schulddienstverlening' });
    await page.waitForFunction(() => document.documentElement.dataset.ekwBrp === 'none');

    // Without a portal nothing is claimed as gemeente data; what came from the answers says so.
    const notice = await page.locator('#form-prefill').textContent();
    assert.match(notice, /Wat u al vertelde in de vragen/);
    assert.doesNotMatch(notice, /BRP|Basisregistratie/);
    assert.equal(await page.locator('[data-source="brp"]').count(), 0);
    assert.ok(await page.locator('[data-field="heeft_partner"] [data-source="answers"]').count(), 'the partner answer is marked as from the answers');
    assert.deepEqual(log.requests.filter((u) => u.endsWith('.json') && !u.endsWith('/content.json') && !u.endsWith('/config.json')), [], 'no BRP request without a portal (config.json is the own settings of the site)');

    // Partner fields only with a partner: the engine decides again as the resident answers, here by keyboard.
    assert.equal(await visible(page, 'partner_voornamen'), false);
    await tabTo(page, '#f-heeft_partner-0, #f-heeft_partner-1');
    await page.keyboard.press('ArrowUp'); // from "Nee" (prefilled) to "Ja"
    await page.waitForFunction(() => !document.querySelector('[data-field="partner_voornamen"]').hidden);
    assert.equal(await page.locator('#f-heeft_partner-0').isChecked(), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-partner_voornamen', 'Tab goes on to the field that appeared');
    await page.keyboard.type('Ahmed');
    await screenshot(page, 'form-sdv-partner-shown');
    await page.locator('#f-heeft_partner-1').check();
    await page.waitForFunction(() => document.querySelector('[data-field="partner_voornamen"]').hidden);

    // The deurwaarder's date: the three-part date of the question pages, prefilled from the answer.
    assert.equal(await visible(page, 'deurwaarder_datum'), true);
    assert.equal(await page.inputValue('#f-deurwaarder_datum-day'), '19');
    assert.equal(await page.inputValue('#f-deurwaarder_datum-month'), '11');
    assert.equal(await page.inputValue('#f-deurwaarder_datum-year'), '2026');

    // The level is the engine's: shown, with nothing to type.
    const level = page.locator('[data-field="niveau_geld"]');
    assert.equal(await level.isVisible(), true);
    assert.equal(await level.locator('input, textarea').count(), 0);
    assert.match(await level.textContent(), /U hoeft hier niets te doen/);

    // The consent text stands above its checkbox.
    const order = await page.evaluate(() => {
      const statement = document.querySelector('.ekw-consent__statement');
      const box = document.getElementById('f-toestemming');
      return Boolean(statement && box && (statement.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    assert.ok(order, 'the consent statement comes before the checkbox');
    await noViolations(page, 'formulier (schulddienstverlening)', t);

    // A required choice left open: "Kies ...", not "Vul dit in".
    await page.click('#form-check');
    await page.waitForSelector('.ekw-error-summary');
    const summary = await page.locator('.ekw-error-summary').textContent();
    assert.match(summary, /Kies een antwoord bij ‘Waar komt uw inkomen vooral vandaan\?’/);
    assert.doesNotMatch(summary, /Vul dit in: ‘Waar komt uw inkomen/);
    await noViolations(page, 'formulier met fouten', t);
    await screenshot(page, 'form-sdv-errors');

    // Fill in what is left, and check.
    const fill = async (id, value) => page.fill(`#f-${id}`, value);
    await fill('voornamen', 'Marjan');
    await fill('achternaam', 'van Velzen');
    await page.fill('#f-geboortedatum-day', '12');
    await page.fill('#f-geboortedatum-month', '4');
    await page.fill('#f-geboortedatum-year', '1988');
    await fill('bsn', '999993653');
    await fill('straat', 'Zijlweg');
    await fill('huisnummer', '12');
    await fill('postcode', '2013 DK');
    await fill('woonplaats', 'Haarlem');
    await page.locator('[data-field="inkomen_bron"] input[value="uitkering"]').check();
    await fill('netto_inkomen', '1200');
    await fill('iban', 'NL91 ABNA 0417 1643 00');
    await fill('spaargeld', '150');
    await page.locator('#f-eigen_huis-1').check();
    await fill('aantal_schuldeisers', '6');
    await fill('totaal_schulden', '8000');
    await fill('telefoon', '023 123 4567');
    await page.locator('#f-toestemming').check();
    await page.locator('#f-naar_waarheid').check();
    await page.click('#form-check');
    await page.waitForFunction(() => location.hash.endsWith('/controleer') || document.querySelector('.ekw-error-summary'));
    assert.equal(await page.locator('.ekw-error-summary').count(), 0,
      `no errors left: ${await page.locator('.ekw-error-summary').textContent().catch(() => '')}`);

    // The check page: only what applies, and at once whether she probably qualifies, and why.
    await page.waitForSelector('#form-assessment');
    assert.equal(await page.getAttribute('#form-assessment', 'data-result'), 'likely');
    assert.match(await page.locator('#form-assessment').textContent(), /U voldoet waarschijnlijk aan de voorwaarden voor schulddienstverlening/);
    assert.match(await page.locator('#form-assessment').textContent(), /De gemeente beslist/);
    assert.equal(await page.locator('#form-assessment [data-criterion]').count(), 3);
    assert.equal(await page.locator('.ekw-review__row[data-field="partner_voornamen"]').count(), 0, 'no partner rows without a partner');
    assert.equal(await page.locator('.ekw-review__row[data-field="deurwaarder_datum"]').count(), 1);
    assert.equal(await page.locator('.ekw-review__row[data-field="melder_naam"]').count(), 0, 'no contact person when it is for herself');
    await noViolations(page, 'controleer (schulddienstverlening)', t);
    await screenshot(page, 'form-sdv-review');

    // More savings than debts: the check says so, in plain words, and she may still send it.
    await page.click('.ekw-review__row[data-field="spaargeld"] a');
    await page.waitForSelector('#f-spaargeld:focus');
    await page.fill('#f-spaargeld', '9000');
    await page.click('#form-check');
    await page.waitForSelector('#form-assessment[data-result="unlikely"]');
    assert.match(await page.locator('[data-criterion="vermogen"]').textContent(), /meer spaargeld dan schulden/);
  });
});

test('BRP from the portal: a daughter fills it in for her father, as contact person; the BRP data is never stored', async (t) => {
  if (!haarlem()) return t.skip(`written for content/haarlem; this build uses ${site.content.id}`);
  const browser = await launch();
  try {
    await withPortal(browser.context, 'raadpleeg-mantelzorger.json');
    const { page, log } = await openSite(browser.context, site.baseUrl);
    await page.waitForFunction(() => document.documentElement.dataset.ekwBrp === 'loaded');
    await openForm(page, { persona: 'meneer-de-jong', levensgebieden: ['huishouden'], context: { forSomeoneElse: true, age: 81 }, form: 'aanvraag-huishoudelijke-hulp' });

    // Her father is the applicant: none of her BRP data in his fields; she is the contact person.
    assert.equal(await page.locator('[data-section="over-u"] h2').textContent(), 'Over de persoon voor wie u dit invult');
    assert.equal(await page.inputValue('#f-voornamen'), '');
    assert.equal(await page.inputValue('#f-bsn'), '');
    assert.equal(await visible(page, 'melder_naam'), true);
    assert.equal(await page.inputValue('#f-melder_naam'), 'Petra Smit');
    assert.equal(await page.locator('[data-field="melder_naam"] [data-source="brp"]').textContent(), 'Ingevuld uit de BRP (de gegevens van de gemeente)');
    assert.equal(await visible(page, 'telefoon'), false, 'his own phone gives way to the contact person\'s');
    const notice = await page.locator('#form-prefill').textContent();
    assert.match(notice, /Basisregistratie Personen \(BRP\)/);
    assert.match(notice, /Uw naam/);
    assert.doesNotMatch(notice, /Voornamen/);
    await noViolations(page, 'formulier voor iemand anders (BRP)', t);
    await screenshot(page, 'form-hh-for-someone-else');

    // She says it is for herself after all: the same BRP data now fills the applicant's fields.
    await page.locator('#f-namens_iemand_anders-1').check();
    await page.waitForFunction(() => document.querySelector('#f-voornamen')?.value === 'Petra');
    assert.equal(await page.locator('[data-section="over-u"] h2').textContent(), 'Over u');
    assert.equal(await page.inputValue('#f-achternaam'), 'Smit');
    assert.equal(await page.inputValue('#f-postcode'), '2023CA');
    assert.equal(await page.locator('[data-field="voornamen"] [data-source="brp"]').count(), 1);
    assert.equal(await visible(page, 'melder_naam'), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-namens_iemand_anders-1', 'focus stays on her choice');

    // Nothing of the BRP response is kept in the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    for (const secret of ['999990019', 'Petra', 'Smit', 'Kleverparkweg']) assert.ok(!stored.includes(secret), `${secret} is not stored`);
    assertClean(log);
  } finally {
    await browser.close();
  }
});
