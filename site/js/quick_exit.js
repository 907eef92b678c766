// "Snel weg" (quick exit), as on Dutch and British safety sites: on a safety page one click, or Escape twice, replaces
// the page with a neutral one. The site keeps a single history entry for the whole visit (app.go and every in-site
// link replace it, see navigation.js), so replacing that entry leaves no step of the visit in the tab's history: Back
// leads to whatever the tab showed before the site. The neutral page is the text 'site.quickExit.url' (default the
// gemeente's home page); a content text with that key configures it.

import { h } from './dom.js';

const ESCAPE_WINDOW_MS = 1500;

export function quickExitUrl(app) {
  const url = app.t('site.quickExit.url');
  return /^https?:\/\//i.test(url) || url.startsWith('/') ? url : 'about:blank';
}

export function leaveNow(app) {
  // Nothing of the page stays visible while the other page loads.
  document.body.replaceChildren();
  document.title = '';
  location.replace(quickExitUrl(app));
}

// The button, shown in the header while `app.safetyPage` is true.
export function drawQuickExit(app) {
  const holder = document.getElementById('ekw-quick-exit');
  if (!holder) return;
  if (!app.safetyPage) {
    holder.replaceChildren();
    holder.hidden = true;
    return;
  }
  holder.hidden = false;
  holder.replaceChildren(
    h('a', {
      class: 'utrecht-button utrecht-button--primary-action ekw-quick-exit__button', id: 'ekw-quick-exit-button',
      href: quickExitUrl(app), rel: 'noreferrer', 'aria-describedby': 'ekw-quick-exit-hint',
      onclick: (event) => {
        event.preventDefault();
        leaveNow(app);
      },
    }, app.t('site.quickExit.button')),
    h('span', { class: 'ekw-quick-exit__hint', id: 'ekw-quick-exit-hint' }, app.t('site.quickExit.hint')));
}

export function installQuickExitKeys(app) {
  let lastEscape = 0;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !app.safetyPage) return;
    const now = performance.now();
    if (now - lastEscape < ESCAPE_WINDOW_MS) leaveNow(app);
    else lastEscape = now;
  });
}
