// One history entry for the whole visit: moving between the site's pages replaces the current entry instead of
// adding one, so "Snel weg" (quick_exit.js) can leave no step of the visit in the tab's history. Going back within
// the site uses the pages' own "Vorige" buttons and links.

export function replaceRoute(hash) {
  history.replaceState(null, '', hash);
}

// In-site links (href="#/...") replace the entry too. Clicks with a modifier (new tab, new window) keep their meaning.
export function installLinkReplacement(onRoute) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = event.target.closest && event.target.closest('a[href^="#/"]');
    if (!a || a.target) return;
    event.preventDefault();
    replaceRoute(a.getAttribute('href'));
    onRoute();
  });
}
