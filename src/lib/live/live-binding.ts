/**
 * Binds a live session's Y.Doc to an open journey's editor, both ways:
 *
 * - What this tab stores (storage/tab-sync.ts `onStored`) goes into Y, only the fields each
 *   change changed, with this binding as the transaction's origin, so its echo is cut.
 * - A transaction of any other origin (the provider, a stored state loaded) touches records:
 *   those are read from Y and checked field by field (records-in-y.ts), turned into changes
 *   against what is stored, stored through `persistChanges` (schema and references checked
 *   inside its transaction) and shown through `editor.receive`, as another tab's edit is.
 *   What storage adjusted or took along on the way goes back into Y.
 *
 * A participant may not write into the journey's document (the server holds it read-only
 * for them too): their edits are stored here and reported, never written into Y; what they may
 * do reaches the journey through their own document, which `fold` takes in (participant-doc.ts).
 */
import * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import type { Collection } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';
import { persistChanges, type WriteOutcome } from '$lib/storage/changes';
import { database, type LiveRole, type TouchpointDatabase } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';
import { listen, onStored, type StoredHere } from '$lib/storage/tab-sync';
import { foldParticipant, type FoldLog } from './participant-doc';
import { ratingsClosed, readWorkshop, roundOf } from './workshop-control';
import { reconcile } from './reconcile';
import { YStateStore } from './y-state-store';
import { changesFromY, moreInY } from './changes-from-y';
import {
	collectionMap,
	JOURNEY,
	logDropped,
	markRemoved,
	readRecord,
	touchedRecords,
	writeChanges,
	type DropLog,
	type RecordName
} from './records-in-y';

/** What the binding needs of a JourneyEditor. */
export interface BoundEditor {
	readonly doc: JourneyDocument;
	receive(changes: Change[], commit?: number): boolean;
	flush(): Promise<void>;
}

export interface LiveBindingOptions {
	ydoc: Y.Doc;
	editor: BoundEditor;
	role: LiveRole;
	db?: TouchpointDatabase;
	/** Told of fields and records dropped from what others wrote (default: console.warn). */
	log?: DropLog;
	/** Told of edits stored here that a participant may not write into the journey's document. */
	onRefusedLocal?: (changes: Change[]) => void;
	/** How long the Y.Doc's state waits to be stored after a change (ms). */
	saveDelay?: number;
}

export class LiveBinding {
	readonly ydoc: Y.Doc;
	readonly role: LiveRole;
	readonly journeyId: string;
	#editor: BoundEditor;
	#db: TouchpointDatabase;
	#log: DropLog;
	#onRefusedLocal: ((changes: Change[]) => void) | undefined;
	/** The Y.Doc's state as kept in IndexedDB. */
	#state: YStateStore;
	#own = new Set<number>();
	#pending = new Map<RecordName, Set<string>>();
	#work: Promise<void> = Promise.resolve();
	#stops: (() => void)[] = [];
	#started = false;
	/** Replaced as a whole here, not yet taken in past the room's sync: nothing is pulled. */
	#replacedPending = false;

	constructor(options: LiveBindingOptions) {
		this.ydoc = options.ydoc;
		this.role = options.role;
		this.#editor = options.editor;
		this.journeyId = options.editor.doc.journey.id;
		this.#db = options.db ?? database();
		this.#log = options.log ?? logDropped;
		this.#onRefusedLocal = options.onRefusedLocal;
		this.#state = new YStateStore(this.ydoc, this.journeyId, this.#db, options.saveDelay ?? 300);
	}

	get writesY(): boolean {
		return this.role !== 'participant';
	}

	/**
	 * Starts following both sides, after reconciling what storage and Y hold (the later
	 * `updatedAt` of each record wins).
	 */
	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		const row = await this.#db.liveSessions.get(this.journeyId);
		for (const client of row?.clients ?? []) this.#own.add(client);
		this.#own.add(this.ydoc.clientID);
		this.#replacedPending = row?.replacedAt !== undefined && this.writesY;
		if (row && !row.clients?.includes(this.ydoc.clientID)) {
			await this.#db.liveSessions.update(this.journeyId, { clients: [...this.#own] });
		}
		const onTransaction = (transaction: Y.Transaction) => {
			if (transaction.origin === this) return;
			for (const [name, ids] of touchedRecords(this.ydoc, transaction)) {
				const set = this.#pending.get(name) ?? new Set();
				for (const id of ids) set.add(id);
				this.#pending.set(name, set);
			}
			this.#schedule();
		};
		const onUpdate = (update: Uint8Array) => this.#state.add(update);
		this.ydoc.on('afterTransaction', onTransaction);
		this.ydoc.on('update', onUpdate);
		this.#stops.push(
			() => this.ydoc.off('afterTransaction', onTransaction),
			() => this.ydoc.off('update', onUpdate),
			onStored((stored) => this.#storedHere(stored))
		);
		if (typeof window !== 'undefined') {
			const onHide = () => void this.#state.saveUpdates();
			window.addEventListener('pagehide', onHide);
			this.#stops.push(() => window.removeEventListener('pagehide', onHide));
		}
		// Another tab of this browser replaced the journey as a whole (an import): taken in now.
		this.#stops.push(
			listen((message) => {
				if (message.kind === 'reload' && message.journeyId === this.journeyId) {
					void this.#run(() => this.#reconcile('again'));
				}
			})
		);
		await this.#run(() => this.#reconcile('start'));
	}

	/**
	 * The provider synced with the room: a journey replaced as a whole here is taken in once
	 * more, over what the room held that the state stored here did not (records to remove).
	 */
	synced(): Promise<void> {
		return this.#run(() => this.#reconcile('again'));
	}

	/**
	 * Brings storage and Y together. At the start, as stored wins when the journey was replaced
	 * as a whole here since; 'again' (synced, or replaced in another tab): only then, and the
	 * replacement counts as taken in.
	 */
	async #reconcile(when: 'start' | 'again') {
		const replacedAt = (await this.#db.liveSessions.get(this.journeyId))?.replacedAt;
		if (when === 'again' && replacedAt === undefined) return;
		const changes = await reconcile(this.ydoc, this.journeyId, this.#db, {
			writeY: this.writesY,
			origin: this,
			log: this.#log,
			replaced: replacedAt !== undefined,
			own: (c) => this.#own.has(c)
		});
		await this.#store(changes);
		if (when === 'again' && this.writesY) {
			// Unless replaced once more meanwhile: that one is still to be taken in.
			await this.#db.liveSessions
				.where('journeyId')
				.equals(this.journeyId)
				.filter((row) => row.replacedAt === replacedAt)
				.modify((row) => void delete row.replacedAt);
			this.#replacedPending = false;
			if (this.#pending.size > 0) this.#schedule();
		}
	}

	/**
	 * Takes a participant's own document into the journey (participant-doc.ts): only what a
	 * participant may do, checked here, stored and shown, and written into the journey's Y.Doc.
	 */
	fold(pdoc: Y.Doc, pid: string, log?: FoldLog): Promise<void> {
		if (!this.writesY) return Promise.resolve();
		return this.#run(async () => {
			await this.#editor.flush();
			const stored = await getJourney(this.journeyId, this.#db);
			if (!stored) return;
			const known = (name: Collection, id: string) => collectionMap(this.ydoc, name).has(id);
			const state = readWorkshop(this.ydoc);
			const workshop = {
				roundOf: (id: string) => roundOf(state, id),
				locked: ratingsClosed(state)
			};
			await this.#store(foldParticipant(pdoc, pid, stored, known, Date.now(), log, workshop));
		});
	}

	/** Waits until everything received so far is stored and shown. */
	async settled(): Promise<void> {
		let work;
		do {
			work = this.#work;
			await work;
		} while (work !== this.#work);
	}

	/** Stores the Y.Doc's state now (and waits for what was received to be stored). */
	async flush(): Promise<void> {
		await this.settled();
		await this.saveState();
	}

	/** Stops following; the Y.Doc's state is stored. */
	async stop(): Promise<void> {
		for (const stop of this.#stops.splice(0)) stop();
		await this.flush();
	}

	/** Stores the Y.Doc's state now (see y-state-store.ts). */
	saveState(): Promise<void> {
		return this.#state.saveState();
	}

	#run(task: () => Promise<void>): Promise<void> {
		this.#work = this.#work.then(task).catch((error: unknown) => {
			console.warn('Live session: could not take in a change', error);
		});
		return this.#work;
	}

	#schedule() {
		void this.#run(() => this.#pull());
	}

	/** What this tab stored: its own edits go into Y, with what the write took along. */
	#storedHere(stored: StoredHere) {
		if (stored.db !== this.#db || stored.journeyId !== this.journeyId || stored.by === this) return;
		if (!this.writesY) {
			// A participant's own ratings and additions go into their own document instead.
			if (this.#onRefusedLocal) return this.#onRefusedLocal(stored.write);
			console.warn(
				`Live session: a participant does not write into the journey (${stored.write.length} changes kept here only)`
			);
			return;
		}
		writeChanges(this.ydoc, stored.write, this, { own: (c) => this.#own.has(c) });
		// Y holds more than was stored (someone's edit of other fields meanwhile, a removal
		// elsewhere): read it back in.
		const more = moreInY(this.ydoc, stored.write, this.#log);
		for (const [name, id] of more) {
			this.#pending.set(name, (this.#pending.get(name) ?? new Set()).add(id));
		}
		if (more.length > 0) this.#schedule();
	}

	/** Reads what others changed from Y, and stores and shows it. */
	async #pull() {
		// What the room holds would bring back what the replacement removed: it waits.
		if (this.#pending.size === 0 || this.#replacedPending) return;
		// This tab's edits made before go first: stored after, one made earlier than the
		// other's would count as the older write of the record, and be refused (superseded).
		await this.#editor.flush();
		const pending = this.#pending;
		this.#pending = new Map();
		if (pending.size === 0) return;
		const changes = await changesFromY(this.ydoc, pending, this.journeyId, this.#db, this.#log);
		await this.#store(changes);
	}

	/** Stores changes read from Y, shows them, and gives Y back what storage made of them. */
	async #store(changes: Change[]) {
		if (changes.length === 0) return;
		const outcome: WriteOutcome = await persistChanges(
			this.journeyId,
			changes,
			Date.now(),
			this.#db,
			this
		);
		if (outcome.write.length > 0) this.#editor.receive(outcome.write, outcome.commit);
		if (!this.writesY) return;
		const own = (c: number) => this.#own.has(c);
		// Taken along, untagged, or newer here than in Y: the other side is to hear of it.
		const back = [...outcome.alongside, ...outcome.adjusted];
		for (const c of outcome.write) {
			if (c.after && !back.includes(c) && c.after.updatedAt > (readUpdatedAt(this.ydoc, c) ?? 0)) {
				back.push(c);
			}
		}
		if (back.length > 0) writeChanges(this.ydoc, back, this, { own });
		// An item added elsewhere in a place removed here (or elsewhere) meanwhile: it goes.
		for (const r of outcome.refused) {
			if (r.reason !== 'place-removed' || !r.missing || r.change.collection === JOURNEY) continue;
			const place = readRecord(this.ydoc, r.missing.collection, r.missing.id, undefined, () => {});
			if (!place || place.removed) {
				markRemoved(this.ydoc, r.change.collection, r.change.after!.id, this);
			}
		}
	}
}

function readUpdatedAt(ydoc: Y.Doc, c: Change): number | undefined {
	const map =
		c.collection === JOURNEY ? ydoc.getMap(JOURNEY) : ydoc.getMap(c.collection).get(c.after!.id);
	const value = map instanceof Y.Map ? map.get('updatedAt') : undefined;
	return typeof value === 'number' ? value : undefined;
}
