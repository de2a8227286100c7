/**
 * The interface language. A small typed catalog rather than an i18n library: two languages,
 * template content that is data rather than messages, and type-checked keys, with no build
 * step or generated files to keep in sync. The choice is remembered in localStorage, read
 * synchronously at start so the first paint is already in the right language. English is
 * built in (it is the catalog the others are checked against); another language's catalog
 * is downloaded before the first paint that needs it (`loadCatalog`, awaited by the root
 * layout's load), so nobody downloads a language they do not read.
 */
import { isLocale, type Locale } from '$lib/domain/locale';
import { en, type Messages } from './en';

const catalogs: Partial<Record<Locale, Messages>> = { en };
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

/** The messages of the current language; reading it in a template re-renders on a switch. */
export function t(): Messages {
	// Until a catalog has arrived (only if a caller skipped loadCatalog), English stands in.
	return catalogs[current] ?? en;
}

export const languageNames: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
