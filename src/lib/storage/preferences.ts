/**
 * Small choices this browser remembers (a language, a name, a timer's length, the curve's
 * height) in its local or session storage. Storage can be missing or refuse (a private window,
 * site data blocked, a full quota): reading then finds nothing, and writing keeps the choice
 * only as long as the page, never failing what the person was doing.
 */
type Area = 'local' | 'session';

const storage = (area: Area) => (area === 'local' ? localStorage : sessionStorage);

export function readPreference(key: string, area: Area = 'local'): string | null {
	try {
		return storage(area).getItem(key);
	} catch {
		return null;
	}
}

export function writePreference(key: string, value: string, area: Area = 'local') {
	try {
		storage(area).setItem(key, value);
	} catch {
		// Refused: remembered as long as the page is open, as the caller keeps it.
	}
}
