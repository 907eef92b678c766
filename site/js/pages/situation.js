// "Uw situatie": what the engine understood, per levensgebied: the level (Zelfredzaamheid-Matrix, in words), the
// one-line outcome, and the resident's answers with "Wijzigen" (check your answers). Then on to the advice.

import { h, para, heading, buttonLink, buttonGroup, uid } from '../dom.js';

export function renderSituation(app) {
  const t = app.t;
  const nodes = [];
  if (!app.hasSession()) {
    app.showNeedsSession(t('site.situation.title'), t('site.situation.empty'));
    return;
  }
  // The engine's summary: per levensgebied the level (in words), the outcome and every answer as text.
  const situation = app.call('situation', { session: app.state.session });

  const urgent = app.urgentSection(situation.urgent);
  const freshUrgent = urgent && app.newUrgent(situation.urgent);
  if (urgent) nodes.push(urgent);
  nodes.push(app.pageHeading(t('site.situation.title')));

  if (!situation.done && situation.question) {
    nodes.push(h('div', { class: 'ekw-panel' },
      para(t('site.situation.notDone')),
      buttonGroup(buttonLink(t('site.situation.continue'), `#/vraag/${encodeURIComponent(situation.question)}`))));
  }

  const areas = situation.levensgebieden || [];
  if (areas.length === 0) {
    nodes.push(para(t('site.situation.empty')));
  } else {
    nodes.push(para(t('site.situation.intro')));
    for (const lg of areas) {
      const id = uid('situatie');
      const mine = lg.answers || [];
      const answersId = uid('answers');
      nodes.push(h('section', { class: 'ekw-situation', 'aria-labelledby': id, dataset: { levensgebied: lg.id } },
        heading(2, lg.name, { id }),
        lg.levelText ? h('p', { class: 'utrecht-paragraph ekw-situation__level' },
          h('span', { class: 'ekw-situation__label' }, `${t('site.situation.level')}: `),
          levelBadge(lg.level), ' ', lg.levelText) : null,
        lg.outcome ? para(lg.outcome) : null,
        mine.length ? h('details', { class: 'ekw-details ekw-situation__answers' },
          h('summary', { class: 'ekw-details__summary', id: answersId }, `${t('site.situation.answers')} (${mine.length})`),
          h('dl', { class: 'utrecht-data-list utrecht-data-list--rows ekw-review__list' },
            mine.map((a) => h('div', { class: 'utrecht-data-list__item ekw-review__row', dataset: { question: a.question } },
              h('dt', { class: 'utrecht-data-list__item-key' }, a.text),
              h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd utrecht-data-list__item-value--multiline' },
                a.answer),
              h('dd', { class: 'utrecht-data-list__actions utrecht-data-list__actions--html-dd ekw-no-print' },
                h('a', { class: 'utrecht-link utrecht-link--html-a', href: `#/vraag/${encodeURIComponent(a.question)}` },
                  t('site.review.change'), h('span', { class: 'ekw-visually-hidden' }, `: ${a.text}`))))))) : null));
    }
  }

  const actions = [];
  if (situation.done) actions.push(buttonLink(t('site.situation.toAdvice'), '#/advies', { id: 'ekw-to-advice' }));
  if (actions.length) nodes.push(buttonGroup(...actions));

  app.show({ title: t('site.situation.title'), nodes, focus: freshUrgent ? urgent.querySelector('h2') : null });
}

// The self-sufficiency level as a small badge (1 acute .. 5 fully self-sufficient); the text says it in words.
export function levelBadge(level) {
  if (!level) return null;
  const kind = level <= 1 ? 'danger' : level === 2 ? 'warning' : level === 3 ? 'neutral' : 'success';
  return h('span', { class: `utrecht-status-badge utrecht-status-badge--${kind} ekw-level`, 'aria-hidden': 'true' }, `${level}/5`);
}
