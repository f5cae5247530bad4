// readout's service worker: the page works offline after its first load.
//
// scripts/precache.mjs writes dist/sw.js at build time: `BUILD` (a digest of every built
// file) and `FILES` (every file of dist/, relative to this script) followed by this file.
// A changed build is a changed sw.js, so the browser installs it beside the running one:
// it fills a cache of its own and waits until the page asks it to take over
// ('activate' message), then deletes the caches of older builds. Each worker answers
// only from its own build's cache, so a page never mixes files of two builds.
/* global BUILD, FILES */

// CacheStorage is shared by the whole origin: caches are named per scope, so copies of
// readout published under two paths of one host leave each other's caches alone.
const PREFIX = `readout ${self.registration.scope} `;
const CACHE = PREFIX + BUILD;

// Each file is revalidated with the host ('no-cache': a conditional request, cheap when
// the browser's HTTP cache already holds it), so a stale copy of an older build's
// index.html or start.js never lands in this build's cache.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

// Cache first: everything the page loads is in this build's cache. Anything else
// (nothing, by the page's Content-Security-Policy, but a request the browser makes on
// its own) goes to the network unchanged.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
