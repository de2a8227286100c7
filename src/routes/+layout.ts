import { startup } from '$lib/app/startup';
import { loadCatalog, locale } from '$lib/i18n/index.svelte';

// The whole app runs in the browser: data lives in IndexedDB, so there is nothing to render on a server.
export const ssr = false;
export const prerender = false;

// Views read through live queries, which may not write; the first-visit example is created
// here, once, before any of them runs, while the interface language's catalog arrives.
export async function load() {
	await Promise.all([loadCatalog(locale()), startup(locale())]);
}
