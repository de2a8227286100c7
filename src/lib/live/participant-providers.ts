/**
 * Participants' own documents (participant-doc.ts) carried on a live session's socket beside the
 * journey's: a participant's own, and for the owner and editors everyone's, opened read-only as
 * their presence (which carries their pid) is first seen, for the journey to take in.
 */
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { ID_PATTERN, participantDocumentName } from './protocol.js';
import { OWN_RATINGS } from './participant-doc';

/** Participants' documents one browser opens at most (a forged presence cannot open more). */
const MAX_PARTICIPANT_DOCS = 500;

export class ParticipantProviders {
	#socket: HocuspocusProviderWebsocket;
	#roomId: string;
	#token: string;
	#own: Y.Doc | undefined;
	/** By pid. */
	#open = new Map<string, HocuspocusProvider>();
	/** The participant's own document as the server last acknowledged all of it (a state vector). */
	// Replaced as a whole, never changed in place.
	#ownAcked: Map<number, number> = new Map();

	constructor(socket: HocuspocusProviderWebsocket, roomId: string, token: string, own?: Y.Doc) {
		this.#socket = socket;
		this.#roomId = roomId;
		this.#token = token;
		this.#own = own;
	}

	/** Opens a participant's document on the session's socket. */
	open(pid: string, ydoc: Y.Doc) {
		const provider = new HocuspocusProvider({
			websocketProvider: this.#socket,
			name: participantDocumentName(this.#roomId, pid),
			document: ydoc,
			token: this.#token,
			// Presence is the journey's; this document carries data only.
			awareness: null
		});
		this.#open.set(pid, provider);
		if (ydoc === this.#own) {
			// No change is waiting for the server's word: it holds everything the document holds.
			const acked = () => {
				if (!provider.hasUnsyncedChanges) {
					this.#ownAcked = Y.decodeStateVector(Y.encodeStateVector(ydoc));
				}
			};
			provider.on('unsyncedChanges', acked);
			provider.on('synced', acked);
		}
		provider.attach();
	}

	/** Opens the document of every participant in the presence `states` not opened yet. */
	openSeen(states: Iterable<unknown>, onDoc: (pid: string, ydoc: Y.Doc) => void) {
		for (const state of states) {
			const pid = (state as { pid?: unknown } | null)?.pid;
			if (typeof pid !== 'string' || !ID_PATTERN.test(pid) || this.#open.has(pid)) continue;
			if (this.#open.size >= MAX_PARTICIPANT_DOCS) return;
			const ydoc = new Y.Doc();
			this.open(pid, ydoc);
			onDoc(pid, ydoc);
		}
	}

	/** Whether the server acknowledged the participant's own latest rating of a frustration. */
	ownRatingAcknowledged(frustrationId: string): boolean {
		const item = this.#own?.getMap(OWN_RATINGS)._map.get(frustrationId);
		return item !== undefined && item.id.clock < (this.#ownAcked.get(item.id.client) ?? 0);
	}

	destroy() {
		for (const provider of this.#open.values()) provider.destroy();
		this.#open.clear();
	}
}
