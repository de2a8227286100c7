/**
 * The interface language. A small typed catalog rather than an i18n library: two languages,
 * template content that is data rather than messages, and type-checked keys, with no build
 * step or generated files to keep in sync. The choice is remembered in localStorage, read
 * synchronously at start so the first paint is already in the right language. English is
 * built in (it is the catalog the others are checked against); another language's catalog
 * is downloaded before the first paint that needs it (`loadCatalog`, awaited by the root
 * layout's load), so nobody downloads a language they do not read.
 *
 * English comes in two parts: the words of the journey list and of every page's frame
 * (`en-core.ts`, read through this module's `t()`), and the rest (`en.ts`, read through
 * `./index.svelte`'s `t()`). A module that imports the full `t()` brings the full catalog
 * with it, so no page can show a word it has not downloaded; the list, a first visit's page,
 * downloads only its own.
 */
import { isLocale, type Locale } from '$lib/domain/locale';
import { enCore, type CoreMessages } from './en-core';
import type { Messages } from './en';

/** Other languages' catalogs, whole, once downloaded. */
const catalogs: Partial<Record<Exclude<Locale, 'en'>, Messages>> = {};
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
	id: () => import('./id').then((m) => m.id)
};
const STORAGE_KEY = 'touchpoint.locale';

function initialLocale(): Locale {
	if (typeof localStorage !== 'undefined') {
		const stored = localStorage.getItem(STORAGE_KEY);
		if (isLocale(stored)) return stored;
	}
	if (typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('id')) {
		return 'id';
	}
	return 'en';
}

let current = $state<Locale>(initialLocale());

export function locale(): Locale {
	return current;
}

/** Makes `t()` ready for `code`; resolves at once when its catalog is already here. */
export async function loadCatalog(code: Locale): Promise<void> {
	if (code !== 'en') catalogs[code] ??= await loaders[code]();
}

export async function setLocale(next: Locale) {
	await loadCatalog(next);
	current = next;
	localStorage.setItem(STORAGE_KEY, next);
	document.documentElement.lang = next;
}

/** The current language's downloaded catalog, or undefined for English. */
export function otherCatalog(): Messages | undefined {
	return current === 'en' ? undefined : catalogs[current];
}

/**
 * The words of the journey list and every page's frame, in the current language; reading it
 * in a template re-renders on a switch.
 */
export function t(): CoreMessages {
	// Until a catalog has arrived (only if a caller skipped loadCatalog), English stands in.
	return otherCatalog() ?? enCore;
}

export const languageNames: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
