// Registers the service worker (site/sw.js) that keeps the site usable offline after the first visit. Without
// service worker support (or on file://) the site works as before, online only.

export function registerOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js').catch((e) => console.warn('offline use is not available:', e.message));
}
