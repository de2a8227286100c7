/**
 * What a workshop session remembers outside the journey: where the walk-through stands (per
 * journey, for this tab: a reload or a return keeps the place), the timer per step and the
 * projector theme (for this browser). Preferences, not journey data, so not in IndexedDB.
 */
export const timerChoices = [0, 1, 2, 3, 5, 10] as const;
export type Theme = 'light' | 'dark';

const positionKey = (journeyId: string) => `touchpoint.walkThrough.${journeyId}`;
const TIMER_KEY = 'touchpoint.workshop.timerMinutes';
const THEME_KEY = 'touchpoint.workshop.theme';

function read(storage: () => Storage, key: string): string | null {
	try {
		return storage().getItem(key);
	} catch {
		return null;
	}
}

function write(storage: () => Storage, key: string, value: string) {
	try {
		storage().setItem(key, value);
	} catch {
		// Storage refused (a private window, say): the session simply does not remember.
	}
}

/** The touch point the walk-through last showed, by id, so reordering does not lose it. */
export function walkThroughPosition(journeyId: string): string | null {
	return read(() => sessionStorage, positionKey(journeyId));
}

export function keepWalkThroughPosition(journeyId: string, touchPointId: string) {
	write(() => sessionStorage, positionKey(journeyId), touchPointId);
}

export function timerMinutes(): number {
	const stored = Number(read(() => localStorage, TIMER_KEY));
	return (timerChoices as readonly number[]).includes(stored) ? stored : 0;
}

export function setTimerMinutes(minutes: number) {
	write(() => localStorage, TIMER_KEY, String(minutes));
}

export function walkThroughTheme(): Theme {
	const stored = read(() => localStorage, THEME_KEY);
	if (stored === 'light' || stored === 'dark') return stored;
	return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches
		? 'dark'
		: 'light';
}

export function setWalkThroughTheme(theme: Theme) {
	write(() => localStorage, THEME_KEY, theme);
}

/** m:ss, for the step timer. */
export function formatCountdown(seconds: number): string {
	const s = Math.max(0, Math.ceil(seconds));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
