// The Eigen Krachtwijzer offline: after the first visit this service worker keeps the site, the engine and the
// content in the browser's cache, so a reload without a network still works (the answers are in sessionStorage or
// localStorage, store.js). Network first: with a network every visit gets the newest files, so a new content
// version is picked up at the next visit and the saved session is restored against it (the engine's "restore").
// Only same-origin GET requests are handled; nothing is sent anywhere.

const CACHE = 'ekw-site';
const FILE_LIST = 'offline-files.json'; // written by scripts/build-site.sh: every file of the site

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const response = await fetch(new URL(FILE_LIST, self.registration.scope), { cache: 'no-store' });
    const { files } = await response.json();
    await cache.addAll(files.map((f) => new Request(new URL(f, self.registration.scope), { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true })
        || (request.mode === 'navigate' ? await cache.match(new URL('./', self.registration.scope)) : undefined);
      if (cached) return cached;
      throw error;
    }
  })());
});
