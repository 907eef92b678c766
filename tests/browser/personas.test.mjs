// Personas walked end to end in Debian's chromium, by clicking and (Carla) with the keyboard alone, on the content
// the build uses (build/site/content.json). Each walk asserts: the advice and services the persona expects, axe-core
// without WCAG 2.1 A/AA violations on every kind of page, no request to another origin, no console or CSP errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { screenshot, serveSite, withPage } from './helpers.mjs';
import { loadPersona, startPersona, answerAll, answerCurrent, expectSituation, expectAdvice, axeOnce, tabTo } from './walk.mjs';

const site = serveSite();

const haarlem = () => site.content.id === 'haarlem';


// Fills what a resident would still type into the form (the site has no BRP person: names come from the persona),
// checks the prefill the persona expects, and goes to "Controleer uw gegevens".
async function fillForm(page, persona, formId, t) {
  await page.waitForSelector(`#ekw-form[data-form="${formId}"]`);
  await axeOnce(page, 'formulier', t);
  const expected = persona.expect?.forms?.[formId] || {};
  const person = persona.person || {};
  const fromPerson = new Map([
    ['voornamen', person.naam?.voornamen], ['achternaam', person.naam?.geslachtsnaam],
  ]);
  for (const [field, value] of Object.entries(expected)) {
    const wrapper = page.locator(`[data-field="${field}"]`);
    assert.equal(await wrapper.count(), 1, `form field ${field} exists`);
    const radios = wrapper.locator('input[type="radio"]');
    if (await wrapper.evaluate((el) => el.classList.contains('ekw-form__internal'))) {
      // Worked out by the engine (a level): shown as text, not for the resident to change.
      assert.equal(await wrapper.locator('input, textarea, select').count(), 0, `${field} is not editable`);
      assert.equal((await wrapper.locator('p').nth(1).textContent()).trim(), String(value), `prefilled ${field}`);
    } else if (await radios.count()) {
      const checked = await wrapper.locator('input[type="radio"]:checked').count()
        ? await wrapper.locator('input[type="radio"]:checked').getAttribute('value') : null;
      assert.equal(checked, String(value), `prefilled ${field}`);
    } else {
      const input = wrapper.locator('input, textarea').first();
      const current = await input.inputValue();
      if (current === '' && fromPerson.get(field)) {
        await input.fill(fromPerson.get(field)); // a portal would prefill this from the BRP
      } else {
        assert.equal(current, String(value), `prefilled ${field}`);
      }
    }
  }
  // First check with what is there: the engine lists every missing or wrong field in Dutch.
  await page.click('#form-check');
  await page.waitForFunction(() => document.querySelector('.ekw-error-summary') || location.hash.endsWith('/controleer'));
  if (await page.locator('.ekw-error-summary').count()) {
    await axeOnce(page, 'formulier-fouten', t);
    await screenshot(page, `${formId}-errors`);
    const links = await page.$$eval('.ekw-error-summary a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.ok(links.length > 0);
    for (const l of links) assert.match(l.href, /^#f-/, 'error summary links to the field');
    // Following a link moves focus to the field.
    await page.click('.ekw-error-summary a >> nth=0');
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(`#${focused}`.replace(/-\d+$/, ''), links[0].href.replace(/-\d+$/, ''));
    await fillRequired(page);
    await page.click('#form-check');
    await page.waitForFunction(() => location.hash.endsWith('/controleer') || document.querySelector('.ekw-error-summary'));
    if (await page.locator('.ekw-error-summary').count()) {
      throw new Error(`form still has errors: ${await page.locator('.ekw-error-summary').textContent()}`);
    }
  }
}

// Valid test values by field type, for the fields still empty.
async function fillRequired(page) {
  const fields = await page.$$eval('[data-field]', (els) => els.map((el) => ({
    id: el.dataset.field,
    invalid: el.classList.contains('utrecht-form-field--invalid'),
  })));
  for (const f of fields.filter((x) => x.invalid)) {
    const w = page.locator(`[data-field="${f.id}"]`);
    if (await w.locator('input[type="radio"]').count()) {
      await w.locator('input[type="radio"]').first().check();
    } else if (await w.locator('input[type="checkbox"]').count()) {
      await w.locator('input[type="checkbox"]').check();
    } else if (await w.locator('.ekw-date').count()) {
      // The GOV.UK date pattern: day, month and year apart.
      await w.locator('.ekw-date__input--day').fill('1');
      await w.locator('.ekw-date__input--month').fill('1');
      await w.locator('.ekw-date__input--year').fill('1980');
    } else {
      const input = w.locator('input, textarea').first();
      const cls = (await input.getAttribute('class')) || '';
      const type = await input.getAttribute('type');
      let value = 'Test';
      if (/bsn/.test(cls)) value = '111222333';
      else if (/iban/.test(cls)) value = 'NL91ABNA0417164300';
      else if (type === 'tel') value = '0612345678';
      else if (type === 'email') value = 'test@example.nl';
      else if (/postal-code/.test(cls)) value = '2011 AB';
      else if (/date/.test(cls)) value = '01-01-1980';
      else if (/short/.test(cls)) value = '100';
      await input.fill(value);
    }
  }
}

test('Marjan (schulden): start, answers, reload midway restores every answer, advice, prefilled aanvraag, check, download', async (t) => {
  if (!haarlem()) return t.skip(`the personas are written for content/haarlem; this build uses ${site.content.id}`);
  const persona = { name: 'marjan', ...loadPersona('marjan') };
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await startPersona(page, persona, { t });
    await screenshot(page, 'marjan-01-first-question');

    // Answer a few questions, then reload: the question and every earlier answer come back.
    const first = await answerAll(page, persona, { t, stopAfter: 4 });
    assert.equal(first.length, 4);
    const before = await page.evaluate(() => document.querySelector('form.ekw-question')?.dataset.question);
    await page.reload();
    await page.waitForSelector('html[data-ekw-ready="true"]');
    await page.waitForSelector('form.ekw-question');
    const afterReload = await page.evaluate(() => document.querySelector('form.ekw-question')?.dataset.question);
    assert.equal(afterReload, before, 'the same question after a reload');
    // Walk back with "Vorige" and compare every answer with what was given.
    for (let i = first.length - 1; i >= 0; i--) {
      await page.click('#ekw-back');
      await page.waitForFunction((q) => document.querySelector('form.ekw-question')?.dataset.question === q, first[i]);
      await assertAnswerShown(page, first[i], persona.answers[first[i]]);
    }
    await screenshot(page, 'marjan-02-back-after-reload');
    // And forward again with "Verder": the kept answers are submitted as they are.
    for (let i = 0; i < first.length; i++) {
      await page.click('#ekw-next');
      await page.waitForFunction((q) => document.querySelector('form.ekw-question')?.dataset.question !== q, first[i]);
    }
    assert.equal(await page.evaluate(() => document.querySelector('form.ekw-question')?.dataset.question), before);

    await answerAll(page, persona, { t });
    await expectSituation(page, persona, t);
    await screenshot(page, 'marjan-03-situatie');
    await page.click('#ekw-to-advice');
    await expectAdvice(page, persona, t);
    await screenshot(page, 'marjan-04-advies');

    for (const formId of Object.keys(persona.expect?.forms || {})) {
      await page.click(`a[data-form="${formId}"] >> nth=0`);
      await fillForm(page, persona, formId, t);
      await page.waitForSelector('.ekw-review');
      await axeOnce(page, 'controleer', t);
      await screenshot(page, `marjan-05-controleer-${formId}`);
      // Download as JSON.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#review-download')]);
      const file = await download.path();
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(data.form.id, formId);
      for (const [field, value] of Object.entries(persona.expect.forms[formId])) {
        assert.equal(String(data.values[field]), String(value), `downloaded ${field}`);
      }
      assert.equal(data.dossier.format, 'ekw-dossier/1');
      // The print version: no navigation or buttons.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('#review-download').isVisible(), false);
      await screenshot(page, `marjan-06-print-${formId}`);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

async function assertAnswerShown(page, question, value) {
  const form = page.locator('form.ekw-question');
  const type = await form.getAttribute('data-type');
  if (value === null) {
    assert.ok(await page.locator('.ekw-muted', { hasText: /Weet ik niet|I do not know/ }).count() || type, `${question}: unknown`);
    return;
  }
  if (type === 'multiple') {
    const checked = await page.$$eval('form.ekw-question input:checked', (els) => els.map((e) => e.value));
    assert.deepEqual(checked.sort(), [...value].sort(), `${question} restored`);
  } else if (type === 'single') {
    assert.equal(await page.$eval('form.ekw-question input:checked', (e) => e.value), value, `${question} restored`);
  } else if (type === 'yesno') {
    assert.equal(await page.$eval('form.ekw-question input:checked', (e) => e.value), value ? 'ja' : 'nee', `${question} restored`);
  } else if (type === 'date') {
    const [y, m, d] = value.split('-');
    assert.equal(await page.inputValue(`#q-${question}-year`), y);
    assert.equal(await page.inputValue(`#q-${question}-month`), String(Number(m)));
    assert.equal(await page.inputValue(`#q-${question}-day`), String(Number(d)));
  } else {
    assert.equal(await page.inputValue(`#q-${question}`), String(value), `${question} restored`);
  }
}

test('meneer de Jong (eenzaam, huishoudelijke hulp, scootmobiel): own words, advice in ladder order, BUUV draft', async (t) => {
  if (!haarlem()) return t.skip(`the personas are written for content/haarlem; this build uses ${site.content.id}`);
  const persona = { name: 'meneer-de-jong', ...loadPersona('meneer-de-jong') };
  await withPage(site.baseUrl, {}, async ({ page, browser }) => {
    await startPersona(page, persona, { t });
    await answerAll(page, persona, { t });
    await expectSituation(page, persona, t);
    await page.click('#ekw-to-advice');
    await expectAdvice(page, persona, t);
    await screenshot(page, 'de-jong-01-advies');

    // The search box narrows the sociale-kaart cards under the advice; the advice itself stays.
    const cardsBefore = await page.$$eval('[data-service]', (els) => els.length);
    const adviceBefore = await page.$$eval('#ekw-advice-results [data-advice]', (els) => els.length);
    await page.fill('#advice-query', 'ouderenbond');
    await page.press('#advice-query', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-service]').length < n, cardsBefore);
    const cards = await page.$$eval('[data-service]', (els) => els.map((x) => x.textContent.toLowerCase()));
    assert.ok(cards.length > 0, 'the ouderenbond is still shown');
    assert.ok(cards.every((c) => c.includes('ouderenbond')), `only cards about the ouderenbond remain: ${cards.join(' | ')}`);
    assert.equal(await page.$$eval('#ekw-advice-results [data-advice]', (els) => els.length), adviceBefore);
    await page.fill('#advice-query', '');
    await page.press('#advice-query', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-service]').length === n, cardsBefore);

    // A BUUV request draft: filled in by the engine, to copy, print or take to buuv.nu.
    const buuvLink = page.locator('a[data-buuv]').first();
    if (await buuvLink.count()) {
      await buuvLink.click();
      await page.waitForSelector('#buuv-text');
      await axeOnce(page, 'buuv', t);
      await page.fill('#buuv-naam', 'Henk');
      await page.click('#buuv-update');
      await page.waitForFunction(() => document.querySelector('#buuv-text').value.includes('Henk') || document.activeElement?.id === 'buuv-text');
      const text = await page.inputValue('#buuv-text');
      assert.ok(text.length > 20, 'a BUUV text');
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.baseUrl).origin });
      await page.click('#buuv-copy');
      await page.waitForFunction(() => document.querySelector('#buuv-status').textContent.length > 0);
      assert.equal(await page.getAttribute('#buuv-go', 'href'), 'https://www.buuv.nu/');
      await screenshot(page, 'de-jong-02-buuv');
    } else {
      assert.ok(!haarlem(), 'the Haarlem content suggests BUUV to meneer de Jong');
    }
  });
});

test('Carla (voor haar moeder), by clicking: for someone else, advice without an aanvraag', async (t) => {
  if (!haarlem()) return t.skip(`the personas are written for content/haarlem; this build uses ${site.content.id}`);
  const persona = { name: 'carla', ...loadPersona('carla') };
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await startPersona(page, persona, { t });
    await answerAll(page, persona, { t });
    await expectSituation(page, persona, t);
    // Check your answers: "Wijzigen" goes back to that question with its answer; "Verder" walks back to the end.
    const second = Object.keys(persona.answers)[1];
    await page.locator(`section[data-levensgebied] details`).first().evaluate((d) => { d.open = true; });
    await page.click(`[data-question="${second}"] a`);
    await page.waitForFunction((q) => document.querySelector('form.ekw-question')?.dataset.question === q, second);
    assert.ok(await page.locator('form.ekw-question input:checked').count() > 0, 'the answer is shown');
    for (let i = 0; i < 40 && await page.locator('form.ekw-question').count(); i++) {
      const q = await page.getAttribute('form.ekw-question', 'data-question');
      await page.click('#ekw-next');
      await page.waitForFunction((b) => document.querySelector('form.ekw-question')?.dataset.question !== b, q);
    }
    await expectSituation(page, persona, t);
    await page.click('#ekw-to-advice');
    await expectAdvice(page, persona, t);
    await screenshot(page, 'carla-01-advies');
  });
});

test('Carla with the keyboard alone: every step reached with Tab, Space, arrows and Enter', async (t) => {
  if (!haarlem()) return t.skip(`the personas are written for content/haarlem; this build uses ${site.content.id}`);
  const persona = { name: 'carla', ...loadPersona('carla') };
  await withPage(site.baseUrl, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    // The skip link is the first thing Tab reaches, and it moves focus to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ekw-skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'inhoud');

    // Focus is visible on every control Tab reaches on the start page.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const cs = getComputedStyle(el);
        return { tag: el.tagName, id: el.id, outline: parseFloat(cs.outlineWidth) || 0, style: cs.outlineStyle, shadow: cs.boxShadow };
      });
      assert.ok((focus.outline >= 2 && focus.style !== 'none') || (focus.shadow && focus.shadow !== 'none'),
        `visible focus on ${focus.tag}#${focus.id}`);
    }
    await startPersona(page, persona, { keyboard: true, t });
    // Focus moved to the question (the page heading) after the page change.
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    await answerAll(page, persona, { keyboard: true, t });
    await expectSituation(page, persona, t);
    await tabTo(page, '#ekw-to-advice');
    await page.keyboard.press('Enter');
    await expectAdvice(page, persona, t);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the heading of the new page');
    await screenshot(page, 'carla-keyboard-advies');
  });
});
