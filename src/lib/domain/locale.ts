/** The languages the interface and the template content come in. */
export const locales = ['en', 'id'] as const;
export type Locale = (typeof locales)[number];

/** Text given in every supported language, as templates carry it. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
