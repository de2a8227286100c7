/**
 * Where the session in a tab meets the core: the journey's Y.Doc kept beside its records
 * (sessions.ts) and bound to the open editor (live-binding.ts), carried by the provider of
 * live-session.svelte.ts.
 */
import * as Y from 'yjs';
import type { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { SAVE_DELAY } from '$lib/app/save-queue';
import { toasts } from '$lib/app/toasts.svelte';
import { t } from '$lib/i18n/index.svelte';
import { LiveBinding } from './live-binding';
import { live, LiveSession, liveServerAnswers, type LiveSecrets } from './live-session.svelte';
import { newSecret, type JoinFragment } from './protocol.js';
import {
	createLiveSession,
	endLiveSession,
	joinedSession,
	liveSessionOf,
	loadYDoc
} from './sessions';

const NAME_KEY = 'touchpoint.liveName';
/** An edit reaches the others once stored: batched for a frame, not the usual quarter second. */
const LIVE_SAVE_DELAY = 16;

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

/** Binds `ydoc` to the editor and connects it; the session becomes the tab's. */
async function connect(
	editor: JourneyEditor,
	secrets: LiveSecrets,
	ydoc: Y.Doc,
	name: string,
	resumed: boolean
): Promise<LiveSession | undefined> {
	const journeyId = editor.doc.journey.id;
	const binding = new LiveBinding({ ydoc, editor, role: secrets.role });
	// Storage and Y are reconciled before anything is sent: offline edits go out with the rest.
	await binding.start();
	if (editor.closed) {
		await binding.stop();
		return undefined;
	}
	editor.readOnly = secrets.role === 'participant';
	editor.saveDelay = LIVE_SAVE_DELAY;
	live.session?.destroy();
	const session = new LiveSession({
		...secrets,
		ydoc,
		name,
		resumed,
		onStopped: () => {
			void endLiveSession(journeyId);
			toasts.show({ message: t().live.stopped }, 20_000);
		},
		onEnd: () => {
			editor.readOnly = false;
			editor.saveDelay = SAVE_DELAY;
			void binding.stop();
		}
	});
	live.session = session;
	return session;
}

/** Connects the journey open in `editor` to its live session, if it has one here. */
export async function resumeLiveSession(editor: JourneyEditor): Promise<LiveSession | undefined> {
	const journeyId = editor.doc.journey.id;
	const row = await liveSessionOf(journeyId);
	if (!row || editor.closed) return undefined;
	const ydoc = await loadYDoc(journeyId);
	if (!ydoc || editor.closed) return undefined;
	const secrets = {
		roomId: row.roomId,
		role: row.role,
		secrets: row.secrets,
		personalKey: row.personalKey
	};
	return connect(editor, secrets, ydoc, row.name || rememberedName() || t().live.host, true);
}

/** Starts a live session on the journey open in `editor`, this browser its owner. */
export async function startLiveSession(editor: JourneyEditor): Promise<LiveSession> {
	const name = rememberedName() || t().live.host;
	const created = await createLiveSession(editor.doc.journey.id, { name });
	const session = await connect(
		editor,
		{
			roomId: created.roomId,
			role: 'owner',
			secrets: {
				owner: created.ownerSecret,
				editor: created.editorSecret,
				participant: created.participantSecret
			}
		},
		created.ydoc,
		name,
		false
	);
	if (!session) throw new Error('the journey was closed');
	return session;
}

export type Joined =
	{ ok: true; journeyId: string } | { ok: false; reason: 'noServer' | 'refused' };

/** How long a join waits for the room before saying the server does not answer. */
const JOIN_PATIENCE = 20_000;

/** Joins by a link's fragment: copies the journey into this browser once it has arrived. */
export async function joinLiveSession(link: JoinFragment, name: string): Promise<Joined> {
	if (!(await liveServerAnswers())) return { ok: false, reason: 'noServer' };
	const personalKey = link.role === 'participant' ? newSecret() : undefined;
	const ydoc = new Y.Doc();
	let session: LiveSession | undefined;
	const outcome = await new Promise<'synced' | 'refused' | 'noServer'>((resolve) => {
		const timer = setTimeout(() => resolve('noServer'), JOIN_PATIENCE);
		session = new LiveSession({
			roomId: link.room,
			role: link.role,
			secrets: { [link.role]: link.key },
			personalKey,
			ydoc,
			name,
			onSynced: () => {
				clearTimeout(timer);
				resolve('synced');
			},
			onRefused: () => {
				clearTimeout(timer);
				resolve('refused');
			}
		});
	});
	session?.destroy();
	if (outcome !== 'synced') return { ok: false, reason: outcome };
	try {
		const journeyId = await joinedSession({
			roomId: link.room,
			role: link.role,
			secret: link.key,
			name,
			ydoc,
			personalKey
		});
		return { ok: true, journeyId };
	} catch (error) {
		// The room holds no journey this browser can take (stopped and emptied, or damaged).
		console.error(error);
		return { ok: false, reason: 'refused' };
	}
}
