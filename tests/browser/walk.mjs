// Walks a persona (tests/personas/*.json: start, context, answers keyed by question id) through the site the way a
// resident does: by clicking (or, with {keyboard: true}, with the keyboard alone). The questions come from the page;
// an answer is looked up by the question id the page shows, so the walk follows whatever the content asks.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, noViolations, screenshot, currentPage } from './helpers.mjs';

export function loadPersona(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/personas', `${name}.json`), 'utf8'));
}

// Page kinds already checked by axe in this process, so each kind is checked at least once, cheaply.
const axeSeen = new Set();
export async function axeOnce(page, kind, t) {
  if (axeSeen.has(kind)) return;
  axeSeen.add(kind);
  await noViolations(page, kind, t);
}
export function axeKinds() {
  return [...axeSeen];
}

// --- keyboard helpers -------------------------------------------------------------------------------------------------
async function focusedMatches(page, selector) {
  return page.evaluate((sel) => Boolean(document.activeElement && document.activeElement.matches(sel)), selector);
}

// Presses Tab until the focused element matches `selector` (at most `max` times).
export async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`keyboard: could not reach ${selector} with Tab (focus is on ${active})`);
}

// --- acting on controls ------------------------------------------------------------------------------------------------
function io(page, keyboard) {
  return {
    async check(inputSelector) {
      const input = page.locator(inputSelector);
      if (await input.isChecked()) return;
      if (keyboard) {
        const type = await input.getAttribute('type');
        if (type === 'radio') {
          // Tab reaches a radio group once; the arrow keys move to the wanted option and select it.
          const name = await input.getAttribute('name');
          const group = `input[type="radio"][name="${name}"]`;
          await tabTo(page, group);
          const radios = page.locator(group);
          const count = await radios.count();
          for (let i = 0; i < count + 1 && !(await input.isChecked()); i++) {
            if (i === 0 && !(await page.evaluate((g) => [...document.querySelectorAll(g)].some((r) => r.checked), group))) {
              await page.keyboard.press('Space');
            } else {
              await page.keyboard.press('ArrowDown');
            }
          }
        } else {
          await tabTo(page, inputSelector);
          await page.keyboard.press('Space');
        }
      } else {
        const id = await input.getAttribute('id');
        await page.click(`label[for="${id}"]`);
      }
      assert.ok(await input.isChecked(), `${inputSelector} should be checked`);
    },
    async uncheck(inputSelector) {
      const input = page.locator(inputSelector);
      if (!(await input.isChecked())) return;
      if (keyboard) {
        await tabTo(page, inputSelector);
        await page.keyboard.press('Space');
      } else {
        await page.click(`label[for="${await input.getAttribute('id')}"]`);
      }
    },
    async fill(selector, text) {
      if (keyboard) {
        await tabTo(page, selector);
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.type(text);
      } else {
        await page.fill(selector, text);
      }
    },
    async select(selector, value) {
      if (keyboard) {
        await tabTo(page, selector);
        // A closed <select> takes the option by typing its text; set it through the keyboard-driven value.
        const label = await page.locator(`${selector} option[value="${value}"]`).textContent();
        await page.keyboard.type(label.trim());
        if ((await page.locator(selector).inputValue()) !== value) await page.selectOption(selector, value);
      } else {
        await page.selectOption(selector, value);
      }
    },
    async press(selector) {
      if (keyboard) {
        await tabTo(page, selector);
        await page.keyboard.press('Enter');
      } else {
        await page.click(selector);
      }
    },
  };
}

// --- the walk ------------------------------------------------------------------------------------------------------------
export async function startPersona(page, persona, { keyboard = false, t } = {}) {
  const act = io(page, keyboard);
  await page.waitForSelector('#ekw-start-form');
  await axeOnce(page, 'start', t);
  const ctx = persona.context || {};
  if (ctx.forSomeoneElse) await act.check('#for-other');
  if (ctx.wijk && await page.locator('#start-wijk').count()) await act.select('#start-wijk', ctx.wijk);
  if (ctx.age !== undefined && ctx.age !== null) await act.fill('#start-age', String(ctx.age));
  if (persona.start.levensgebieden) {
    for (const id of persona.start.levensgebieden) await act.check(`input[name="levensgebied"][value="${id}"]`);
  } else if (persona.start.text) {
    await act.fill('#start-text', persona.start.text);
    await act.press('#start-button');
    await page.waitForSelector('.utrecht-alert');
    await axeOnce(page, 'start-matched', t);
    // The engine proposes levensgebieden from the words; the resident agrees.
    const proposed = await page.$$eval('input[name="levensgebied"]:checked', (els) => els.map((e) => e.value));
    assert.ok(proposed.length > 0, `no levensgebied matched "${persona.start.text}"`);
    if (t) t.diagnostic(`matched from text: ${proposed.join(', ')}`);
  }
  await act.press('#start-button');
  await page.waitForFunction(() => document.querySelector('form.ekw-question') || document.querySelector('main[data-page="situatie"]'));
}

// Answers the question on the page from the persona; returns {question, type, value} or null when not on a question.
export async function answerCurrent(page, persona, { keyboard = false, t, log = [] } = {}) {
  const act = io(page, keyboard);
  const here = await currentPage(page);
  if (!here.question) return null;
  await axeOnce(page, `question-${here.type}`, t);
  const q = here.question;
  const answers = persona.answers || {};
  const has = Object.prototype.hasOwnProperty.call(answers, q);
  let value = has ? answers[q] : undefined;
  if (!has) log.push(`${persona.name || 'persona'}: no answer for ${q}; took a default`);
  const base = `#q-${q}`;

  if (value === null || (!has && (await page.locator('#ekw-unknown').count()))) {
    if (await page.locator('#ekw-unknown').count()) {
      await act.press('#ekw-unknown');
    } else if (await page.locator('#ekw-skip-question').count()) {
      await act.press('#ekw-skip-question');
    } else {
      throw new Error(`${q}: the persona says "don't know", but the question allows neither "Weet ik niet" nor skipping`);
    }
  } else {
    if (!has) value = await defaultAnswer(page, here.type);
    switch (here.type) {
      case 'single':
        await act.check(`${'form.ekw-question'} input[type="radio"][value="${value}"]`);
        break;
      case 'yesno':
        await act.check(`form.ekw-question input[type="radio"][value="${value ? 'ja' : 'nee'}"]`);
        break;
      case 'multiple': {
        const wanted = new Set(Array.isArray(value) ? value : [value]);
        const all = await page.$$eval('form.ekw-question input[type="checkbox"]', (els) => els.map((e) => e.value));
        for (const v of all) {
          const sel = `form.ekw-question input[type="checkbox"][value="${v}"]`;
          if (wanted.has(v)) await act.check(sel);
          else await act.uncheck(sel);
        }
        break;
      }
      case 'date': {
        const [y, m, d] = String(value).split('-');
        await act.fill(`${base}-day`, String(Number(d)));
        await act.fill(`${base}-month`, String(Number(m)));
        await act.fill(`${base}-year`, y);
        break;
      }
      default:
        await act.fill(base, String(value));
    }
    await act.press('#ekw-next');
  }
  await page.waitForFunction((before) => {
    const form = document.querySelector('form.ekw-question');
    return (form ? form.dataset.question : null) !== before || document.querySelector('.ekw-error-summary');
  }, q);
  const error = await page.locator('.ekw-error-summary').count();
  if (error) {
    await axeOnce(page, 'question-error', t);
    const message = await page.locator('.ekw-error-summary').textContent();
    throw new Error(`${q}: the engine did not accept ${JSON.stringify(value)}: ${message}`);
  }
  return { question: q, type: here.type, value };
}

// How to answer a question of each type: tests/fixtures/answers.json, which the unit tests and benchmarks read too.
const ANSWERS = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/answers.json'), 'utf8')).types;

async function defaultAnswer(page, type) {
  const answer = ANSWERS[type].answers[0];
  if (answer === null || typeof answer !== 'object') return answer;
  const options = await page.$$eval('form.ekw-question input', (els) => els.map((e) => e.value));
  if ('option' in answer) return options[answer.option];
  if ('options' in answer) return answer.options.map((i) => options[i]);
  return answer.min;  // {"min": n}: the page does not say the question's min
}

// Answers questions until the engine is done (the site shows "Uw situatie"). Returns the answered question ids.
export async function answerAll(page, persona, { keyboard = false, t, stopAfter = Infinity, log = [] } = {}) {
  const answered = [];
  for (let i = 0; i < 120 && answered.length < stopAfter; i++) {
    const step = await answerCurrent(page, persona, { keyboard, t, log });
    if (!step) break;
    answered.push(step.question);
  }
  return answered;
}

export async function expectSituation(page, persona, t) {
  await page.waitForSelector('main[data-page="situatie"]');
  await axeOnce(page, 'situatie', t);
  for (const [lg, level] of Object.entries(persona.expect?.levels || {})) {
    const badge = page.locator(`section[data-levensgebied="${lg}"] .ekw-level`);
    assert.equal(await badge.count(), 1, `Uw situatie shows levensgebied ${lg}`);
    assert.equal((await badge.textContent()).trim(), `${level}/5`, `level of ${lg}`);
  }
}

export async function expectAdvice(page, persona, t) {
  await page.waitForSelector('main[data-page="advies"] #ekw-advice-results');
  await axeOnce(page, 'advies', t);
  const e = persona.expect || {};
  const shownAdvice = await page.$$eval('#ekw-advice-results [data-advice]', (els) => els.map((x) => x.dataset.advice));
  for (const id of e.advice || []) assert.ok(shownAdvice.includes(id), `advice ${id} is shown (shown: ${shownAdvice.join(', ')})`);
  const shownServices = await page.$$eval('[data-service]', (els) => els.map((x) => x.dataset.service));
  for (const id of e.services || []) assert.ok(shownServices.includes(id), `service ${id} is shown`);
  // Ladder order per levensgebied, as the page shows it.
  for (const [lg, order] of Object.entries(e.rungOrder || {})) {
    const rungs = await page.$$eval(`#ekw-advice-results [data-levensgebied="${lg}"] section[data-rung]`, (els) => els.map((x) => Number(x.dataset.rung)));
    assert.deepEqual(rungs, order, `rung order of ${lg}`);
  }
  const urgent = await page.$$eval('.ekw-urgent [data-advice]', (els) => els.map((x) => x.dataset.advice));
  assert.deepEqual(urgent.sort(), [...(e.urgent || [])].sort(), 'urgent (rung 0) advice at the top');
}

export { screenshot };
