import { describe, expect, it } from 'vitest';
import { relativeTime } from '$lib/i18n/relative-time';

const NOW = Date.UTC(2026, 10, 24, 14, 0);

describe('relative time', () => {
	it('says how long ago in the largest whole unit', () => {
		expect(relativeTime(NOW - 30_000, NOW, 'en')).toBe('now');
		expect(relativeTime(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
		expect(relativeTime(NOW - 2 * 3_600_000, NOW, 'en')).toBe('2 hours ago');
		expect(relativeTime(NOW - 26 * 3_600_000, NOW, 'en')).toBe('yesterday');
		expect(relativeTime(NOW - 15 * 86_400_000, NOW, 'en')).toBe('2 weeks ago');
	});

	it('speaks Bahasa Indonesia too', () => {
		expect(relativeTime(NOW - 2 * 3_600_000, NOW, 'id')).toBe('2 jam yang lalu');
	});
});
