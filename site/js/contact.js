// "Liever met iemand praten?": the gemeente's phone number and the loket, in the footer of every page and again on
// the advice, plan and form pages. The number and the loket's sociale-kaart service are site texts, so a content
// text (texts/*.json) can change them without code.

import { h } from './dom.js';

export const LOKET_SERVICE_TEXT = 'site.contact.loketService';

export function contactBlock(app, { id, inFooter = false } = {}) {
  const t = app.t;
  const phone = t('site.contact.phoneNumber');
  const loket = app.loketService();
  const titleId = id || `ekw-contact-${inFooter ? 'footer' : 'page'}`;
  const phoneLink = h('a', {
    class: `utrecht-link utrecht-link--html-a utrecht-link--telephone${inFooter ? ' ekw-footer__link' : ''}`,
    href: `tel:${phone.replace(/[^+\d]/g, '')}`,
  }, phone);
  const [before, after] = t('site.contact.phone').split('{phone}');
  return h('section', { class: inFooter ? 'ekw-contact ekw-contact--footer' : 'ekw-contact ekw-panel', 'aria-labelledby': titleId, dataset: { contact: '' } },
    h('h2', { class: 'utrecht-heading-2 ekw-contact__title', id: titleId }, t('site.contact.title')),
    h('p', { class: 'utrecht-paragraph ekw-contact__phone' }, before, phoneLink, after || ''),
    loket ? h('p', { class: 'utrecht-paragraph' }, h('a', {
      class: `utrecht-link utrecht-link--html-a${inFooter ? ' ekw-footer__link' : ''}`, href: `#/dienst/${encodeURIComponent(loket.id)}`,
    }, t('site.contact.loket'))) : null);
}
