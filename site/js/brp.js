// Prefill from the BRP, when the gemeente's portal provides it.
//
// The hand-over: after the resident logs in with DigiD, the portal serves the resident's Haal Centraal BRP Personen
// response (RaadpleegMetBurgerservicenummer, one person) as JSON at a path on the site's own origin, named in
// index.html: <meta name="ekw-brp-path" content="/portaal/brp/ik.json">. Empty (the default) means there is no
// portal: nothing is fetched and no form claims gemeente data. The site fetches it once per visit, same origin only
// (cookies of the portal's own login, no redirects); the engine reads the Persoon (readBrp) and the site keeps it in
// memory only: never in localStorage, never in a saved or shared session, never sent anywhere.

export function brpPath(doc = document) {
  const meta = doc.querySelector('meta[name="ekw-brp-path"]');
  return (meta?.getAttribute('content') || '').trim();
}

// The Persoon the engine read from the portal's response, or null (no portal, not logged in, unreadable).
export async function loadPortalPerson(engine) {
  const path = brpPath();
  if (!path) return null;
  const url = new URL(path, window.location.href);
  if (url.origin !== window.location.origin) {
    console.warn('ekw-brp-path must be on this site\'s own origin; ignored');
    return null;
  }
  let data;
  try {
    const response = await fetch(url, {
      credentials: 'same-origin', cache: 'no-store', redirect: 'error', headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null; // not logged in at the portal: no BRP data, nothing claimed
    data = await response.json();
  } catch {
    return null;
  }
  const read = engine.callRaw('readBrp', { response: data });
  if (read.error) {
    console.warn(`BRP response not used: ${read.error.message}`);
    return null;
  }
  return read.person;
}
