/**
 * The live session running in this tab: a Hocuspocus provider on this origin's `/live`, carrying
 * the journey's Y.Doc (kept and bound to the open editor by the core, see sessions.ts and
 * live-binding.ts) and the presence of everyone in it. The status words and the people in the
 * header, the rings on what others edit and the Stop button all read this one object.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { ENDED, journeyDocumentName, LIVE_PATH, pidFor, STOP } from './protocol.js';
import * as Y from 'yjs';
import { LiveWorkshop } from './live-workshop.svelte';
import { ParticipantProviders } from './participant-providers';
import { tokenFor, type LiveRole, type LiveSecrets } from './live-secrets';
import { colourFor, peopleOf, type LiveView, type Person } from './presence';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'stopped' | 'refused';

function liveUrl() {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`;
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
	/** Participants' documents carried beside the journey's. */
	#participants: ParticipantProviders;

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
			colour: colourFor(provider.document.clientID),
			view: this.#view,
			editing: null,
			...(options.role === 'participant' && options.personalKey
				? { pid: pidFor(options.personalKey) }
				: {})
		});
		this.#participants = new ParticipantProviders(
			this.#socket,
			options.roomId,
			tokenFor(this.secrets),
			options.participantDoc
		);
		if (options.participantDoc && options.personalKey) {
			this.#participants.open(pidFor(options.personalKey), options.participantDoc);
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

	/**
	 * Whether the server acknowledged this participant's own latest rating of a frustration (in
	 * their document, which the owner folds into the journey).
	 */
	ownRatingAcknowledged(frustrationId: string): boolean {
		return this.#participants.ownRatingAcknowledged(frustrationId);
	}

	#openParticipants() {
		const onDoc = this.#options.onParticipantDoc;
		const awareness = this.#provider.awareness;
		if (!onDoc || !awareness || this.role === 'participant' || this.#ended) return;
		this.#participants.openSeen(awareness.getStates().values(), onDoc);
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
		this.#participants.destroy();
		this.#provider.destroy();
		this.#socket.destroy();
		this.people = [];
		this.workshop.destroy();
		this.#options.onEnd?.();
	}

	#readPeople() {
		const awareness = this.#provider.awareness;
		if (!awareness) return;
		this.people = peopleOf(awareness.getStates(), this.#provider.document.clientID);
	}
}

// Kept in a module of its own, so reading it loads no session code; exported here too.
export { live } from './live-state.svelte';
