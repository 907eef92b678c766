// Saved answers that cannot be read are never dropped silently: the start page says so, the unreadable copy is kept
// aside (downloadable) until the resident clears it, and a fresh start works beside it. Two ways in: text that is
// not JSON at all, and a state whose session the engine refuses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { screenshot, serveSite, withPage, noViolations } from './helpers.mjs';

const site = serveSite();

const cases = [
  { name: 'damaged text', saved: '{"version":1,"session":{"answers":{"geld-zelf"' },
  { name: 'a session the engine refuses', saved: JSON.stringify({ version: 1, session: { format: 'iets anders', answers: 7 } }) },
];

for (const c of cases) {
  test(`unreadable saved state (${c.name}) is kept, named and can be downloaded or cleared`, async (t) => {
    await withPage(site.baseUrl, {}, async ({ page }) => {
      await page.evaluate((text) => localStorage.setItem('ekw.state.v1', text), c.saved);
      await page.reload();
      await page.waitForSelector('html[data-ekw-ready="true"]');
      await page.waitForSelector('#unreadable-title');

      const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('ekw.unreadable.v1')));
      assert.ok(kept.text.includes('"version":1'), 'the unreadable copy is kept as it was');
      assert.ok(kept.reason.length > 0, 'and why it could not be read');
      await noViolations(page, `start with unreadable saved state (${c.name})`, t);
      await screenshot(page, `start-unreadable-${c.name.replace(/\W+/g, '-')}`);

      // A fresh start beside it: choose a topic and answer the first question; the copy stays.
      const first = await page.getAttribute('input[name="levensgebied"]', 'id');
      await page.click(`label[for="${first}"]`);
      await page.click('#start-button');
      await page.waitForSelector('form.ekw-question');
      assert.ok(await page.evaluate(() => Boolean(localStorage.getItem('ekw.unreadable.v1'))), 'still kept after a fresh start');

      // Back on the start page the notice is still there; the download holds exactly the kept text.
      await page.goto(site.baseUrl + '#/');
      await page.waitForSelector('#unreadable-download');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#unreadable-download')]);
      const downloaded = fs.readFileSync(await download.path(), 'utf8');
      assert.equal(downloaded, kept.text);

      await page.click('#unreadable-clear');
      await page.waitForFunction(() => !document.querySelector('#unreadable-title'));
      assert.equal(await page.evaluate(() => localStorage.getItem('ekw.unreadable.v1')), null, 'cleared when the resident chose so');
    });
  });
}
