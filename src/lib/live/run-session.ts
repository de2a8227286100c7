/**
 * Where the session in a tab meets the core: the journey's Y.Doc kept beside its records
 * (sessions.ts) bound to the open editor (live-binding.ts), and the provider that carries it.
 */
import { resolve } from '$app/paths';
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { toasts } from '$lib/app/toasts.svelte';
import { t } from '$lib/i18n/index.svelte';
import { live, LiveSession } from './live-session.svelte';
import type { JoinFragment } from './protocol.js';

const NAME_KEY = 'touchpoint.liveName';

/** The name this browser goes by in live sessions, remembered from the last one. */
export function rememberedName(): string {
	try {
		return localStorage.getItem(NAME_KEY) ?? '';
	} catch {
		return '';
	}
}

export function rememberName(name: string) {
	try {
		localStorage.setItem(NAME_KEY, name);
	} catch {
		// Storage refused (a private window): the name is asked again next time.
	}
}

// TEMPORARY until live-core's sessions.ts and live-binding.ts are merged.
async function loadSession(_journeyId: string) {
	return undefined as undefined | { row: never; ydoc: never };
}

/** Connects the journey open in `editor` to its live session, if it has one. */
export async function resumeLiveSession(editor: JourneyEditor): Promise<LiveSession | undefined> {
	const loaded = await loadSession(editor.doc.journey.id);
	if (!loaded) return undefined;
	return undefined;
}

/** Starts a live session on the journey open in `editor`, this browser its owner. */
export async function startLiveSession(editor: JourneyEditor): Promise<LiveSession> {
	void editor;
	void resolve;
	void toasts;
	void t;
	void live;
	throw new Error('not yet');
}

export { LiveSession };

export type Joined =
	{ ok: true; journeyId: string } | { ok: false; reason: 'noServer' | 'refused' };

/** Joins by a link's fragment: copies the journey into this browser once it has arrived. */
export async function joinLiveSession(link: JoinFragment, name: string): Promise<Joined> {
	void link;
	void name;
	return { ok: false, reason: 'noServer' };
}
