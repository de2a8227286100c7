/**
 * The live session running in this tab: a Hocuspocus provider on this origin's `/live`, carrying
 * the journey's Y.Doc (kept and bound to the open editor by the core, see sessions.ts and
 * live-binding.ts) and the presence of everyone in it. The status words and the people in the
 * header, the rings on what others edit and the Stop button all read this one object.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
	editorToken,
	ENDED,
	HEALTH_PATH,
	joinLink,
	journeyDocumentName,
	ID_PATTERN,
	LIVE_PATH,
	ownerToken,
	participantDocumentName,
	participantToken,
	pidFor,
	STOP
} from './protocol.js';
import * as Y from 'yjs';
import { LiveWorkshop } from './live-workshop.svelte';
import { OWN_RATINGS } from './participant-doc';

export type LiveRole = 'owner' | 'editor' | 'participant';
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'stopped' | 'refused';
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

/** What a session needs to connect: its document and the secrets this browser holds. */
export interface LiveSecrets {
	roomId: string;
	role: LiveRole;
	/** The owner: all three; others: their own under their role. */
	secrets: { owner?: string; editor?: string; participant?: string };
	personalKey?: string;
	/** The owner's join code (protocol.js newJoinCode); the participant secret derives from it. */
	code?: string;
}

/**
 * Presence colours: distinct at a glance, dark enough for white names on them (4.5:1) and still
 * a visible ring on the dark theme's surface.
 */
const COLOURS = ['#b93c0b', '#1d4ed8', '#15803d', '#8b2fc9', '#be123c', '#0e7490', '#92400e'];

/** The provider's token of the contract: the secret travels in the socket's first message. */
export function tokenFor({ role, secrets, personalKey, code }: LiveSecrets): string {
	if (role === 'owner') {
		return ownerToken({
			ownerSecret: secrets.owner ?? '',
			editorSecret: secrets.editor ?? '',
			participantSecret: secrets.participant ?? '',
			code
		});
	}
	if (role === 'editor') return editorToken(secrets.editor ?? '');
	return participantToken(secrets.participant ?? '', personalKey ?? '');
}

/** The links an owner hands out; the secret only after `#`, so no server ever logs it. */
export function joinLinks(origin: string, { roomId, secrets }: LiveSecrets) {
	const link = (role: 'editor' | 'participant') =>
		joinLink(origin, { room: roomId, role, key: secrets[role] ?? '' });
	return { editor: link('editor'), participant: link('participant') };
}

/** Whether this origin is the Touchpoint server (a static host answers anything else). */
export async function liveServerAnswers(): Promise<boolean> {
	try {
		const response = await fetch(HEALTH_PATH, { cache: 'no-store' });
		if (!response.ok) return false;
		const body = (await response.json()) as { touchpoint?: unknown };
		return body.touchpoint === 'live';
	} catch {
		return false;
	}
}

function liveUrl() {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`;
}

interface Awareness {
	name?: unknown;
	colour?: unknown;
	view?: unknown;
	editing?: unknown;
}

export interface LiveSessionOptions extends LiveSecrets {
	ydoc: Y.Doc;
	name: string;
	/** The session ended (the owner stopped it): the row is marked, everyone keeps their copy. */
	onStopped?: () => void;
	/** The server refused this browser's secret. */
	onRefused?: (reason: string) => void;
	/** The room's state has arrived (each time the connection is made again, too). */
	onSynced?: () => void;
	/** The connection is let go for good (left, stopped or refused). */
	onEnd?: () => void;
	/** A session this browser was already in (a reload, a journey opened again). */
	resumed?: boolean;
	/** A participant's own document (participant-doc.ts), carried beside the journey's. */
	participantDoc?: Y.Doc;
	/**
	 * The owner and editors: a participant's document, opened read-only when their presence
	 * (which carries their pid) is first seen, for the journey to take in (participant-doc.ts).
	 */
	onParticipantDoc?: (pid: string, ydoc: Y.Doc) => void;
}

/** Participants' documents one browser opens at most (a forged presence cannot open more). */
const MAX_PARTICIPANT_DOCS = 500;

/** How long a refused connection of a session this browser was in waits to try again. */
const RETRY_REFUSED = 2000;

export class LiveSession {
	status = $state<LiveStatus>('connecting');
	people = $state.raw<Person[]>([]);
	/** The server's word on this connection's rights: a participant only reads the journey. */
	readOnly = $state(false);
	/** Why the server refused the connection, when it did. */
	refusal = $state('');
	readonly role: LiveRole;
	readonly roomId: string;
	readonly secrets: LiveSecrets;
	/** The workshop's controls in the journey's Y.Doc (workshop-control.ts). */
	readonly workshop: LiveWorkshop;
	#provider: HocuspocusProvider;
	#socket: HocuspocusProviderWebsocket;
	#wasLive = false;
	#view: LiveView = 'map';
	#editing: string | null = null;
	#ended = false;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#options: LiveSessionOptions;
	/** A participant's own document as the server last acknowledged all of it (a state vector). */
	// Replaced as a whole, never changed in place; nothing on screen reads it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#ownAcked: Map<number, number> = new Map();
	/** Participants' documents open beside the journey's, by pid (nothing on screen reads it). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#others = new Map<string, HocuspocusProvider>();

	constructor(options: LiveSessionOptions) {
		this.#options = options;
		this.#wasLive = options.resumed ?? false;
		this.role = options.role;
		this.roomId = options.roomId;
		this.secrets = {
			roomId: options.roomId,
			role: options.role,
			secrets: options.secrets,
			personalKey: options.personalKey,
			...(options.code ? { code: options.code } : {})
		};
		this.workshop = new LiveWorkshop(options.ydoc, options.role !== 'participant');
		this.#socket = new HocuspocusProviderWebsocket({
			url: liveUrl(),
			// A restarted server is found again within seconds rather than after a long back-off.
			delay: 500,
			minDelay: 300,
			factor: 1.5,
			maxDelay: 4000
		});
		this.#provider = new HocuspocusProvider({
			websocketProvider: this.#socket,
			name: journeyDocumentName(options.roomId),
			document: options.ydoc,
			token: tokenFor(this.secrets)
		});
		const provider = this.#provider;
		provider.awareness?.setLocalState({
			name: options.name,
			colour: COLOURS[provider.document.clientID % COLOURS.length],
			view: this.#view,
			editing: null,
			...(options.role === 'participant' && options.personalKey
				? { pid: pidFor(options.personalKey) }
				: {})
		});
		if (options.participantDoc && options.personalKey) {
			this.#open(pidFor(options.personalKey), options.participantDoc);
		}
		provider.on('status', ({ status }: { status: string }) => {
			if (this.#ended) return;
			if (status === 'connected') return; // live once synced
			this.#showDisconnected(status === 'connecting');
		});
		provider.on('synced', () => {
			if (this.#ended) return;
			this.#wasLive = true;
			this.readOnly = provider.authorizedScope === 'readonly';
			this.status = 'live';
			this.#options.onSynced?.();
		});
		provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
			if (this.#ended) return;
			// Stopped while this browser was away (offline at the stop): it ended as for the others.
			if (reason === ENDED && this.#wasLive) {
				this.#end('stopped');
				this.#options.onStopped?.();
				return;
			}
			// A restarted server learns the room again when its owner reconnects: until then it
			// refuses the others, who were let in before. They keep trying.
			if (this.#wasLive && this.role !== 'owner') {
				this.status = navigator.onLine ? 'reconnecting' : 'offline';
				clearTimeout(this.#retry);
				this.#retry = setTimeout(() => {
					if (this.#ended || !navigator.onLine) return;
					this.#socket.disconnect();
					void this.#socket.connect();
				}, RETRY_REFUSED);
				return;
			}
			this.refusal = reason;
			this.#end('refused');
			this.#options.onRefused?.(reason);
		});
		provider.on('stateless', ({ payload }: { payload: string }) => {
			let message: { type?: unknown };
			try {
				message = JSON.parse(payload) as { type?: unknown };
			} catch {
				return;
			}
			if (message.type === 'stopped' && !this.#ended) {
				this.#end('stopped');
				this.#options.onStopped?.();
			}
		});
		provider.on('awarenessChange', () => {
			this.#readPeople();
			this.#openParticipants();
		});
		// The browser knows when its network is gone: say so at once, and stop retrying until it
		// is back (then connect at once rather than at the next back-off).
		window.addEventListener('offline', this.#offline);
		window.addEventListener('online', this.#online);
		if (!navigator.onLine) this.#offline();
		provider.attach();
		this.#readPeople();
	}

	/** Opens a participant's document on this session's socket. */
	#open(pid: string, ydoc: Y.Doc) {
		const provider = new HocuspocusProvider({
			websocketProvider: this.#socket,
			name: participantDocumentName(this.roomId, pid),
			document: ydoc,
			token: tokenFor(this.secrets),
			// Presence is the journey's; this document carries data only.
			awareness: null
		});
		this.#others.set(pid, provider);
		if (ydoc === this.#options.participantDoc) {
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

	/**
	 * Whether the server acknowledged this participant's own latest rating of a frustration (in
	 * their document, which the owner folds into the journey).
	 */
	ownRatingAcknowledged(frustrationId: string): boolean {
		const ratings = this.#options.participantDoc?.getMap(OWN_RATINGS);
		const item = ratings?._map.get(frustrationId);
		return item !== undefined && item.id.clock < (this.#ownAcked.get(item.id.client) ?? 0);
	}

	#openParticipants() {
		const onDoc = this.#options.onParticipantDoc;
		const awareness = this.#provider.awareness;
		if (!onDoc || !awareness || this.role === 'participant' || this.#ended) return;
		for (const state of awareness.getStates().values()) {
			const pid = (state as { pid?: unknown }).pid;
			if (typeof pid !== 'string' || !ID_PATTERN.test(pid) || this.#others.has(pid)) continue;
			if (this.#others.size >= MAX_PARTICIPANT_DOCS) return;
			const ydoc = new Y.Doc();
			this.#open(pid, ydoc);
			onDoc(pid, ydoc);
		}
	}

	/** The Y.Doc shared in this session. */
	get ydoc(): Y.Doc {
		return this.#provider.document;
	}

	get ended() {
		return this.#ended;
	}

	/** The short join code, for the owner (who made it); undefined for everyone else. */
	get joinCode(): string | undefined {
		return this.secrets.code;
	}

	/**
	 * Resolves once the server has acknowledged every local change (or after `ms`): what is
	 * written just before a stop reaches the others before the room closes.
	 */
	sent(ms = 3000): Promise<void> {
		const provider = this.#provider;
		if (this.#ended || !provider.hasUnsyncedChanges) return Promise.resolve();
		return new Promise((resolve) => {
			const done = () => {
				clearTimeout(timer);
				provider.off('unsyncedChanges', check);
				resolve();
			};
			const check = () => {
				if (!provider.hasUnsyncedChanges) done();
			};
			const timer = setTimeout(done, ms);
			provider.on('unsyncedChanges', check);
		});
	}

	/** People other than this tab editing `ref` (a refKey) right now. */
	editing(ref: string): Person[] {
		return this.people.filter((person) => !person.self && person.editing === ref);
	}

	/** Tells the others which view this person is on and what they edit. */
	setPresence(view: LiveView, editing: string | null) {
		if (this.#ended || (view === this.#view && editing === this.#editing)) return;
		this.#view = view;
		this.#editing = editing;
		const awareness = this.#provider.awareness;
		if (!awareness) return;
		awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), view, editing });
	}

	/** Ends the session for everyone (the owner only; the server ignores anyone else's). */
	stop() {
		if (this.role !== 'owner' || this.#ended) return;
		this.#provider.sendStateless(STOP);
	}

	/** Lets go of the connection (the journey left); the session itself goes on. */
	destroy() {
		if (this.#ended) return;
		this.#end(this.status);
	}

	#offline = () => {
		if (this.#ended) return;
		this.#socket.disconnect();
		this.status = 'offline';
	};

	#online = () => {
		if (this.#ended) return;
		this.status = this.#wasLive ? 'reconnecting' : 'connecting';
		void this.#socket.connect();
	};

	#showDisconnected(connecting: boolean) {
		if (!navigator.onLine) this.status = 'offline';
		else if (this.#wasLive) this.status = 'reconnecting';
		else if (connecting) this.status = 'connecting';
		else this.status = 'reconnecting';
	}

	#end(status: LiveStatus) {
		this.#ended = true;
		clearTimeout(this.#retry);
		this.status = status;
		window.removeEventListener('offline', this.#offline);
		window.removeEventListener('online', this.#online);
		// Destroying the provider leaves the Y.Doc to its keeper (the core saves its state).
		for (const other of this.#others.values()) other.destroy();
		this.#others.clear();
		this.#provider.destroy();
		this.#socket.destroy();
		this.people = [];
		this.workshop.destroy();
		this.#options.onEnd?.();
	}

	#readPeople() {
		const awareness = this.#provider.awareness;
		if (!awareness) return;
		const self = this.#provider.document.clientID;
		const people: Person[] = [];
		for (const [clientId, state] of awareness.getStates()) {
			const { name, colour, view, editing } = state as Awareness;
			// Presence comes from other browsers: keep only what has the expected shape.
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
		people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
		this.people = people;
	}
}

// Kept in a module of its own, so reading it loads no session code; exported here too.
export { live } from './live-state.svelte';
