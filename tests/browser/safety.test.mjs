// Safety first and the resident's own words, as a resident sees them (Haarlem content): typed words that signal
// danger show direct help with numbers to call (tel: links) at the top of the start page, the matched topics with the
// words that matched them, veiligheid's questions first; a heavy question comes with a lead-in. And the wasm engine
// stems every word of a list exactly as the native engine does.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT, SITE, screenshot, serveSite, withPage, noViolations } from './helpers.mjs';

const site = serveSite();

const haarlem = () => site.content.id === 'haarlem';

test('words that signal danger: direct help with tel: links first, matched topics with the words, veiligheid walked first', async (t) => {
  if (!haarlem()) return t.skip('needs the Haarlem content');
  await withPage(site.baseUrl, { hash: '#/' }, async ({ page }) => {
    // Keyboard only: type the words and submit with Enter on the button.
    await page.focus('#start-text');
    await page.keyboard.type('Ik heb schulden en mijn man slaat mij');
    await page.focus('#start-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ekw-urgent');
    // Direct help comes before the page heading, takes focus, and starts with 112.
    assert.ok(await page.evaluate(() => Boolean(document.querySelector('.ekw-urgent')
      .compareDocumentPosition(document.querySelector('h1')) & Node.DOCUMENT_POSITION_FOLLOWING)));
    assert.equal(await page.evaluate(() => document.activeElement.closest('.ekw-urgent') !== null), true);
    const items = await page.$$eval('.ekw-urgent__item', (els) => els.map((e) => e.dataset.advice));
    assert.equal(items[0], 'veiligheid-direct-gevaar');
    const tel = await page.$$eval('.ekw-urgent a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(tel.includes('tel:112'), `112 as a tel: link (${tel})`);
    assert.ok(tel.includes('tel:08002000'), `Veilig Thuis as a tel: link (${tel})`);
    assert.equal(new Set(tel).size, tel.length, 'each number once in the urgent block');
    // What was read: topics with the resident's own words, and why safety comes first.
    const matched = await page.$$eval('.ekw-matched__list li', (lis) => lis.map((li) => [li.dataset.levensgebied, li.textContent]));
    assert.equal(matched[0][0], 'veiligheid');
    assert.ok(matched.some(([id, text]) => id === 'geld' && text.includes('"schulden"')), JSON.stringify(matched));
    assert.ok(await page.locator('.ekw-safety-first').isVisible());
    assert.equal(await page.isChecked('input[name="levensgebied"][value="veiligheid"]'), true);
    assert.equal(await page.isChecked('input[name="levensgebied"][value="geld"]'), true);
    await noViolations(page, 'start page with direct help', t);
    await screenshot(page, 'start-danger-words');
    // The resident may change the topics; veiligheid's screening comes first all the same.
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    assert.equal(await page.getAttribute('form.ekw-question', 'data-question'), 'veiligheid-nu');
    assert.ok(await page.locator('.ekw-urgent').count() > 0, 'direct help stays above the first question');
  });
});

test('topics read from calm words can be changed before starting; an organisation declined chooses nothing', async (t) => {
  if (!haarlem()) return t.skip('needs the Haarlem content');
  await withPage(site.baseUrl, { hash: '#/' }, async ({ page }) => {
    await page.fill('#start-text', 'ik voel me eensaam en verveel me');
    await page.click('#start-button');
    await page.waitForSelector('.ekw-matched__list');
    assert.equal(await page.locator('.ekw-urgent').count(), 0, 'no direct help where nothing signals danger');
    const ids = await page.$$eval('.ekw-matched__list li', (lis) => lis.map((li) => li.dataset.levensgebied));
    assert.deepEqual(ids.sort(), ['dagbesteding', 'netwerk']);
    // Change: untick dagbesteding, start with netwerk only.
    await page.click(`label[for="${await page.getAttribute('input[name="levensgebied"][value="dagbesteding"]', 'id')}"]`);
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    const session = await page.evaluate(() => window.ekwApp.state.session.levensgebieden);
    assert.deepEqual(session, ['netwerk']);
  });
  // A declined organisation alone chooses nothing (a fresh browser: nothing chosen before).
  await withPage(site.baseUrl, { hash: '#/' }, async ({ page }) => {
    await page.fill('#start-text', 'Ik wil niet naar de voedselbank');
    await page.click('#start-button');
    await page.waitForSelector('.utrecht-alert--warning');
    assert.equal(await page.locator('input[name="levensgebied"]:checked').count(), 0);
  });
});

test('a question about ending one\'s life comes with a lead-in before it', async (t) => {
  if (!haarlem()) return t.skip('needs the Haarlem content');
  await withPage(site.baseUrl, { hash: '#/' }, async ({ page }) => {
    await page.click(`label[for="${await page.getAttribute('input[name="levensgebied"][value="psyche"]', 'id')}"]`);
    await page.click('#start-button');
    await page.waitForSelector('form.ekw-question');
    await page.locator('form.ekw-question input[type="checkbox"]').last().check();
    await page.click('#ekw-next');
    await page.waitForSelector('form.ekw-question[data-question="psyche-nu"]');
    assert.ok(await page.evaluate(() => Boolean(document.querySelector('.ekw-question__lead')
      .compareDocumentPosition(document.querySelector('h1')) & Node.DOCUMENT_POSITION_FOLLOWING)), 'the lead-in comes before the question');
    assert.match(await page.textContent('.ekw-question__lead'), /iedereen/);
    await noViolations(page, 'question with a lead-in', t);
    await screenshot(page, 'question-lead-in');
  });
});

test('the wasm engine stems every word of the list exactly as the native engine', async (t) => {
  const wasmFile = path.join(SITE, 'engine/ekw_engine.wasm');
  const ekw = [process.env.EKW_TOOL, path.join(ROOT, 'build/native/tools/ekw/ekw'), path.join(ROOT, 'build/site-tools/tools/ekw/ekw')]
    .find((f) => f && fs.existsSync(f));
  if (!fs.existsSync(wasmFile) || !ekw) return t.skip('needs build/site and a native ekw');
  const { Engine } = await import(pathToFileURL(path.join(SITE, 'js/engine.js')).href);
  const engine = await Engine.load('content.json', {
    bundleText: fs.readFileSync(path.join(SITE, 'content.json'), 'utf8'),
    wasmBinary: fs.readFileSync(wasmFile),
  });
  for (const language of ['nl', 'en']) {
    const words = fs.readFileSync(path.join(ROOT, `tests/matching/stem-words-${language}.txt`), 'utf8').split('\n').filter(Boolean);
    assert.ok(words.length >= 100, `a real word list (${words.length} words)`);
    const wasm = engine.call('stems', { words, language }).stems;
    const native = JSON.parse(execFileSync(ekw, ['match', '--stems', '--language', language, ...words], { encoding: 'utf8' }));
    assert.equal(wasm.length, words.length);
    assert.deepEqual(wasm, native);
    const changed = words.filter((w, i) => wasm[i] !== w).length;
    assert.ok(changed > words.length / 3, `the stemmer really stems (${changed} of ${words.length} words changed)`);
    t.diagnostic(`${language}: ${words.length} words, native and wasm stems agree, ${changed} changed by stemming`);
  }
});
