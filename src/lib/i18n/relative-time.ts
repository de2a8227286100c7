/** "2 hours ago", "yesterday", in the reader's language: how long ago `then` was at `now`. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 86_400_000],
	['month', 30 * 86_400_000],
	['week', 7 * 86_400_000],
	['day', 86_400_000],
	['hour', 3_600_000],
	['minute', 60_000]
];

export function relativeTime(then: number, now: number, locale: string): string {
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const elapsed = then - now;
	for (const [unit, ms] of UNITS) {
		if (Math.abs(elapsed) >= ms) return format.format(Math.round(elapsed / ms), unit);
	}
	return format.format(0, 'second');
}

/** The exact moment, short enough for a list line or a banner: "24 Nov 2026, 14:02". */
export function exactTime(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
