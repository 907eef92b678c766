// Shared helpers for the browser tests and benchmarks: Debian's chromium through playwright-core (no downloaded
// browser), a static server for build/site (unless EKW_BASE_URL points at one), a network log that proves no request
// leaves the origin, axe-core, screenshots under test-artifacts/.

import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = process.env.EKW_SITE_DIR ? path.resolve(process.env.EKW_SITE_DIR) : path.join(ROOT, 'build/site');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/browser');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.EKW_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-default-apps', '--disable-extensions',
  '--disable-features=Translate,MediaRouter,OptimizationHints', '--metrics-recording-only', '--mute-audio',
];

// The site under test: EKW_BASE_URL (scripts/browser-tests.sh starts scripts/serve-static.mjs), or a server started
// here on a free port.
export async function startSite() {
  if (process.env.EKW_BASE_URL) {
    return { baseUrl: process.env.EKW_BASE_URL.replace(/\/?$/, '/'), close: async () => {} };
  }
  if (!fs.existsSync(path.join(SITE, 'index.html'))) {
    throw new Error('build/site is missing: run scripts/build-site.sh first');
  }
  const { createServer } = await import(path.join(ROOT, 'scripts/serve-static.mjs'));
  const server = createServer(SITE);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// The set-up every test file shares: the site served before its tests and stopped after them. Returns
// {baseUrl, content}: content (contentInfo, read once) describes the bundle the build serves.
export function serveSite() {
  const site = { baseUrl: null, close: null };
  let content = null;
  Object.defineProperty(site, 'content', { get: () => (content ||= contentInfo()) });
  before(async () => Object.assign(site, await startSite()));
  after(async () => { await site.close?.(); });
  return site;
}

// One test's browser: a fresh profile with the site open at `hash`, handed to `fn` as {page, log, browser}, closed
// afterwards whatever happens. Unless `clean: false`, the request guard (assertClean) runs when `fn` is done.
// Other options go to launch (viewport, locale).
export async function withPage(baseUrl, { hash = '', clean = true, ...options }, fn) {
  const browser = await launch(options);
  try {
    const { page, log } = await openSite(browser.context, baseUrl, hash);
    await fn({ page, log, browser });
    if (clean) assertClean(log);
  } finally {
    await browser.close();
  }
}

// A fresh browser with a new, empty profile. Returns {context, userDataDir, close}.
export async function launch({ viewport = { width: 390, height: 844 }, locale = 'nl-NL' } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekw-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    acceptDownloads: true,
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Records every request the page makes, and every console error (CSP violations show up there).
export function watch(page, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return {
    requests,
    consoleErrors,
    pageErrors,
    // Requests to anywhere but the site itself (blob: and data: URLs stay in the browser).
    foreign() {
      return requests.filter((u) => {
        if (u.startsWith('blob:') || u.startsWith('data:')) return false;
        try {
          return new URL(u).origin !== origin;
        } catch {
          return true;
        }
      });
    },
  };
}

export async function openSite(context, baseUrl, hash = '') {
  const page = context.pages()[0] || await context.newPage();
  const log = watch(page, baseUrl);
  await page.goto(baseUrl + hash);
  await page.waitForSelector('html[data-ekw-ready="true"]');
  return { page, log };
}

// Runs axe-core (injected through the DevTools protocol, so the page's CSP stays strict) against WCAG 2.1 A/AA.
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  });
}

// axe-core on the page as it is now: no WCAG 2.1 A/AA violation, named with the page kind (reported as a diagnostic).
export async function noViolations(page, kind, t) {
  const violations = await axe(page);
  assert.equal(violations.length, 0, `axe on ${kind}:\n${formatViolations(violations)}`);
  if (t) t.diagnostic(`axe: ${kind}: 0 violations`);
}

export function formatViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}\n    ${n.summary}`).join('\n')}`).join('\n');
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// The page's current route (hash) and, on a question page, the question id and type.
export async function currentPage(page) {
  return page.evaluate(() => {
    const form = document.querySelector('form.ekw-question');
    return {
      hash: location.hash,
      question: form ? form.dataset.question : null,
      type: form ? form.dataset.type : null,
      title: document.querySelector('h1')?.textContent || '',
    };
  });
}

// Waits until the page shows another question or another route than `before`.
export async function waitForChange(page, before) {
  await page.waitForFunction((b) => {
    const form = document.querySelector('form.ekw-question');
    const q = form ? form.dataset.question : null;
    return location.hash !== b.hash || q !== b.question || document.querySelector('.ekw-error-summary');
  }, before);
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function contentInfo() {
  const bundle = readJson(path.join(SITE, 'content.json'));
  const manifest = bundle.files['manifest.json'];
  return { bundle, manifest, id: manifest.id };
}

// What every walk asserts at its end: nothing left the origin, no script errors, no console errors (a CSP violation
// shows up as one).
export function assertClean(log) {
  assert.deepEqual(log.foreign(), [], 'no request leaves the origin');
  assert.deepEqual(log.pageErrors, [], 'no script errors');
  assert.deepEqual(log.consoleErrors, [], 'no console errors (a CSP violation would show here)');
}
