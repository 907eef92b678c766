// The Eigen Krachtwijzer for residents: a single-page app with hash routes over the engine (WebAssembly).
//
// Routes: #/ start · #/vraag/<id> one question · #/situatie · #/advies · #/sociale-kaart · #/buuv/<template>
//         #/formulier/<form> · #/formulier/<form>/controleer · #/opslaan · #/wissen · #/privacy
//
// Every decision comes from the engine (app.call). This file keeps the state, stores it in the browser only,
// draws the frame (header, navigation, language switch, footer) and moves focus to the heading on each page.

import { Engine } from './engine.js';
import { h, heading, para, link, alert, paragraphs, uid } from './dom.js';
import { makeTranslator, LANGUAGE_NAMES } from './texts.js';
import * as store from './store.js';
import { renderStart } from './pages/start.js';
import { renderQuestion } from './pages/question.js';
import { renderSituation } from './pages/situation.js';
import { renderAdvice } from './pages/advice.js';
import { renderServices } from './pages/services.js';
import { renderBuuv } from './pages/buuv.js';
import { renderForm, renderReview } from './pages/form.js';
import { renderSave, renderClear, renderPrivacy } from './pages/data.js';
import { unreadableNotice } from './pages/unreadable.js';

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
  };
}

class App {
  constructor(engine) {
    this.engine = engine;
    this.state = emptyState();
    this.view = null; // the engine's latest view of the session
    this.notice = null; // a one-off message for the next page (e.g. "gegevens gewist")
    this.firstRender = true;
    this.main = document.getElementById('inhoud');
    this.setLanguage(store.loadLanguage() || document.documentElement.lang || 'nl', { render: false });
  }

  // --- engine -------------------------------------------------------------------------------------------------------
  call(method, request = {}) {
    return this.engine.call(method, { language: this.lang, ...request });
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
    this.save();
    return view;
  }

  hasSession() {
    return Boolean(this.state.session);
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
      const response = this.engine.callRaw('restore', { language: this.lang, session: this.state.session });
      if (response.error) {
        // Kept aside, named, and a fresh start beside it: the resident decides what happens to it.
        store.keepUnreadable(JSON.stringify(saved), response.error.message);
        this.state = emptyState();
        this.view = null;
      } else {
        this.view = response;
        this.state.session = response.session;
        const dropped = response.restored?.dropped || [];
        if (dropped.length) this.notice = { type: 'warning', text: this.t('site.start.restoredDropped') };
      }
    }
  }

  // --- language -----------------------------------------------------------------------------------------------------
  languages() {
    return this.engine.info?.content?.languages || ['nl'];
  }

  setLanguage(language, { render = true } = {}) {
    const languages = this.languages();
    this.lang = languages.includes(language) ? language : 'nl';
    this.overview = this.engine.call('overview', { language: this.lang });
    this.t = makeTranslator(this.lang, this.overview.texts || {});
    document.documentElement.lang = this.lang;
    store.saveLanguage(this.lang, this.state?.persist);
    if (this.state?.session && this.view) {
      // The view carries texts: ask again in the new language.
      const response = this.engine.callRaw('view', { language: this.lang, session: this.state.session });
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
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/wissen' }, t('site.footer.clear'))),
          h('li', null, h('a', { class: 'ekw-footer__link', href: '#/privacy' }, t('site.footer.privacy'))))),
      h('p', { class: 'utrecht-paragraph ekw-footer__note' }, t('site.footer.note')));
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
    this.main.replaceChildren(...content);
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
  }

  pageHeading(text) {
    return heading(1, text, { tabindex: '-1', class: 'utrecht-heading-1 ekw-page-title' });
  }

  go(hash, { replace = false } = {}) {
    if (location.hash === hash) {
      this.route();
    } else if (replace) {
      history.replaceState(null, '', hash);
      this.route();
    } else {
      location.hash = hash; // hashchange renders
    }
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
  // Rung-0 help ("direct hulp"): shown above everything whenever the engine reports it.
  urgentSection(urgent) {
    if (!urgent || urgent.length === 0) return null;
    const t = this.t;
    const titleId = uid('urgent');
    return h('section', { class: 'utrecht-alert utrecht-alert--error ekw-urgent', 'aria-labelledby': titleId },
      h('div', { class: 'utrecht-alert__content' }, h('div', { class: 'utrecht-alert__message' },
        h('h2', { class: 'utrecht-heading-2', id: titleId, tabindex: '-1' }, t('site.urgent.title')),
        para(t('site.urgent.intro')),
        urgent.map((a) => h('div', { class: 'ekw-urgent__item', dataset: { advice: a.id } },
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

  // A sociale-kaart service as a card: what it is, who offers it, how to reach it, where it is.
  serviceCard(s, level = 4) {
    const t = this.t;
    const rows = [];
    const row = (label, ...value) => rows.push(h('div', { class: 'utrecht-data-list__item ekw-card__row' },
      h('dt', { class: 'utrecht-data-list__item-key' }, label),
      h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, ...value)));
    if (s.organization && s.organization.name && s.organization.name !== s.name) {
      row(t('site.service.organization'), s.organization.name);
    }
    for (const p of s.phones || []) {
      const number = typeof p === 'string' ? p : p.number;
      const desc = typeof p === 'string' ? '' : p.description;
      row(t('site.service.phone'), h('a', { class: 'utrecht-link utrecht-link--html-a utrecht-link--telephone',
        href: `tel:${String(number).replace(/[^+\d]/g, '')}` }, number), desc ? ` (${desc})` : null);
    }
    if (s.email) row(t('site.service.email'), h('a', { class: 'utrecht-link utrecht-link--html-a', href: `mailto:${s.email}` }, s.email));
    if (s.url && /^https?:\/\//i.test(s.url)) {
      row(t('site.service.website'), h('a', { class: 'utrecht-link utrecht-link--html-a', href: s.url, rel: 'noopener noreferrer external' },
        s.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')));
    }
    for (const loc of s.locations || []) {
      const addr = loc.address || {};
      const parts = [loc.name, [addr.street, [addr.postalCode, addr.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')]
        .filter(Boolean);
      if (parts.length) row(t('site.service.address'), parts.join(': '));
      if (loc.openingHours) row(t('site.service.hours'), loc.openingHours);
    }
    if (s.eigenBijdrage) row(t('site.service.cost'), s.eigenBijdrage);
    const wijkNames = (s.wijken || []).map((id) => this.wijkName(id)).filter(Boolean);
    row(t('site.service.where'), wijkNames.length ? wijkNames.join(', ') : t('site.service.wholeCity'));
    return h('article', { class: 'ekw-card', dataset: { service: s.id } },
      heading(level, s.name, { class: `utrecht-heading-${level} ekw-card__title` }),
      paragraphs(s.description),
      h('p', { class: 'utrecht-paragraph ekw-card__badge' },
        h('span', { class: `utrecht-status-badge ${s.indicatie ? 'utrecht-status-badge--warning' : 'utrecht-status-badge--success'}` },
          s.indicatie ? t('site.service.indicatie') : t('site.service.noIndicatie'))),
      rows.length ? h('dl', { class: 'utrecht-data-list ekw-card__data' }, rows) : null);
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
  const app = new App(engine);
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
  app.route();
  window.ekwReadyAt = performance.now(); // for the benchmarks: navigation start to the first page drawn
  document.documentElement.dataset.ekwReady = 'true';
}

boot();
