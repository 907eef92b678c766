// "Mijn plan": one page to keep. The date, the resident's own words, "Uw eerste stappen" (chosen by the engine),
// per levensgebied what to do and who can help with every contact detail the content has, and how to reach a
// person. It prints on its own (app.css @media print) and downloads as one self-contained HTML file that opens in
// any browser, also offline. The JSON download on the advice page is the hand-over file for a social worker.

import { h, para, heading, button, buttonGroup, paragraphs, download, uniqueUrls } from '../dom.js';
import { PLAN_FILE_CSS } from './plan_file_css.js';

export function renderPlan(app) {
  const t = app.t;
  if (!app.hasSession()) {
    app.showNeedsSession(t('site.plan.title'), t('site.plan.none'));
    return;
  }
  const result = app.call('advice', { session: app.state.session });
  const plan = planArticle(app, result);
  const actions = h('div', { class: 'ekw-no-print ekw-plan__actions' },
    para(t('site.plan.intro')),
    buttonGroup(
      button(t('site.plan.print'), { kind: 'primary', id: 'plan-print', onclick: () => window.print() }),
      button(t('site.plan.download'), {
        kind: 'secondary', id: 'plan-download', 'aria-describedby': 'plan-download-hint',
        onclick: () => download(`mijn-plan-${app.today()}.html`, planFile(app, plan), 'text/html'),
      })),
    h('p', { class: 'utrecht-paragraph ekw-muted', id: 'plan-download-hint' }, t('site.plan.downloadHint')),
    para(h('a', { class: 'utrecht-link utrecht-link--html-a', href: '#/advies' }, t('site.plan.back'))));
  app.show({ title: t('site.plan.title'), nodes: [plan, actions] });
}

function formatDate(app) {
  try {
    return new Intl.DateTimeFormat(app.lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  } catch {
    return app.today();
  }
}

function planArticle(app, result) {
  const t = app.t;
  const goal = (app.state.start?.text || '').trim();
  const parts = [
    app.pageHeading(t('site.plan.title')),
    h('p', { class: 'utrecht-paragraph ekw-plan__date', dataset: { date: app.today() } }, t('site.plan.date', { date: formatDate(app) })),
    h('section', { class: 'ekw-plan__goal', 'aria-labelledby': 'plan-goal' },
      heading(2, t('site.plan.goal'), { id: 'plan-goal' }),
      goal ? h('blockquote', { class: 'ekw-plan__quote' }, paragraphs(goal)) : para(t('site.plan.noGoal'), { class: 'utrecht-paragraph ekw-muted' })),
  ];
  const first = result.firstSteps || [];
  if (first.length) {
    parts.push(h('section', { class: 'ekw-plan__first ekw-first-steps', 'aria-labelledby': 'plan-first' },
      heading(2, t('site.firstSteps.title'), { id: 'plan-first' }),
      h('ol', { class: 'utrecht-ordered-list ekw-first-steps__list' }, first.map((a) => h('li', { class: 'utrecht-ordered-list__item', dataset: { advice: a.id } },
        h('strong', null, a.title), ' ', h('span', { class: 'ekw-muted' }, `(${app.levensgebiedName(a.levensgebied)})`),
        a.steps && a.steps.length ? h('ul', { class: 'utrecht-unordered-list' }, a.steps.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, s))) : null)))));
  }
  const areas = (result.levensgebieden || []).filter((lg) => lg.advice && lg.advice.length);
  if (areas.length) {
    parts.push(heading(2, t('site.plan.perArea'), { id: 'plan-areas' }));
    for (const lg of areas) parts.push(areaSection(app, lg));
  }
  parts.push(personSection(app));
  return h('article', { class: 'ekw-plan', id: 'ekw-plan', 'aria-labelledby': 'ekw-plan-title' }, parts.map((p, i) => {
    if (i === 0) p.id = 'ekw-plan-title';
    return p;
  }));
}

function areaSection(app, lg) {
  const t = app.t;
  const id = `plan-lg-${lg.id}`;
  const services = new Map();
  for (const a of lg.advice) for (const s of a.services || []) services.set(s.id, s);
  return h('section', { class: 'ekw-plan__area', 'aria-labelledby': id, dataset: { levensgebied: lg.id } },
    heading(3, lg.name, { id }),
    lg.levelText ? para(`${t('site.situation.level')}: ${lg.levelText}`) : null,
    heading(4, t('site.plan.whatToDo')),
    h('ul', { class: 'utrecht-unordered-list' }, lg.advice.map((a) => h('li', { class: 'utrecht-unordered-list__item', dataset: { advice: a.id } },
      h('strong', null, a.title),
      a.steps && a.steps.length ? h('ul', { class: 'utrecht-unordered-list' }, a.steps.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, s))) : null))),
    services.size ? [heading(4, t('site.plan.whoHelps')),
      h('ul', { class: 'utrecht-unordered-list ekw-plan__services' }, [...services.values()].map((s) => h('li', { class: 'utrecht-unordered-list__item', dataset: { service: s.id } },
        serviceContact(app, s))))] : null);
}

// A service with every contact detail the content has, as text and working links (tel:, mailto:, the website).
export function serviceContact(app, s) {
  const t = app.t;
  const lines = [];
  const add = (label, ...value) => lines.push(h('li', null, `${label}: `, ...value));
  const org = s.organization || {};
  if (org.name && org.name !== s.name) add(t('site.service.organization'), org.name);
  const phones = [...(s.phones || []), ...(org.phones || [])];
  for (const p of phones) {
    add(t('site.service.phone'), h('a', { href: `tel:${String(p.number).replace(/[^+\d]/g, '')}` }, p.number), p.description ? ` (${p.description})` : '');
  }
  for (const email of [s.email, org.email].filter(Boolean)) add(t('site.service.email'), h('a', { href: `mailto:${email}` }, email));
  for (const url of uniqueUrls([s.url, org.website])) {
    add(t('site.service.website'), h('a', { href: url, rel: 'noopener noreferrer external' }, url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')));
  }
  for (const loc of s.locations || []) {
    const addr = loc.address || {};
    const where = [loc.name, [addr.street, [addr.postalCode, addr.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')].filter(Boolean).join(': ');
    if (where) add(t('site.service.address'), where);
    if (loc.openingHours) add(t('site.service.hours'), loc.openingHours);
  }
  if (s.eigenBijdrage) add(t('site.service.cost'), s.eigenBijdrage);
  const hasContact = phones.length || s.email || org.email || s.url || org.website || (s.locations || []).length;
  return [h('strong', null, s.name),
    lines.length ? h('ul', { class: 'ekw-plan__contact' }, lines) : null,
    hasContact ? null : h('p', { class: 'utrecht-paragraph ekw-muted' }, t('site.plan.noContact'))];
}

function personSection(app) {
  const t = app.t;
  const phone = t('site.contact.phoneNumber');
  const [before, after] = t('site.contact.phone').split('{phone}');
  const loket = app.loketService();
  return h('section', { class: 'ekw-plan__person ekw-panel', 'aria-labelledby': 'plan-person' },
    heading(2, t('site.contact.title'), { id: 'plan-person' }),
    para([before, h('a', { class: 'utrecht-link utrecht-link--html-a', href: `tel:${phone.replace(/[^+\d]/g, '')}` }, phone), after || '']),
    loket ? [para(t('site.contact.loket')), h('div', { class: 'ekw-plan__loket' }, serviceContact(app, loket))] : null);
}

// The plan as one HTML file: the page's own plan (cloned and serialised as DOM, so everything in it stays text), in a
// fixed head with the file's styles inlined; no scripts, nothing loaded from anywhere. The head is built here as
// text because a <style> element made in the page would fall under the page's own CSP.
function planFile(app, plan) {
  const copy = plan.cloneNode(true);
  copy.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const main = document.createElement('main');
  main.append(copy);
  const body = new XMLSerializer().serializeToString(main).replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/, '');
  const title = app.t('site.plan.fileTitle').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  return ['<!DOCTYPE html>', `<html lang="${app.lang === 'en' ? 'en' : 'nl'}">`, '<head>', '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    `<title>${title}</title>`, `<style>${PLAN_FILE_CSS}</style>`, '</head>', '<body>', body, '</body>', '</html>', ''].join('\n');
}
