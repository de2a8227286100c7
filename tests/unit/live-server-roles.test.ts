/**
 * The live server's rules, checked with plain Hocuspocus clients against a server on loopback:
 * who gets into which document, who may write it, and who may stop the room.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { editorToken, ENDED, newSecret, STOP, STOPPED } from '../../src/lib/live/protocol.js';
import {
	cleanUp,
	connect,
	expectEditsBothWays,
	newRoom,
	registeredOwner,
	roomWithEveryone,
	POLL,
	serve,
	socketTo,
	wsUrl
} from './live-server-helpers';

afterEach(cleanUp);

describe('the live server', () => {
	it('lets the owner register and edit, and an editor with the right secret edit both ways', async () => {
		const server = await serve();
		await expectEditsBothWays(wsUrl(server), wsUrl(server));
	});

	it('refuses a wrong editor secret, and the editor secret presented as the owner', async () => {
		const server = await serve({ waitForOwnerMs: 0 });
		const room = newRoom();
		const owner = await registeredOwner(wsUrl(server), room);
		owner.map.set('secret', 'journey');

		const wrong = connect(
			wsUrl(server),
			room.journey,
			JSON.stringify({ role: 'editor', secret: newSecret() })
		);
		const asOwner = connect(
			wsUrl(server),
			room.journey,
			JSON.stringify({
				role: 'owner',
				secret: room.editorSecret,
				register: JSON.parse(room.owner).register
			})
		);
		await expect.poll(() => wrong.refusals, POLL).toEqual(['permission-denied']);
		await expect.poll(() => asOwner.refusals, POLL).toEqual(['permission-denied']);
		expect(wrong.map.get('secret')).toBeUndefined();
		expect(asOwner.map.get('secret')).toBeUndefined();
		expect(server.log.join('\n')).toMatch(/refused c\d+ on journey:\w+: wrong editor secret/);
		expect(server.log.join('\n')).toMatch(/refused c\d+ on journey:\w+: wrong owner secret/);
	});

	it('refuses a link to a room no owner has registered', async () => {
		const server = await serve({ waitForOwnerMs: 0 });
		const room = newRoom();
		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => editor.refusals, POLL).toEqual(['permission-denied']);
		expect(server.log.join('\n')).toContain('room not registered');
	});

	it('lets a participant read the journey but never write it', async () => {
		const server = await serve();
		const room = newRoom();
		const personalKey = newSecret();
		const own = room.participantDocument(personalKey);
		const ownerSocket = socketTo(wsUrl(server));
		const owner = connect(ownerSocket, room.journey, room.owner);
		const ownerSeesParticipant = connect(ownerSocket, own, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);
		owner.map.set('title', 'Airline');

		const participantSocket = socketTo(wsUrl(server));
		const participant = connect(participantSocket, room.journey, room.participant(personalKey));
		const mine = connect(participantSocket, own, room.participant(personalKey));
		await expect.poll(() => participant.map.get('title'), POLL).toBe('Airline');
		participant.map.set('title', 'Renamed by a participant');
		// Its own document travels on the same socket after the forbidden write, and reaches the
		// owner on one socket too: once the owner sees it, the write before it was handled.
		await expect.poll(() => mine.authenticated, POLL).toBe(1);
		mine.map.set('rating', 3);
		await expect.poll(() => ownerSeesParticipant.map.get('rating'), POLL).toBe(3);
		expect(owner.map.get('title')).toBe('Airline');
		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => editor.map.get('title'), POLL).toBe('Airline');
		expect(participant.provider.hasUnsyncedChanges).toBe(true);
		expect(server.log.join('\n')).toMatch(
			/dropped update from c\d+ \(participant, read-only\) on journey:\w+$/m
		);
	});

	it("keeps a participant's own document theirs: writable by them, read-only for the owner, refused to another participant", async () => {
		const server = await serve();
		const room = newRoom();
		const personalKey = newSecret();
		const own = room.participantDocument(personalKey);
		const ownerSocket = socketTo(wsUrl(server));
		const owner = await registeredOwner(ownerSocket, room);

		const participant = connect(wsUrl(server), own, room.participant(personalKey));
		await expect.poll(() => participant.authenticated, POLL).toBe(1);
		participant.map.set('rating', 4);

		const ownerReads = connect(ownerSocket, own, room.owner);
		await expect.poll(() => ownerReads.map.get('rating'), POLL).toBe(4);
		const editorSocket = socketTo(wsUrl(server));
		const editorReads = connect(editorSocket, own, room.editor);
		const editor = connect(editorSocket, room.journey, room.editor);
		// The same participant's second tab watches both documents on one socket.
		const watchSocket = socketTo(wsUrl(server));
		const watchOwn = connect(watchSocket, own, room.participant(personalKey));
		const watchJourney = connect(watchSocket, room.journey, room.participant(personalKey));
		await expect.poll(() => editorReads.map.get('rating'), POLL).toBe(4);
		await expect.poll(() => watchOwn.map.get('rating'), POLL).toBe(4);
		await expect.poll(() => watchJourney.authenticated, POLL).toBe(1);
		// Each forbidden write is followed on its socket by a journey edit: once the watcher has
		// both edits, the writes before them were handled, and would have reached it first.
		ownerReads.map.set('rating', 1);
		owner.map.set('owner wrote', true);
		editorReads.map.set('rating', 2);
		editor.map.set('editor wrote', true);
		await expect.poll(() => watchJourney.map.get('owner wrote'), POLL).toBe(true);
		await expect.poll(() => watchJourney.map.get('editor wrote'), POLL).toBe(true);
		expect(watchOwn.map.get('rating')).toBe(4);

		const other = connect(wsUrl(server), own, room.participant(newSecret()));
		await expect.poll(() => other.refusals, POLL).toEqual(['permission-denied']);
		expect(other.map.get('rating')).toBeUndefined();
		expect(server.log.join('\n')).toContain("another participant's document");

		expect(participant.map.get('rating')).toBe(4);
	});

	it("ignores an editor's stop; the owner's stop ends every connection and the links stop working", async () => {
		const server = await serve({ waitForOwnerMs: 0 });
		const { room, owner, editor, participant } = await roomWithEveryone(
			wsUrl(server),
			wsUrl(server)
		);

		editor.provider.sendStateless(STOP);
		await expect
			.poll(() => server.log.join('\n'), POLL)
			.toMatch(/stop refused from c\d+ \(editor\)/);
		owner.map.set('after the refused stop', true);
		await expect.poll(() => editor.map.get('after the refused stop'), POLL).toBe(true);

		owner.provider.sendStateless(STOP);
		for (const client of [owner, editor, participant]) {
			await expect.poll(() => client.stateless, POLL).toEqual([STOPPED]);
			await expect.poll(() => client.closes, POLL).toBeGreaterThan(0);
		}
		// A right secret hears that the session ended (a browser offline at the stop learns it
		// so, and stops retrying); a wrong one hears no more than before.
		const late = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => late.refusals, POLL).toEqual([ENDED]);
		const wrong = connect(wsUrl(server), room.journey, editorToken(newSecret()));
		await expect.poll(() => wrong.refusals, POLL).toEqual(['permission-denied']);
	});
});
