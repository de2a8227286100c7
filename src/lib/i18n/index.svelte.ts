/**
 * The interface language. A small typed catalog rather than an i18n library: two languages,
 * template content that is data rather than messages, and type-checked keys, with no build
 * step or generated files to keep in sync. The choice is remembered in localStorage, read
 * synchronously at start so the first paint is already in the right language.
 */
import { isLocale, type Locale } from '$lib/domain/locale';
import { en, type Messages } from './en';
import { id } from './id';

const catalogs: Record<Locale, Messages> = { en, id };
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

export function setLocale(next: Locale) {
	current = next;
	localStorage.setItem(STORAGE_KEY, next);
	document.documentElement.lang = next;
}

/** The messages of the current language; reading it in a template re-renders on a switch. */
export function t(): Messages {
	return catalogs[current];
}

export const languageNames: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
