import { openJourney } from '$lib/app/journeys';
import { loadCatalog, locale, t } from '$lib/i18n/index.svelte';
import type { LayoutLoad } from './$types';

// After the root layout has opened the database: reading first would open it unchecked. The
// whole catalog of the person's language is here first (opened from the list, only the
// list's words may have arrived).
export const load: LayoutLoad = async ({ params, parent }) => {
	// Words that cannot arrive (the network dropped after the list loaded) are English, as
	// index.svelte.ts has it: the journey opens all the same.
	const words = loadCatalog(locale()).catch(() => {});
	const [{ storageFailure }] = await Promise.all([parent(), words]);
	if (storageFailure) return { doc: undefined, gathered: 0, commit: 0 };
	const opened = await openJourney(params.id, {
		stageName: t().recoveredItems,
		touchPointName: t().recoveredItems
	});
	return { doc: opened?.doc, gathered: opened?.gathered ?? 0, commit: opened?.commit ?? 0 };
};
