/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline support: the built app and the files in `static` are stored on install, one
 * cache per version, and served from there before the network, so after the first visit
 * the app opens, reloads and follows deep links with the network off. Every page is the
 * single-page app's fallback (`index.html`, see svelte.config.js), so a navigation gets
 * that page from the cache.
 *
 * A new version waits until the page asks it to take over (the user chose Reload, see
 * src/lib/app/app-update.svelte.ts): it never activates itself mid-session.
 */
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `touchpoint-${version}`;
/** The SPA fallback page adapter-static writes (its `fallback` option). */
const APP_PAGE = `${base}/index.html`;
const ASSETS = new Set([...build, ...files, APP_PAGE]);

sw.addEventListener('install', (event) => {
	// The files named by their content never change; the rest (the page, the files of `static`)
	// keep their names across versions, and a host may let the browser keep them for minutes
	// without asking: asked for again, or this version would store the last one's page.
	const requests = [...ASSETS].map(
		(path) =>
			new Request(path, {
				cache: path.startsWith(`${base}/_app/immutable/`) ? 'default' : 'no-cache'
			})
	);
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// On a first visit, take the open page too, so it works offline without a reload.
			// (A new version only gets here after the user agreed to reload.)
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (ASSETS.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname, request));
	} else if (request.mode === 'navigate') {
		// Any route of the app, deep links included: the app page renders it in the browser.
		event.respondWith(fromCache(APP_PAGE, request));
	}
	// Anything else (such as SvelteKit's version.json) goes to the network as usual.
});

/** The cached copy of `path`, or the network when the cache lost it. */
async function fromCache(path: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(path)) ?? fetch(request);
}
