// The resident's data: "Opslaan en later verder" (in this browser only), "Wis mijn gegevens" and the privacy page.

import { h, para, button, buttonGroup, buttonLink } from '../dom.js';
import * as store from '../store.js';

function whereWasI(app) {
  if (!app.hasSession()) return '#/';
  const view = app.view;
  if (view && !view.done && view.question) return `#/vraag/${encodeURIComponent(view.question.id)}`;
  return '#/advies';
}

export function renderSave(app) {
  const t = app.t;
  if (!app.hasSession()) {
    app.showNeedsSession(t('site.footer.save'), t('site.save.nothing'));
    return;
  }
  app.state.persist = true;
  app.save();
  store.saveLanguage(app.lang, true);
  app.showPage(t('site.save.title'), [
    para(t('site.save.text')),
    para(t('site.save.privacy')),
    buttonGroup(buttonLink(t('site.save.continue'), whereWasI(app), { id: 'save-continue' }),
      buttonLink(t('site.footer.clear'), '#/wissen', { kind: 'secondary' })),
  ]);
}

export function renderClear(app) {
  const t = app.t;
  app.showPage(t('site.clear.title'), [
    para(t('site.clear.text')),
    buttonGroup(
      button(t('site.clear.confirm'), {
        kind: 'danger', id: 'clear-confirm',
        onclick: () => {
          const lang = app.lang;
          app.reset();
          app.setLanguage(lang, { render: false });
          store.clearAll(); // setLanguage stored the language again: nothing may remain
          app.notice = { type: 'ok', text: t('site.start.cleared') };
          app.go('#/');
        },
      }),
      buttonLink(t('site.clear.cancel'), whereWasI(app), { kind: 'secondary', id: 'clear-cancel' })),
  ]);
}

export function renderPrivacy(app) {
  const t = app.t;
  app.showPage(t('site.privacy.title'), [
    para(t('site.privacy.text1')),
    para(t('site.privacy.text2')),
    para(t('site.privacy.text3')),
    h('p', { class: 'utrecht-paragraph' }, buttonLink(t('site.nav.start'), '#/', { kind: 'secondary' })),
  ]);
}
