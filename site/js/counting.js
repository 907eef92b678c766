// Counts for the gemeente (klantcontacten, doorverwijzingen per product and wijk), only when the gemeente configured
// its own Matomo in config.json and the resident agreed. The engine decides what counts and writes the Matomo
// tracking requests (method "counts"); this file only sends them, to the configured URL on this site's own origin.
//
// config.json: {"counting": null} (off, the default) or {"counting": {"url": "/matomo.php", "siteId": "3"}}.

// The tracking endpoint, or null when counting is off. A URL on another origin is refused: first-party only.
export function countingEndpoint(config) {
  const c = config && config.counting;
  if (!c || typeof c.url !== 'string' || !c.url || (typeof c.siteId !== 'string' && typeof c.siteId !== 'number')) return null;
  let url;
  try {
    url = new URL(c.url, location.href);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  return { url: url.href.split('?')[0], siteId: String(c.siteId) };
}

// Sends this conversation's counts; returns how many requests went out.
export async function sendCounts(app) {
  const endpoint = countingEndpoint(app.config);
  if (!endpoint || !app.state.balie?.consent?.counting || !app.state.session) return 0;
  const { requests } = app.call('counts', { session: app.state.session, balie: app.baliePlan(), siteId: endpoint.siteId });
  let sent = 0;
  for (const query of requests) {
    try {
      await fetch(`${endpoint.url}?${query}`, { method: 'GET', credentials: 'omit', cache: 'no-store', keepalive: true, referrerPolicy: 'no-referrer' });
      sent += 1;
    } catch { /* an unreachable Matomo never blocks the conversation */ }
  }
  return sent;
}
