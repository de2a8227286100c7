/**
 * Browsers in one live session, in memory: each has its own database, its own JourneyEditor
 * and its own Y.Doc bound to it; a `Network` carries each Y.Doc's updates to the others, at
 * once while online, or held back while offline and delivered on `online()`.
 */
import { expect } from 'vitest';
import * as Y from 'yjs';
import { JourneyEditor, type RefusedEdits } from '$lib/app/journey-editor.svelte';
import type { Edit } from '$lib/domain/edits/change';
import { collections } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';
import { LiveBinding } from '$lib/live/live-binding';
import type { Dropped } from '$lib/live/records-in-y';
import { createLiveSession, joinedSession, loadYDoc } from '$lib/live/sessions';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import { TouchpointDatabase, type LiveRole } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';

export interface Side {
	name: string;
	db: TouchpointDatabase;
	ydoc: Y.Doc;
	editor: JourneyEditor;
	binding: LiveBinding;
	refused: RefusedEdits[];
	dropped: Dropped[];
	refusedLocal: number;
	/** Called when the binding waits for this side's editor to store what it queued. */
	onBindingFlush?: () => void;
	/** Holds this side's editor's writes back until the returned function is called. */
	holdWrites(): () => void;
	/** Applies an edit as a person would, and waits until it is stored. */
	edit(make: (doc: JourneyDocument) => Edit | undefined): Promise<void>;
}

export class Network {
	offline = false;
	#sides: { ydoc: Y.Doc; wire: object; held: Uint8Array[] }[] = [];

	/** Wires a Y.Doc to every other one on the network. */
	add(ydoc: Y.Doc) {
		const me = { ydoc, wire: {}, held: [] as Uint8Array[] };
		this.#sides.push(me);
		ydoc.on('update', (update: Uint8Array, origin: unknown) => {
			// What came over the wire was sent on by whoever made it.
			if (this.#sides.some((s) => s.wire === origin)) return;
			for (const other of this.#sides) {
				if (other === me) continue;
				if (this.offline) other.held.push(update);
				else Y.applyUpdate(other.ydoc, update, other.wire);
			}
		});
	}

	/** Delivers everything held back, and goes on delivering at once. */
	online() {
		this.offline = false;
		for (const side of this.#sides) {
			for (const update of side.held.splice(0)) Y.applyUpdate(side.ydoc, update, side.wire);
		}
	}
}

let count = 0;

async function open(
	name: string,
	db: TouchpointDatabase,
	ydoc: Y.Doc,
	role: LiveRole
): Promise<Side> {
	const journeyId = (await db.journeys.toArray())[0]!.id;
	const doc = (await getJourney(journeyId, db))!;
	let gate: Promise<void> = Promise.resolve();
	const editor = new JourneyEditor(
		doc,
		async (id, changes, now) => {
			await gate;
			return persistChanges(id, changes, now, db);
		},
		(journey, changes, now) => persistChangesNow(journey, changes, now, db)
	);
	const side: Side = {
		name,
		db,
		ydoc,
		editor,
		refused: [],
		dropped: [],
		refusedLocal: 0,
		binding: undefined as unknown as LiveBinding,
		holdWrites() {
			let release = () => {};
			gate = new Promise((resolve) => (release = resolve));
			return release;
		},
		async edit(make) {
			const invalid = editor.apply(make(editor.doc));
			if (invalid) throw new Error(invalid);
			await editor.flush();
		}
	};
	side.binding = new LiveBinding({
		ydoc,
		editor: {
			get doc() {
				return editor.doc;
			},
			receive: (changes, commit) => editor.receive(changes, commit),
			flush: () => {
				side.onBindingFlush?.();
				return editor.flush();
			}
		},
		role,
		db,
		log: (d) => side.dropped.push(d),
		onRefusedLocal: () => side.refusedLocal++
	});
	editor.onRefused = (refused) => side.refused.push(refused);
	await side.binding.start();
	return side;
}

function newDatabase(name: string) {
	return new TouchpointDatabase(`live-${name}-${++count}-${crypto.randomUUID()}`);
}

/** The owner: the journey stored, a session started on it, bound. */
export async function owner(doc: JourneyDocument, network: Network): Promise<Side> {
	const db = newDatabase('owner');
	await saveJourney(doc, db);
	const { ydoc } = await createLiveSession(doc.journey.id, { db, name: 'Owner' });
	network.add(ydoc);
	return open('owner', db, ydoc, 'owner');
}

/** Someone who joined through a link: the owner's Y.Doc synced, the journey stored from it. */
export async function joiner(
	from: Side,
	network: Network,
	role: LiveRole = 'editor',
	name: string = role
): Promise<Side> {
	const db = newDatabase(name);
	const ydoc = new Y.Doc();
	Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(from.ydoc), 'sync');
	network.add(ydoc);
	await joinedSession({ roomId: 'room', role, secret: 'secret', name, ydoc }, { db });
	return open(name, db, ydoc, role);
}

/** A side reloaded: a new editor and binding on the Y.Doc as stored. */
export async function reload(side: Side, network: Network): Promise<Side> {
	await side.editor.flush();
	await side.binding.stop();
	side.editor.close();
	const ydoc = (await loadYDoc(side.editor.doc.journey.id, side.db))!;
	network.add(ydoc);
	return open(side.name, side.db, ydoc, side.binding.role);
}

/** Waits until nothing moves any more: every edit stored, received, and sent on. */
export async function settle(...sides: Side[]) {
	for (let round = 0; round < 8; round++) {
		for (const side of sides) {
			await side.editor.flush();
			await side.binding.settled();
		}
	}
}

/** What a side stores of the journey, `updatedAt` of the journey's own record aside. */
export async function storedOf(side: Side) {
	const doc = (await getJourney(side.editor.doc.journey.id, side.db))!;
	const { updatedAt: _updatedAt, ...journey } = doc.journey;
	return { ...doc, journey };
}

/**
 * Ratings are one per participant, in no order that means anything: each side keeps its own
 * order (see live-binding.ts `inOrderOf`), so they are compared by participant.
 */
function byId<T extends { id: string }>(items: T[]): T[] {
	return [...items]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((item) =>
			'ratings' in item && Array.isArray(item.ratings)
				? {
						...item,
						ratings: [...(item.ratings as { participantId: string }[])].sort((a, b) =>
							a.participantId < b.participantId ? -1 : 1
						)
					}
				: item
		);
}

/** What a side's editor shows, as `storedOf` says it. */
export function shownOf(side: Side) {
	const { updatedAt: _updatedAt, ...journey } = side.editor.doc.journey;
	const doc = { ...side.editor.doc, journey } as Record<string, unknown>;
	for (const name of collections) {
		doc[name] = byId(side.editor.doc[name] as { id: string }[]);
	}
	return doc;
}

export async function sortedStoredOf(side: Side) {
	const doc = (await storedOf(side)) as Record<string, unknown>;
	for (const name of collections) {
		doc[name] = byId(doc[name] as { id: string }[]);
	}
	return doc;
}

/** Every side stores the same journey, and each shows what it stores. */
export async function expectSame(...sides: Side[]) {
	const [first, ...rest] = await Promise.all(sides.map(sortedStoredOf));
	for (const other of rest) expect(other).toEqual(first);
	for (const side of sides) expect(shownOf(side)).toEqual(first);
}
