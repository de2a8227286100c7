/**
 * Every word of the interface in the current language (see `./core.svelte` for how languages
 * load). Importing this module brings the whole English catalog, and starts downloading the
 * current language's whole catalog when it is another (a page's load awaits it; a dialog the
 * journey list loads later shows its words in English for the moment it takes, then in the
 * person's language). The journey list's code reads `./core.svelte`'s `t()` instead, which
 * holds its own words only.
 */
import { en, type Messages } from './en';
import { loadCatalog, locale, otherCatalog } from './core.svelte';

export { languageNames, loadCatalog, locale, setLocale } from './core.svelte';

void loadCatalog(locale()).catch(() => {
	// Offline without the words: English stands in, and the next page's load tries again.
});

/** The messages of the current language; reading it in a template re-renders on a switch. */
export function t(): Messages {
	return otherCatalog() ?? en;
}
