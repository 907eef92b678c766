// "Uw situatie": what the engine understood, per levensgebied (level and the outcome summaries), with the way on to
// the advice, or back to the questions when they are not finished.

import { h, para, heading, buttonLink, buttonGroup, uid } from '../dom.js';

export function renderSituation(app) {
  const t = app.t;
  const nodes = [];
  if (!app.hasSession()) {
    app.show({
      title: t('site.situation.title'),
      nodes: [app.pageHeading(t('site.situation.title')), para(t('site.situation.empty')),
        buttonGroup(buttonLink(t('site.nav.start'), '#/'))],
    });
    return;
  }
  const view = app.view || app.setView(app.call('view', { session: app.state.session }));
  const result = app.call('advice', { session: app.state.session });

  const urgent = app.urgentSection(result.urgent);
  const freshUrgent = urgent && app.newUrgent(result.urgent);
  if (urgent) nodes.push(urgent);
  nodes.push(app.pageHeading(t('site.situation.title')));

  if (!view.done && view.question) {
    nodes.push(h('div', { class: 'ekw-panel' },
      para(t('site.situation.notDone')),
      buttonGroup(buttonLink(t('site.situation.continue'), `#/vraag/${encodeURIComponent(view.question.id)}`))));
  }

  const areas = (result.levensgebieden || []).filter((lg) => lg.level || (lg.summary && lg.summary.length));
  if (areas.length === 0) {
    nodes.push(para(t('site.situation.empty')));
  } else {
    nodes.push(para(t('site.situation.intro')));
    for (const lg of areas) {
      const id = uid('situatie');
      nodes.push(h('section', { class: 'ekw-situation', 'aria-labelledby': id, dataset: { levensgebied: lg.id } },
        heading(2, lg.name, { id }),
        lg.levelText ? h('dl', { class: 'utrecht-data-list ekw-situation__level' },
          h('div', { class: 'utrecht-data-list__item' },
            h('dt', { class: 'utrecht-data-list__item-key' }, t('site.situation.level')),
            h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' },
              levelBadge(lg.level), ' ', lg.levelText))) : null,
        lg.summary && lg.summary.length
          ? h('ul', { class: 'utrecht-unordered-list' }, lg.summary.map((s) => h('li', { class: 'utrecht-unordered-list__item' }, s)))
          : null));
    }
  }

  const actions = [];
  if (view.done) actions.push(buttonLink(t('site.situation.toAdvice'), '#/advies', { id: 'ekw-to-advice' }));
  if (view.canGoBack) {
    actions.push(h('a', {
      class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
      href: '#/vraag', id: 'ekw-change-answers',
      onclick: (event) => {
        event.preventDefault();
        const back = app.setView(app.call('back', { session: app.state.session }));
        if (back.question) app.go(`#/vraag/${encodeURIComponent(back.question.id)}`);
      },
    }, t('site.situation.change')));
  }
  if (actions.length) nodes.push(buttonGroup(...actions));

  app.show({ title: t('site.situation.title'), nodes, focus: freshUrgent ? urgent.querySelector('h2') : null });
}

// The self-sufficiency level as a small badge (1 acute .. 5 fully self-sufficient); the text says it in words.
export function levelBadge(level) {
  if (!level) return null;
  const kind = level <= 1 ? 'danger' : level === 2 ? 'warning' : level === 3 ? 'neutral' : 'success';
  return h('span', { class: `utrecht-status-badge utrecht-status-badge--${kind} ekw-level`, 'aria-hidden': 'true' }, `${level}/5`);
}
