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
import { addParticipant } from '$lib/domain/edits/participants';
import { inCanonicalOrder } from '$lib/domain/document-order';
import type { JourneyDocument } from '$lib/domain/schema';
import { LiveBinding } from './live-binding';
import { participantIdFor, participantMay, seedOwn, writeOwn } from './participant-doc';
import { live, LiveSession } from './live-session.svelte';
import { liveServerAnswers, type LiveSecrets } from './live-secrets';
import { newSecret, pidFor, type JoinFragment } from './protocol.js';
import { rememberedName } from './remembered-name';
import { markJoined, ratingsClosed, readWorkshop, roundOf, WORKSHOP } from './workshop-control';
import {
	createLiveSession,
	endLiveSession,
	joinedSession,
	liveSessionOf,
	loadYDoc,
	withJoinCode
} from './sessions';

/** An edit reaches the others once stored: batched for a frame, not the usual quarter second. */
const LIVE_SAVE_DELAY = 16;

/** Binds `ydoc` to the editor and connects it; the session becomes the tab's. */
async function connect(
	editor: JourneyEditor,
	secrets: LiveSecrets,
	ydoc: Y.Doc,
	name: string,
	resumed: boolean
): Promise<LiveSession | undefined> {
	const journeyId = editor.doc.journey.id;
	// A participant writes what they may into their own document (participant-doc.ts).
	const participantId =
		secrets.role === 'participant' && secrets.personalKey
			? participantIdFor(pidFor(secrets.personalKey))
			: undefined;
	const own = participantId ? new Y.Doc() : undefined;
	const currentRound = (id: string) => roundOf(readWorkshop(ydoc), id);
	const binding = new LiveBinding({
		ydoc,
		editor,
		role: secrets.role,
		onRefusedLocal: (changes) => {
			if (!own || !participantId) return;
			const doc = editor.doc;
			const allowed = changes.filter((c) => participantMay([c], participantId, doc));
			writeOwn(own, allowed, participantId, null, currentRound);
		}
	});
	// Storage and Y are reconciled before anything is sent: offline edits go out with the rest.
	await binding.start();
	if (editor.closed) {
		await binding.stop();
		return undefined;
	}
	editor.readOnly = secrets.role === 'participant';
	if (own && participantId) {
		// Locked: a rating or a new frustration is refused here at once (the fold would hold it
		// back anyway), so the phone says so rather than showing what is not taken.
		editor.mayEdit = (changes, doc) =>
			participantMay(changes, participantId, doc) &&
			!(ratingsClosed(readWorkshop(ydoc)) && changes.some((c) => c.collection === 'frustrations'));
		if (!editor.doc.participants.some((p) => p.id === participantId)) {
			// Joining is no step of theirs to undo (its Undo would be a removal, refused anyway).
			const history = editor.history;
			editor.apply(
				addParticipant(editor.doc, name.trim().slice(0, 80) || t().live.host, participantId)
			);
			editor.history = history;
			await editor.flush();
		}
		const inJourney = (id: string) => ydoc.getMap('frustrations').has(id);
		seedOwn(own, editor.doc, participantId, inJourney, null, currentRound);
	}
	// The owner and editors take in each participant's document as it comes and changes.
	const folded: (() => void)[] = [];
	const fold = (pid: string, pdoc: Y.Doc) => {
		const go = () => {
			// Once their record is in the journey, the screens can tell them from the hand-added.
			void binding.fold(pdoc, pid).then(() => {
				const id = participantIdFor(pid);
				if (editor.doc.participants.some((p) => p.id === id)) markJoined(ydoc, id);
			});
		};
		pdoc.on('update', go);
		folded.push(go);
		go();
	};
	// What waited on the phones while ratings were locked is taken once they open again.
	const control = ydoc.getMap(WORKSHOP);
	const unlocked = (event: Y.YMapEvent<unknown>) => {
		if (event.keysChanged.has('locked') || event.keysChanged.has('running')) {
			folded.forEach((go) => go());
		}
	};
	if (secrets.role !== 'participant') control.observe(unlocked);
	editor.saveDelay = LIVE_SAVE_DELAY;
	live.session?.destroy();
	const session = new LiveSession({
		...secrets,
		ydoc,
		name,
		resumed,
		...(secrets.code ? { code: secrets.code } : {}),
		// A journey replaced here as a whole is taken in over the room's state; and what a
		// participant proposed under a touch point not here yet is taken once it is.
		onSynced: () => {
			void binding.synced();
			folded.forEach((go) => go());
		},
		onStopped: () => {
			void endLiveSession(journeyId);
			toasts.show({ message: t().live.stopped }, 20_000);
		},
		participantDoc: own,
		onParticipantDoc: secrets.role === 'participant' ? undefined : fold,
		onEnd: () => {
			control.unobserve(unlocked);
			editor.readOnly = false;
			editor.mayEdit = undefined;
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
	const found = await liveSessionOf(journeyId);
	if (!found || editor.closed) return undefined;
	const row = await withJoinCode(found);
	const ydoc = await loadYDoc(journeyId);
	if (!ydoc || editor.closed) return undefined;
	const secrets = {
		roomId: row.roomId,
		role: row.role,
		secrets: row.secrets,
		personalKey: row.personalKey,
		...(row.code ? { code: row.code } : {})
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
			},
			code: created.code
		},
		created.ydoc,
		name,
		false
	);
	if (!session) throw new Error('the journey was closed');
	return session;
}

/** The touch point a workshop opens on: the journey's first, in the order the map reads. */
export function firstTouchPointId(doc: JourneyDocument): string | null {
	return inCanonicalOrder(doc).touchPoints[0]?.id ?? null;
}

/**
 * Starts a live workshop on the journey open in `editor`: its live session (started here
 * when none runs), then the workshop's controls. A workshop already running keeps its step.
 */
export async function startLiveWorkshop(editor: JourneyEditor): Promise<LiveSession> {
	const current = live.session;
	const row = await liveSessionOf(editor.doc.journey.id);
	const mine = current && !current.ended && row?.roomId === current.roomId;
	if (mine && current.role === 'participant') throw new Error('a participant runs no workshop');
	const session = mine ? current : await startLiveSession(editor);
	const state = session.workshop.state;
	session.workshop.start(
		state.running && state.step !== null ? state.step : firstTouchPointId(editor.doc)
	);
	return session;
}

/**
 * Ends the workshop: phones show their thank-you, then (the owner) the session stops, so its
 * links stop working. Every rating stays in everyone's copy of the journey.
 */
export async function endLiveWorkshop(): Promise<void> {
	const session = live.session;
	if (!session || session.ended || !session.workshop.mayControl) return;
	session.workshop.end();
	// The ended mark reaches the phones before the room closes under them.
	await session.sent();
	session.stop();
}

export type Joined =
	{ ok: true; journeyId: string } | { ok: false; reason: 'noServer' | 'refused' };

/** How long a join waits for the room before saying the server does not answer. */
const JOIN_PATIENCE = 20_000;
/** How long a join synced with an empty room waits for the journey from another instance. */
const EMPTY_PATIENCE = 10_000;

/** Joins by a link's fragment: copies the journey into this browser once it has arrived. */
export async function joinLiveSession(link: JoinFragment, name: string): Promise<Joined> {
	if (!(await liveServerAnswers())) return { ok: false, reason: 'noServer' };
	const personalKey = link.role === 'participant' ? newSecret() : undefined;
	const ydoc = new Y.Doc();
	let session: LiveSession | undefined;
	const outcome = await new Promise<'synced' | 'refused' | 'noServer'>((resolve) => {
		let timer = setTimeout(() => resolve('noServer'), JOIN_PATIENCE);
		session = new LiveSession({
			roomId: link.room,
			role: link.role,
			secrets: { [link.role]: link.key },
			personalKey,
			ydoc,
			name,
			onSynced: () => {
				// An instance that did not hold the room yet (several servers sharing Redis)
				// answers the sync at once, empty: the journey follows from the others.
				const arrived = () => ydoc.getMap('journey').has('id');
				if (arrived()) {
					clearTimeout(timer);
					return resolve('synced');
				}
				const onUpdate = () => {
					if (!arrived()) return;
					ydoc.off('update', onUpdate);
					clearTimeout(timer);
					resolve('synced');
				};
				ydoc.on('update', onUpdate);
				// None comes: the room holds no journey this browser can take.
				clearTimeout(timer);
				timer = setTimeout(() => resolve('refused'), EMPTY_PATIENCE);
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
