// Saved answers the site could not read: a notice on the start page says so, offers them as a file and lets the
// resident clear them. Until then they stay in this browser (site/js/store.js keeps them aside).

import { h, para, button, buttonGroup, alert, download } from '../dom.js';
import * as store from '../store.js';

export function unreadableNotice(app) {
  const kept = store.loadUnreadable();
  if (!kept) return null;
  const t = app.t;
  const day = (kept.keptAt || '').slice(0, 10);
  return alert('warning',
    h('h2', { class: 'utrecht-heading-2', id: 'unreadable-title' }, t('site.unreadable.title')),
    para(t('site.unreadable.text')),
    buttonGroup(
      button(t('site.unreadable.download'), {
        kind: 'secondary', id: 'unreadable-download',
        onclick: () => download(`eigen-krachtwijzer-oude-gegevens${day ? `-${day}` : ''}.json`, kept.text || ''),
      }),
      button(t('site.unreadable.clear'), {
        kind: 'secondary', id: 'unreadable-clear',
        onclick: () => {
          store.clearUnreadable();
          app.notice = { type: 'ok', text: t('site.unreadable.cleared') };
          app.route();
        },
      })));
}
