/**
 * Every word of the interface in the current language (see `./core.svelte` for how languages
 * load). Importing this module brings the whole English catalog; the journey list's code
 * reads `./core.svelte`'s `t()` instead, which holds its own words only.
 */
import { en, type Messages } from './en';
import { otherCatalog } from './core.svelte';

export { languageNames, loadCatalog, locale, setLocale } from './core.svelte';

/** The messages of the current language; reading it in a template re-renders on a switch. */
export function t(): Messages {
	return otherCatalog() ?? en;
}
