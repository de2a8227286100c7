/**
 * The presence of everyone in a live session, as other browsers announce it through the
 * provider's awareness: their name, colour, the view they are on and what they edit. It comes
 * from other browsers, so only what has the expected shape is kept.
 */
export type LiveView = 'map' | 'segments' | 'priorities' | 'workshop';
export const LIVE_VIEWS: readonly LiveView[] = ['map', 'segments', 'priorities', 'workshop'];

export interface Person {
	clientId: number;
	name: string;
	colour: string;
	view: LiveView;
	/** The refKey (`frustrations:<id>`) of the card or field they are in, if any. */
	editing: string | null;
	self: boolean;
}

/**
 * Presence colours: distinct at a glance, dark enough for white names on them (4.5:1) and still
 * a visible ring on the dark theme's surface.
 */
const COLOURS = ['#b93c0b', '#1d4ed8', '#15803d', '#8b2fc9', '#be123c', '#0e7490', '#92400e'];

/** The colour of the browser whose Y.Doc has this client id. */
export const colourFor = (clientId: number) => COLOURS[clientId % COLOURS.length]!;

interface Awareness {
	name?: unknown;
	colour?: unknown;
	view?: unknown;
	editing?: unknown;
}

/** The people in the awareness `states`, this tab (`self`) first, then by name. */
export function peopleOf(states: Map<number, unknown>, self: number): Person[] {
	const people: Person[] = [];
	for (const [clientId, state] of states) {
		const { name, colour, view, editing } = (state ?? {}) as Awareness;
		if (typeof name !== 'string' || !name.trim()) continue;
		people.push({
			clientId,
			name: name.slice(0, 80),
			colour: typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? colour : COLOURS[0]!,
			view: LIVE_VIEWS.includes(view as LiveView) ? (view as LiveView) : 'map',
			editing: typeof editing === 'string' ? editing.slice(0, 100) : null,
			self: clientId === self
		});
	}
	return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
