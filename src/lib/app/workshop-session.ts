/**
 * What a workshop session remembers outside the journey: where the walk-through stands (per
 * journey, for this tab: a reload or a return keeps the place), the timer per step and the
 * projector theme (for this browser). Preferences, not journey data, so not in IndexedDB.
 */
import { readPreference, writePreference } from '$lib/storage/preferences';

export const timerChoices = [0, 1, 2, 3, 5, 10] as const;
export type Theme = 'light' | 'dark';

const positionKey = (journeyId: string) => `touchpoint.walkThrough.${journeyId}`;
const TIMER_KEY = 'touchpoint.workshop.timerMinutes';
const THEME_KEY = 'touchpoint.workshop.theme';

/** The touch point the walk-through last showed, by id, so reordering does not lose it. */
export function walkThroughPosition(journeyId: string): string | null {
	return readPreference(positionKey(journeyId), 'session');
}

export function keepWalkThroughPosition(journeyId: string, touchPointId: string) {
	writePreference(positionKey(journeyId), touchPointId, 'session');
}

export function timerMinutes(): number {
	const stored = Number(readPreference(TIMER_KEY));
	return (timerChoices as readonly number[]).includes(stored) ? stored : 0;
}

export function setTimerMinutes(minutes: number) {
	writePreference(TIMER_KEY, String(minutes));
}

export function walkThroughTheme(): Theme {
	const stored = readPreference(THEME_KEY);
	if (stored === 'light' || stored === 'dark') return stored;
	return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches
		? 'dark'
		: 'light';
}

export function setWalkThroughTheme(theme: Theme) {
	writePreference(THEME_KEY, theme);
}

/** m:ss, for the step timer. */
export function formatCountdown(seconds: number): string {
	const s = Math.max(0, Math.ceil(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
