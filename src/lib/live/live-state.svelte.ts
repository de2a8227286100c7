/**
 * The live session of the journey open in this tab, as the views read it, apart from the
 * session's code: the map, its header and the Share menu read this, and Yjs and the Hocuspocus
 * provider (live-session.svelte.ts, run-session.ts) load only for a journey in a session or
 * when one is started.
 */
import { database } from '$lib/storage/db';
import type { LiveSession } from './live-session.svelte';

/** The session of the journey open in this tab, if it has one. */
export const live = $state<{ session: LiveSession | undefined }>({ session: undefined });

/** Whether this browser holds a session of the journey not stopped: only then is it resumed. */
export async function inLiveSession(journeyId: string): Promise<boolean> {
	const row = await database().liveSessions.get(journeyId);
	return row !== undefined && row.stoppedAt === undefined;
}

/** Resumes the journey's session, if it has one, loading the session's code only then. */
export async function resumeIfLive(
	editor: Parameters<typeof import('./run-session').resumeLiveSession>[0]
): Promise<void> {
	if (!(await inLiveSession(editor.doc.journey.id)) || editor.closed) return;
	const { resumeLiveSession } = await import('./run-session');
	await resumeLiveSession(editor);
}
