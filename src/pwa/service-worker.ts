/**
 * The service worker's source, written out at build time with the list of files to precache and a version
 * (a hash of the build). Install caches every file of the build; a new version installs beside the old one and
 * WAITS: the page shows "update ready" and activates it only when the person says so (message SKIP_WAITING),
 * so nobody is reloaded mid-edit. Requests for the app's own files are answered from the cache (navigations
 * with the cached index.html), so the app starts and works offline; anything else goes to the network.
 */

/** The service worker script for `files` (paths relative to the app's root) and `version`. */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `/* Postwright service worker, build ${version} */
const CACHE = 'postwright-${version}';
const FILES = ${JSON.stringify(files)};
const scope = new URL(self.registration.scope);
const urls = FILES.map((f) => new URL(f, scope).href);
const index = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('postwright-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches
        .match(index, { cacheName: CACHE })
        .then((hit) => hit || caches.match(scope.href, { cacheName: CACHE }))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  url.search = '';
  event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
`;
}
