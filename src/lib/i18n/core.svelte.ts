/**
 * The interface language. A small typed catalog rather than an i18n library: two languages,
 * template content that is data rather than messages, and type-checked keys, with no build
 * step or generated files to keep in sync. The choice is remembered in localStorage, read
 * synchronously at start so the first paint is already in the right language. English is
 * built in (it is the catalog the others are checked against); another language's catalog
 * is downloaded before the first paint that needs it, so nobody downloads a language they do
 * not read.
 *
 * Each language comes in two parts: the words of the journey list and of every page's frame
 * (`en-core.ts`, `id-core.ts`, read through this module's `t()`), and the rest (`en.ts`,
 * `id.ts`, read through `./index.svelte`'s `t()`). A module that imports the full `t()` brings
 * the full English catalog with it; another language's full catalog is awaited by the load of
 * every page but the list (`loadCatalog`), and the list, a first visit's page, awaits only its
 * own words (`loadCoreCatalog`) and asks for the rest once it is drawn.
 */
import { isLocale, type Locale } from '$lib/domain/locale';
import { enCore, type CoreMessages } from './en-core';
import type { Messages } from './en';

type Other = Exclude<Locale, 'en'>;
// Replaced whole as each arrives (one signal for `t()` to read, not a proxy per call): a page
// that shows words before they arrived shows English, then the words once they are here.
/** Other languages' catalogs, whole, once downloaded. */
let catalogs = $state.raw<Partial<Record<Other, Messages>>>({});
/** Their list's and frame's words (`*-core.ts`), once downloaded. */
let cores = $state.raw<Partial<Record<Other, CoreMessages>>>({});
const loaders: Record<Other, () => Promise<Messages>> = {
	id: () => import('./id').then((m) => m.id)
};
const coreLoaders: Record<Other, () => Promise<CoreMessages>> = {
	id: () => import('./id-core').then((m) => m.idCore)
};
const STORAGE_KEY = 'touchpoint.locale';

/** The stored choice; none where storage is missing or refuses (site data blocked, say). */
function storedLocale(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

function initialLocale(): Locale {
	const stored = storedLocale();
	if (isLocale(stored)) return stored;
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
	if (code === 'en' || catalogs[code]) return;
	const messages = await loaders[code]();
	catalogs = { ...catalogs, [code]: messages };
}

/** Makes this module's `t()` ready for `code`: the list's and the frame's words only. */
export async function loadCoreCatalog(code: Locale): Promise<void> {
	if (code === 'en' || catalogs[code] || cores[code]) return;
	const messages = await coreLoaders[code]();
	cores = { ...cores, [code]: messages };
}

export async function setLocale(next: Locale) {
	await loadCatalog(next);
	current = next;
	try {
		localStorage.setItem(STORAGE_KEY, next);
	} catch {
		// Refused: the language holds until the page is closed.
	}
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
	// Until a catalog has arrived (only if a caller skipped loading it), English stands in.
	if (current === 'en') return enCore;
	return catalogs[current] ?? cores[current] ?? enCore;
}

export const languageNames: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
