// Issue 8 items 4, 6 and 9 as the resident sees them: a relative filling it in reads the questions about the person
// they help and is reminded on every question who that is; a topic answered mostly with "Weet ik niet" shows "Niet
// bekend" (no number, never "goes well") and the way to a person (14 023); levels in everyday words, and no
// "indicatie" anywhere a resident reads. axe-core on each page, screenshots in test-artifacts/browser/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, currentPage, waitForChange, serveSite, withPage, noViolations } from './helpers.mjs';

const site = serveSite();

function node(id) {
  for (const file of site.content.manifest.trees) {
    const found = site.content.bundle.files[file].nodes.find((n) => n.id === id);
    if (found) return found;
  }
  return null;
}

const nl = (text) => (typeof text === 'string' ? text : text?.nl || '');

async function start(page, levensgebied, { forOther = false } = {}) {
  if (forOther) await page.click('label[for="for-other"]');
  await page.click(`label[for="${await page.getAttribute(`input[name="levensgebied"][value="${levensgebied}"]`, 'id')}"]`);
  await page.click('#start-button');
  await page.waitForSelector('form.ekw-question');
}

// Answers the question on the page: "Weet ik niet" where offered (when `unknown`), else skip, else a plain answer.
async function answer(page, { unknown = false } = {}) {
  const before = await currentPage(page);
  if (unknown && await page.locator('#ekw-unknown').count()) await page.click('#ekw-unknown');
  else if (await page.locator('#ekw-skip-question').count()) await page.click('#ekw-skip-question');
  else {
    const { type, question } = before;
    if (type === 'single' || type === 'yesno') await page.locator('form.ekw-question input[type="radio"]').first().check();
    else if (type === 'multiple') await page.locator('form.ekw-question input[type="checkbox"]').first().check();
    else if (type === 'number') await page.fill(`#q-${question}`, '1');
    else if (type === 'postcode') await page.fill(`#q-${question}`, '2011 AB');
    else if (type === 'date') {
      await page.fill(`#q-${question}-day`, '1');
      await page.fill(`#q-${question}-month`, '2');
      await page.fill(`#q-${question}-year`, '2020');
    } else await page.fill(`#q-${question}`, 'Dat weet ik nog niet.');
    await page.click('#ekw-next');
  }
  await waitForChange(page, before);
  assert.equal(await page.locator('.ekw-error-summary').count(), 0, `answer to ${before.question} accepted`);
}

async function walkToTheEnd(page, options) {
  for (let guard = 0; guard < 60 && await page.locator('form.ekw-question').count(); guard += 1) await answer(page, options);
  assert.equal(await page.locator('form.ekw-question').count(), 0, 'the walk ends');
}

test('for someone else: the questions are about the person they help, and every question says who it is for', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await start(page, 'geld', { forOther: true });
    const first = node((await currentPage(page)).question);
    assert.equal((await page.textContent('h1')).trim(), nl(first.forOther.text), 'the relative\'s variant of the question');
    assert.match(await page.textContent('#ekw-for-whom'), /iemand anders/);
    await noViolations(page, 'question for someone else', t);
    await screenshot(page, 'question-for-someone-else');
    await answer(page);
    assert.match(await page.textContent('#ekw-for-whom'), /iemand anders/, 'the reminder stays on the next question');
    const second = node((await currentPage(page)).question);
    if (second.forOther) assert.equal((await page.textContent('h1')).trim(), nl(second.forOther.text));
  });
  // Filling it in for oneself: the resident's own question, no reminder.
  await withPage(site.baseUrl, { clean: false }, async ({ page }) => {
    await start(page, 'geld');
    const first = node((await currentPage(page)).question);
    assert.equal((await page.textContent('h1')).trim(), nl(first.text));
    assert.equal(await page.locator('#ekw-for-whom').count(), 0);
  });
});

test('"Weet ik niet" on most questions: "Niet bekend", no number, never "goes well", and the way to a person', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await start(page, 'werk');
    await walkToTheEnd(page, { unknown: true });
    await page.waitForSelector('main[data-page="situatie"], .ekw-situation__level, h1');
    const situation = await page.textContent('main');
    assert.match(situation, /Niet bekend/);
    assert.doesNotMatch(situation, /\d\/5/, 'no number for what the resident did not know');
    assert.doesNotMatch(situation, /Dit gaat goed/);
    await noViolations(page, 'situation, niet bekend', t);
    await screenshot(page, 'situation-niet-bekend');
    await page.goto(`${site.baseUrl}#/advies`);
    await page.waitForSelector('details.ekw-advice__area');
    const werk = await page.textContent('details.ekw-advice__area[data-levensgebied="werk"]');
    assert.match(werk, /Niet bekend/);
    assert.match(werk, /14 023/, 'a route to a person');
    assert.match(werk, /Loket voor informatie en advies/);
    assert.equal(await page.locator('details.ekw-advice__area[data-levensgebied="werk"] .ekw-level').count(), 0);
    await noViolations(page, 'advice, niet bekend', t);
    await screenshot(page, 'advice-niet-bekend');
  });
});

test('levels in everyday words and no "indicatie" on the advice page or the sociale kaart', async (t) => {
  await withPage(site.baseUrl, {}, async ({ page }) => {
    await start(page, 'huishouden');
    await walkToTheEnd(page);
    await page.goto(`${site.baseUrl}#/advies`);
    await page.waitForSelector('.ekw-advice__level');
    const level = await page.textContent('.ekw-advice__level');
    t.diagnostic(`level shown: ${level}`);
    assert.doesNotMatch(level, /zelfredzaam/i, 'the matrix term is for staff');
    assert.match(level, /Dit |Er is nu/);
    const text = await page.textContent('main');
    assert.doesNotMatch(text, /indicatie/i);
    await screenshot(page, 'advice-level-words');
    await page.click('a[data-route="sociale-kaart"]');
    await page.waitForSelector('main[data-page="sociale-kaart"]');
    await page.waitForSelector('.utrecht-status-badge');
    const kaart = await page.textContent('main');
    assert.doesNotMatch(kaart, /indicatie/i);
    assert.match(kaart, /U hoeft niets aan te vragen/);
    await noViolations(page, 'sociale kaart', t);
  });
});
