import { startup } from '$lib/app/startup';
import { loadCatalog, loadCoreCatalog, locale } from '$lib/i18n/core.svelte';
import { base } from '$app/paths';
import { openFailureOf } from '$lib/app/storage-health';

// The whole app runs in the browser: data lives in IndexedDB, so there is nothing to render on a server.
export const ssr = false;
export const prerender = false;

// Views read through live queries, which may not write; the database is opened and the
// first-visit example created here, once, before any of them runs, while the interface
// language's catalog arrives. When the database cannot be opened, no view runs: the layout
// says why instead.
export async function load({ url, untrack }) {
	// The journey list needs only its own words (a first visit's page); every other page the
	// whole catalog. Read untracked: this load runs once, not at each navigation.
	const list = untrack(() => url.pathname.replace(/\/$/, '') === base);
	const catalog = (list ? loadCoreCatalog : loadCatalog)(locale());
	try {
		await Promise.all([catalog, startup(locale())]);
		return { storageFailure: undefined };
	} catch (error) {
		console.error(error);
		await catalog;
		return { storageFailure: openFailureOf(error) };
	}
}
