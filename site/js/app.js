// The Eigen Krachtwijzer for residents: a single-page app with hash routes over the engine (WebAssembly).
//
// Routes: #/ start · #/vraag/<id> one question · #/situatie · #/advies · #/sociale-kaart · #/buuv/<template>
//         #/formulier/<form> · #/formulier/<form>/controleer · #/opslaan · #/wissen · #/privacy
//         #/balie[/plan|/wmo|/overdracht|/openen] balie mode for front-office staff (pages/balie.js)
//         #/plan (Mijn plan) · #/dienst/<id> one service · #/ander-apparaat · #/verder?s=<session> (opened link)
//
// The whole visit is one history entry (navigation.js), so "Snel weg" (quick_exit.js) leaves no trace in it.
//
// Every decision comes from the engine (app.call). This file keeps the state, stores it in the browser only,
// draws the frame (header, navigation, language switch, footer) and moves focus to the heading on each page.

import { Engine } from './engine.js';
import { h, heading, para, link, alert, paragraphs, uid, uniqueUrls, buttonGroup, buttonLink } from './dom.js';
import { makeTranslator, LANGUAGE_NAMES } from './texts.js';
import * as store from './store.js';
import { renderStart } from './pages/start.js';
import { renderQuestion } from './pages/question.js';
import { renderSituation } from './pages/situation.js';
import { renderAdvice } from './pages/advice.js';
import { renderServices } from './pages/services.js';
import { renderBuuv } from './pages/buuv.js';
import { renderForm, renderReview } from './pages/form.js';
import { loadPortalPerson } from './brp.js';
import { renderSave, renderClear, renderPrivacy } from './pages/data.js';
import { renderPlan } from './pages/plan.js';
import { renderService } from './pages/service.js';
import { renderDevice, renderOpenLink } from './pages/device.js';
import { contactBlock, LOKET_SERVICE_TEXT } from './contact.js';
import { drawQuickExit, installQuickExitKeys } from './quick_exit.js';
import { replaceRoute, installLinkReplacement } from './navigation.js';
import { registerOffline } from './offline.js';
import { unreadableNotice } from './pages/unreadable.js';
import { baliePlan } from './balie-data.js';
import { loadConfig } from './config.js';

const STATE_VERSION = 1;

function emptyState() {
  return {
    version: STATE_VERSION,
    session: null,
    start: { levensgebieden: [], text: '', forSomeoneElse: false, wijk: '' },
    forms: {},
    filters: { wijk: null, query: '' },
    buuv: { naam: '', kind: 'vraag' },
    persist: false,
    urgentSeen: [],
    balie: null, // balie mode: what staff and resident recorded (pages/balie.js)
    questionTexts: {}, // question id -> its text, to name answers a new content version could not keep
  };
}

// The first of the browser's preferred languages the content has (first visit only; a choice made here wins).
function browserLanguage(languages) {
  for (const tag of navigator.languages || [navigator.language || '']) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (languages.includes(primary)) return primary;
  }
  return null;
}

class App {
  constructor(engine, config = {}) {
    this.engine = engine;
    this.config = config; // config.json: the gemeente's deployment settings (counting)
    this.state = emptyState();
    this.view = null; // the engine's latest view of the session
    this.notice = null; // a one-off message for the next page (e.g. "gegevens gewist")
    this.firstRender = true;
    this.main = document.getElementById('inhoud');
    this.setLanguage(store.loadLanguage() || browserLanguage(this.languages()) || document.documentElement.lang || 'nl',
      { render: false, chosen: false });
  }

  // --- engine -------------------------------------------------------------------------------------------------------
  // Every page calls the engine through these two, in the page's language: `call` throws an EngineError for a wrong
  // request, `callRaw` returns the response with its "error" for the page to handle.
  call(method, request = {}) {
    return this.engine.call(method, { language: this.lang, ...request });
  }

  callRaw(method, request = {}) {
    return this.engine.callRaw(method, { language: this.lang, ...request });
  }

  // The engine's view of the session in progress (asked once, then kept until the session changes).
  currentView() {
    return this.view || this.setView(this.call('view', { session: this.state.session }));
  }

  today() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  // Takes a view from the engine as the current one and stores the session.
  setView(view) {
    this.view = view;
    if (view && view.session) this.state.session = view.session;
    if (view && view.question) this.state.questionTexts = { ...this.state.questionTexts, [view.question.id]: view.question.text };
    this.save();
    return view;
  }

  hasSession() {
    return Boolean(this.state.session);
  }

  // --- balie mode -----------------------------------------------------------------------------------------------------
  balieActive() {
    return Boolean(this.state.balie && this.state.balie.active);
  }

  // What the engine reads as "balie" for this case.
  baliePlan() {
    return baliePlan(this.state.balie);
  }

  // Where the questions lead when a levensgebied is done: in balie mode back to the overview.
  doneRoute() {
    return this.balieActive() ? '#/balie' : '#/situatie';
  }

  // The mark on every page while balie mode is on, with its own navigation.
  drawBalieBanner() {
    const t = this.t;
    let banner = document.getElementById('ekw-balie');
    if (!this.balieActive()) {
      if (banner) banner.remove();
      document.body.classList.remove('ekw-balie-mode');
      return;
    }
    document.body.classList.add('ekw-balie-mode');
    if (!banner) {
      banner = h('div', { id: 'ekw-balie', class: 'ekw-balie-banner' });
      document.querySelector('.ekw-header').appendChild(banner);
    }
    const items = [['#/balie', t('site.balie.nav.overview'), ''], ['#/balie/plan', t('site.balie.nav.plan'), 'plan'],
      ['#/balie/wmo', t('site.balie.nav.wmo'), 'wmo'], ['#/balie/overdracht', t('site.balie.nav.handover'), 'overdracht']];
    const current = this.currentRoute?.name === 'balie' ? (this.currentRoute.parts[0] || '') : null;
    banner.replaceChildren(h('div', { class: 'ekw-balie-banner__content' },
      h('p', { class: 'utrecht-paragraph ekw-balie-banner__mark' },
        h('strong', { class: 'ekw-balie-banner__label' }, t('site.balie.mode')), ' ', t('site.balie.modeText')),
      h('nav', { 'aria-label': t('site.balie.nav.label'), class: 'ekw-balie-banner__nav' },
        h('ul', { class: 'ekw-balie-banner__list' },
          items.map(([href, label, key]) => h('li', null, h('a', { class: 'ekw-balie-banner__link', href, 'aria-current': current === key ? 'page' : null }, label))),
          h('li', null, h('button', {
            type: 'button', class: 'utrecht-button utrecht-button--subtle ekw-balie-banner__stop', id: 'balie-stop',
            onclick: () => {
              this.reset();
              this.drawFrame();
              this.go('#/');
            },
          }, t('site.balie.nav.stop')))))));
  }

  save() {
    this.state.contentId = this.overview?.content?.id;
    this.state.contentVersion = this.overview?.content?.version;
    this.state.language = this.lang;
    this.state.savedAt = new Date().toISOString();
    store.save(this.state);
  }

  reset() {
    store.clearAll();
    this.state = emptyState();
    this.view = null;
  }

  // Restores a saved state: the engine keeps every answer whose question still exists.
  restore(saved) {
    if (!saved) return;
    if (saved.version !== STATE_VERSION) {
      store.keepUnreadable(JSON.stringify(saved), `saved by another version of the site (${saved.version})`);
      return;
    }
    this.state = { ...emptyState(), ...saved };
    // The language chosen in this browser wins over the one the answers were saved with.
    if (!store.loadLanguage() && saved.language && this.languages().includes(saved.language) && saved.language !== this.lang) {
      this.setLanguage(saved.language, { render: false });
    }
    if (this.state.session) {
      const response = this.callRaw('restore', { session: this.state.session });
      if (response.error) {
        // Kept aside, named, and a fresh start beside it: the resident decides what happens to it.
        store.keepUnreadable(JSON.stringify(saved), response.error.message);
        this.state = emptyState();
        this.view = null;
      } else {
        this.view = response;
        this.state.session = response.session;
        const dropped = response.restored?.dropped || [];
        if (dropped.length) this.notice = { type: 'warning', text: this.droppedText(dropped) };
      }
    }
  }

  // Names the answers a restore could not keep, by the question texts the resident saw (kept with the state).
  droppedText(dropped) {
    const texts = this.state.questionTexts || {};
    const named = dropped.map((d) => texts[d.question]).filter(Boolean);
    if (!named.length) return this.t('site.start.restoredDropped');
    return this.t('site.offline.restoredNamed', { questions: named.map((q) => `"${q}"`).join(', ') });
  }

  // --- language -----------------------------------------------------------------------------------------------------
  languages() {
    return this.engine.info?.content?.languages || ['nl'];
  }

  setLanguage(language, { render = true, chosen = true } = {}) {
    const languages = this.languages();
    this.lang = languages.includes(language) ? language : 'nl';
    this.overview = this.call('overview');
    this.t = makeTranslator(this.lang, this.overview.texts || {});
    document.documentElement.lang = this.lang;
    if (chosen) store.saveLanguage(this.lang, this.state?.persist);
    if (this.state?.session && this.view) {
      // The view carries texts: ask again in the new language.
      const response = this.callRaw('view', { session: this.state.session });
      if (!response.error) this.view = response;
    }
    this.drawFrame();
    if (render) this.route();
  }

  // --- frame --------------------------------------------------------------------------------------------------------
  drawFrame() {
    const t = this.t;
    const skip = document.getElementById('ekw-skip');
    skip.textContent = t('site.skip');
    skip.onclick = (event) => {
      event.preventDefault();
      this.main.focus();
    };
    document.getElementById('ekw-owner').textContent = this.overview?.content?.name || t('site.owner');
    document.getElementById('ekw-name').textContent = t('site.name');

    const langNav = document.getElementById('ekw-lang');
    langNav.setAttribute('aria-label', t('site.lang.label'));
    const languages = this.languages();
    langNav.replaceChildren(...(languages.length > 1 ? [h('ul', { class: 'ekw-lang__list' },
      languages.map((code) => h('li', { class: 'ekw-lang__item' },
        code === this.lang
          ? h('span', { class: 'ekw-lang__current', lang: code, 'aria-current': 'true' }, LANGUAGE_NAMES[code] || code)
          : h('a', {
            class: 'utrecht-link utrecht-link--html-a ekw-lang__link',
            href: location.hash || '#/',
            lang: code,
            hreflang: code,
            onclick: (event) => {
              event.preventDefault();
              this.setLanguage(code);
            },
          }, LANGUAGE_NAMES[code] || code))))] : []));

    const nav = document.getElementById('ekw-nav');
    nav.hidden = false;
    nav.setAttribute('aria-label', t('site.nav.label'));
    const items = [
      ['#/', t('site.nav.start'), 'start'],
      ['#/situatie', t('site.nav.situation'), 'situatie'],
      ['#/advies', t('site.nav.advice'), 'advies'],
      ['#/sociale-kaart', t('site.nav.services'), 'sociale-kaart'],
    ];
    nav.replaceChildren(h('ul', { class: 'ekw-nav__list' },
      items.map(([href, label, key]) => h('li', { class: 'ekw-nav__item' },
        h('a', { class: 'ekw-nav__link', href, dataset: { route: key } }, label)))));
    this.markNav();

    const footer = document.getElementById('ekw-footer');
    footer.replaceChildren(
      h('nav', { 'aria-label': t('site.footer.label'), class: 'ekw-footer__nav' },
        h('ul', { class: 'ekw-footer__list' },
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/opslaan' }, t('site.footer.save'))),
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/ander-apparaat' }, t('site.footer.device'))),
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/wissen' }, t('site.footer.clear'))),
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/privacy' }, t('site.footer.privacy'))))),
      h('p', { class: 'utrecht-paragraph ekw-footer__note' }, t('site.footer.note')),
      contactBlock(this, { inFooter: true }));
    drawQuickExit(this);
  }

  // The loket's sociale-kaart service ("Liever met iemand praten?"), when the content has it.
  loketService() {
    const id = this.t(LOKET_SERVICE_TEXT);
    const key = `${this.lang}:${id}`;
    if (this.loketKey !== key) {
      const response = this.callRaw('service', { id });
      this.loket = response.error ? null : response;
      this.loketKey = key;
    }
    return this.loket;
  }

  // Whether the page is about safety: a question of a levensgebied that can lead to direct help, rung-0 help on the
  // page, or the advice and plan of a session with such a levensgebied. Those pages get "Snel weg".
  isSafetyPage(route) {
    const safe = new Set((this.overview?.levensgebieden || []).filter((l) => l.safety).map((l) => l.id));
    if (this.main.querySelector('.ekw-urgent')) return true;
    if (route.name === 'vraag') return safe.has(this.view?.question?.levensgebied?.id);
    if (['advies', 'plan', 'situatie'].includes(route.name)) {
      return (this.state.session?.levensgebieden || this.state.start?.levensgebieden || []).some((id) => safe.has(id));
    }
    return false;
  }

  markNav() {
    const current = this.currentRoute?.name;
    for (const a of document.querySelectorAll('#ekw-nav a')) {
      const active = a.dataset.route === current || (a.dataset.route === 'start' && current === 'vraag');
      if (active) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  // --- pages --------------------------------------------------------------------------------------------------------
  // Shows a page: its nodes replace the main area, the title names the page, and focus goes to `focus` (the h1 by
  // default) so that screen reader users hear where they are.
  show({ title, nodes, focus, error = false }) {
    const t = this.t;
    const content = [];
    if ((this.currentRoute?.name || 'start') === 'start') {
      const kept = unreadableNotice(this);
      if (kept) content.push(kept);
    }
    if (this.notice) {
      content.push(alert(this.notice.type || 'info', para(this.notice.text)));
      this.notice = null;
    }
    content.push(...nodes);
    // A person to talk to on every advice and form page, besides the footer (the plan has its own, to keep).
    const route = this.currentRoute || { name: 'start' };
    if (['advies', 'sociale-kaart', 'plan'].includes(route.name)) this.state.lastList = location.hash; // a service page's "Terug"
    if (['advies', 'formulier'].includes(route.name)) content.push(contactBlock(this));
    this.main.replaceChildren(...content);
    this.safetyPage = this.isSafetyPage(route);
    drawQuickExit(this);
    this.main.dataset.page = this.currentRoute?.name || 'start';
    document.title = `${error ? `${t('site.errorPrefix')}: ` : ''}${title} - ${t('site.titleSuffix')}`;
    const target = focus || this.main.querySelector('h1');
    if (target && !(this.firstRender && !focus)) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      if (typeof target.scrollIntoView === 'function' && target.matches('h1')) window.scrollTo(0, 0);
    }
    this.firstRender = false;
    this.markNav();
    this.drawBalieBanner();
  }

  // A page whose title is its heading, followed by `nodes`.
  showPage(title, nodes, options = {}) {
    this.show({ title, nodes: [this.pageHeading(title), ...nodes], ...options });
  }

  // A page that needs answers the resident has not given yet: what it would show, and the way to the start.
  showNeedsSession(title, text) {
    this.showPage(title, [para(text), buttonGroup(buttonLink(this.t('site.nav.start'), '#/'))]);
  }

  pageHeading(text) {
    return heading(1, text, { tabindex: '-1', class: 'utrecht-heading-1 ekw-page-title' });
  }

  // Moves to another page; the history entry is replaced, never added (navigation.js).
  go(hash) {
    if (location.hash !== hash) replaceRoute(hash);
    this.route();
  }

  parseRoute() {
    const raw = location.hash || '#/';
    if (!raw.startsWith('#/')) return { name: 'start', parts: [], query: new URLSearchParams() };
    const [path, queryString] = raw.slice(2).split('?');
    const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
    return { name: parts[0] || 'start', parts: parts.slice(1), query: new URLSearchParams(queryString || '') };
  }

  // Draws the page of the current address. After a language switch the page is drawn again in the new language and
  // focus goes to its heading, so a screen reader reads the page in that language.
  route() {
    const route = this.parseRoute();
    this.currentRoute = route;
    try {
      switch (route.name) {
        case 'start': renderStart(this, route); break;
        case 'vraag': renderQuestion(this, route); break;
        case 'situatie': renderSituation(this, route); break;
        case 'advies': renderAdvice(this, route); break;
        case 'sociale-kaart': renderServices(this, route); break;
        case 'buuv': renderBuuv(this, route); break;
        case 'formulier':
          if (route.parts[1] === 'controleer') renderReview(this, route);
          else renderForm(this, route);
          break;
        case 'opslaan': renderSave(this, route); break;
        case 'wissen': renderClear(this, route); break;
        case 'privacy': renderPrivacy(this, route); break;
        case 'balie': // loaded only when staff use it: residents never download balie mode
          import('./pages/balie.js').then((m) => m.renderBalie(this, route)).catch((e) => {
            console.error(e);
            this.showError(e);
          });
          break;
        case 'plan': renderPlan(this, route); break;
        case 'dienst': renderService(this, route); break;
        case 'ander-apparaat': renderDevice(this, route); break;
        case 'verder': renderOpenLink(this, route); break;
        default:
          this.show({
            title: this.t('site.notFound.title'),
            nodes: [this.pageHeading(this.t('site.notFound.title')), para(link(this.t('site.notFound.text'), '#/'))],
          });
      }
    } catch (e) {
      console.error(e);
      this.showError(e);
    }
  }

  showError(e) {
    const t = this.t;
    this.show({
      title: t('site.error.title'),
      nodes: [this.pageHeading(t('site.error.title')), para(t('site.error.text')),
        e && e.code ? h('p', { class: 'utrecht-paragraph ekw-muted' }, `(${e.code})`) : null,
        para(link(t('site.notFound.text'), '#/'))],
    });
  }

  // --- shared parts of pages ----------------------------------------------------------------------------------------
  // Rung-0 help ("direct hulp"): shown above everything whenever the engine reports it. The intro names where it was
  // found: the resident's own words (`fromWords`, the start page), or a session's answers, with the words the session
  // started from when they signalled danger.
  urgentSection(urgent, { fromWords = false } = {}) {
    if (!urgent || urgent.length === 0) return null;
    const t = this.t;
    const titleId = uid('urgent');
    const session = this.state.session;
    const signalled = fromWords || (session?.context?.signals || []).length > 0;
    const answered = !fromWords && Object.keys(session?.answers || {}).length > 0;
    const intro = !signalled ? 'site.urgent.intro' : answered ? 'site.urgent.introWordsAndAnswers' : 'site.urgent.introWords';
    return h('section', { class: 'utrecht-alert utrecht-alert--error ekw-urgent', 'aria-labelledby': titleId },
      h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message' },
        h('h2', { class: 'utrecht-heading-2', id: titleId, tabindex: '-1' }, t('site.urgent.title')),
        para(t(intro)),
        urgent.map((a) => h('div', { class: 'ekw-urgent__item', id: `urgent-${a.id}`, dataset: { advice: a.id } },
          h('h3', { class: 'utrecht-heading-3' }, a.title),
          paragraphs(a.text),
          a.steps && a.steps.length ? h('ol', { class: 'utrecht-ordered-list' },
            a.steps.map((s) => h('li', { class: 'utrecht-ordered-list__item' }, s))) : null,
          (a.services || []).map((s) => this.serviceCard(s, 4)))))));
  }

  // Whether new rung-0 advice appeared since the resident last saw it (then focus goes there first).
  newUrgent(urgent) {
    const ids = (urgent || []).map((a) => a.id);
    const fresh = ids.some((id) => !this.state.urgentSeen.includes(id));
    if (fresh) {
      this.state.urgentSeen = [...new Set([...this.state.urgentSeen, ...ids])];
      this.save();
    }
    return fresh;
  }

  // A sociale-kaart service as a card: what it is, who offers it, how to reach it, where it is, what it costs, and a
  // link to its own page (#/dienst/<id>) with everything the sociale kaart holds.
  serviceCard(s, level = 4) {
    const t = this.t;
    const rows = this.serviceRows(s);
    const wijkNames = (s.wijken || []).map((id) => this.wijkName(id)).filter(Boolean);
    rows.push(this.dataRow(t('site.service.where'), wijkNames.length ? wijkNames.join(', ') : t('site.service.wholeCity')));
    const titleId = uid('service');
    return h('article', { class: 'ekw-card', dataset: { service: s.id }, 'aria-labelledby': titleId },
      heading(level, s.name, { class: `utrecht-heading-${level} ekw-card__title`, id: titleId }),
      paragraphs(s.description),
      h('p', { class: 'utrecht-paragraph ekw-card__badge' },
        h('span', { class: `utrecht-status-badge ${s.indicatie ? 'utrecht-status-badge--warning' : 'utrecht-status-badge--success'}` },
          s.indicatie ? t('site.service.indicatie') : t('site.service.noIndicatie'))),
      rows.length ? h('dl', { class: 'utrecht-data-list ekw-card__data' }, rows) : null,
      h('p', { class: 'utrecht-paragraph ekw-card__more' }, h('a', {
        class: 'utrecht-link utrecht-link--html-a', href: `#/dienst/${encodeURIComponent(s.id)}`, dataset: { serviceLink: s.id },
      }, t('site.service.more', { name: s.name }))));
  }

  dataRow(label, ...value) {
    return h('div', { class: 'utrecht-data-list__item ekw-card__row' },
      h('dt', { class: 'utrecht-data-list__item-key' }, label),
      h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, ...value));
  }

  // How to reach a service, whenever the content has it: the organisation, phone (tel:), e-mail, website (marked as
  // external), addresses with opening hours, and the costs. The service's own details first, then its organisation's.
  serviceRows(s) {
    const t = this.t;
    const rows = [];
    const row = (label, ...value) => rows.push(this.dataRow(label, ...value));
    const org = s.organization || {};
    if (org.name && org.name !== s.name) row(t('site.service.organization'), org.name);
    for (const p of [...(s.phones || []), ...(org.phones || [])]) {
      const number = typeof p === 'string' ? p : p.number;
      const desc = typeof p === 'string' ? '' : p.description;
      row(t('site.service.phone'), h('a', { class: 'utrecht-link utrecht-link--html-a utrecht-link--telephone',
        href: `tel:${String(number).replace(/[^+\d]/g, '')}` }, number), desc ? ` (${desc})` : null);
    }
    for (const email of [...new Set([s.email, org.email].filter(Boolean))]) {
      row(t('site.service.email'), h('a', { class: 'utrecht-link utrecht-link--html-a', href: `mailto:${email}` }, email));
    }
    for (const url of uniqueUrls([s.url, org.website])) {
      row(t('site.service.website'), h('a', {
        class: 'utrecht-link utrecht-link--html-a utrecht-link--external', href: url, rel: 'noopener noreferrer external', dataset: { external: '' },
      }, url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, ''), ' ', h('span', { class: 'ekw-external' }, t('site.service.external'))));
    }
    for (const loc of s.locations || []) {
      const addr = loc.address || {};
      const parts = [loc.name, [addr.street, [addr.postalCode, addr.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
        .filter(Boolean);
      if (parts.length) row(t('site.service.address'), parts.join(': '));
      if (loc.openingHours) row(t('site.service.hours'), loc.openingHours);
    }
    if (s.eigenBijdrage) row(t('site.service.cost'), s.eigenBijdrage);
    return rows;
  }

  wijkName(id) {
    const w = (this.overview?.wijken || []).find((x) => x.id === id);
    return w ? w.name : null;
  }

  levensgebiedName(id) {
    const l = (this.overview?.levensgebieden || []).find((x) => x.id === id);
    return l ? l.name : id;
  }

  // Wijk chooser used on several pages; value '' means "no wijk / whole city".
  wijkSelect({ id, value, allLabel }) {
    return h('select', { class: 'utrecht-select utrecht-select--html-select', id, name: 'wijk' },
      h('option', { value: '', selected: !value }, allLabel),
      (this.overview?.wijken || []).map((w) => h('option', { value: w.id, selected: value === w.id }, w.name)));
  }
}

async function boot() {
  let engine;
  const config = loadConfig(); // in parallel with the engine; same origin, no answers in it
  try {
    engine = await Engine.load(new URL('../content.json', import.meta.url).href);
  } catch (e) {
    console.error(e);
    const lang = store.loadLanguage() === 'en' ? 'en' : 'nl';
    const t = makeTranslator(lang);
    const main = document.getElementById('inhoud');
    main.replaceChildren(heading(1, t('site.loadError.title'), { tabindex: '-1' }), para(t('site.loadError.text')));
    document.title = `${t('site.loadError.title')} - ${t('site.titleSuffix')}`;
    return;
  }
  const app = new App(engine, await config);
  window.ekwApp = app; // for the browser tests and benchmarks (read-only use)
  const saved = store.loadSaved();
  if (saved) {
    app.restore(saved.state);
    app.resumedFrom = saved.source;
    app.drawFrame();
  }
  window.addEventListener('hashchange', () => {
    if (!location.hash || location.hash.startsWith('#/')) app.route();
  });
  installLinkReplacement(() => app.route());
  // Printing shows every section of the advice, also the closed ones.
  window.addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details.ekw-area')) d.open = true;
  });
  installQuickExitKeys(app);
  registerOffline();
  app.route();
  window.ekwReadyAt = performance.now(); // for the benchmarks: navigation start to the first page drawn
  document.documentElement.dataset.ekwReady = 'true';
  // The portal's BRP data (memory only); a form page already open is drawn again with it.
  loadPortalPerson(engine).then((person) => {
    app.brpPerson = person;
    document.documentElement.dataset.ekwBrp = person ? 'loaded' : 'none';
    if (person && location.hash.startsWith('#/formulier/')) app.route();
  });
}

boot();
