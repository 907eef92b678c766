// The gemeente's deployment settings (config.json next to index.html, same origin; nothing a resident typed is in it).
// Missing or unreadable: every setting is off.

export async function loadConfig(fetchFn = globalThis.fetch.bind(globalThis)) {
  try {
    const response = await fetchFn(new URL('../config.json', import.meta.url).href, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) return {};
    const config = await response.json();
    return config && typeof config === 'object' ? config : {};
  } catch {
    return {}; // no configuration: nothing is counted
  }
}
