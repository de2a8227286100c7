/**
 * The live server's rules, checked with plain Hocuspocus clients against a server on loopback:
 * who gets into which document, who may write it, and who may stop the room.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newSecret, pidFor, STOP, STOPPED } from '../../src/lib/live/protocol.js';
import { cleanUp, connect, newRoom, POLL, serve, wsUrl } from './live-server-helpers';

afterEach(cleanUp);

describe('the live server', () => {
	it('lets the owner register and edit, and an editor with the right secret edit both ways', async () => {
		const server = await serve();
		const room = newRoom();
		const owner = connect(wsUrl(server), room.journey, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);
		owner.map.set('from owner', 1);

		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => editor.map.get('from owner'), POLL).toBe(1);
		editor.map.set('from editor', 2);
		await expect.poll(() => owner.map.get('from editor'), POLL).toBe(2);
		expect(editor.refusals).toEqual([]);
	});

	it('refuses a wrong editor secret, and the editor secret presented as the owner', async () => {
		const server = await serve({ waitForOwnerMs: 0 });
		const room = newRoom();
		const owner = connect(wsUrl(server), room.journey, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);
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
		const own = `${room.journey}:p:${pidFor(personalKey)}`;
		const owner = connect(wsUrl(server), room.journey, room.owner);
		const ownerSeesParticipant = connect(wsUrl(server), own, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);
		owner.map.set('title', 'Airline');

		const participant = connect(wsUrl(server), room.journey, room.participant(personalKey));
		await expect.poll(() => participant.map.get('title'), POLL).toBe('Airline');
		participant.map.set('title', 'Renamed by a participant');
		// Its own document travels on the same socket after the forbidden write: once the owner
		// sees this, the server has already handled (and refused) the write before it.
		const mine = connect(wsUrl(server), own, room.participant(personalKey));
		await expect.poll(() => mine.authenticated, POLL).toBe(1);
		mine.map.set('rating', 3);
		await expect.poll(() => ownerSeesParticipant.map.get('rating'), POLL).toBe(3);
		expect(owner.map.get('title')).toBe('Airline');
		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => editor.map.get('title'), POLL).toBe('Airline');
		expect(participant.provider.hasUnsyncedChanges).toBe(true);
	});

	it("keeps a participant's own document theirs: writable by them, read-only for the owner, refused to another participant", async () => {
		const server = await serve();
		const room = newRoom();
		const personalKey = newSecret();
		const own = `${room.journey}:p:${pidFor(personalKey)}`;
		const owner = connect(wsUrl(server), room.journey, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);

		const participant = connect(wsUrl(server), own, room.participant(personalKey));
		await expect.poll(() => participant.authenticated, POLL).toBe(1);
		participant.map.set('rating', 4);

		const ownerReads = connect(wsUrl(server), own, room.owner);
		await expect.poll(() => ownerReads.map.get('rating'), POLL).toBe(4);
		ownerReads.map.set('rating', 1);

		const other = connect(wsUrl(server), own, room.participant(newSecret()));
		await expect.poll(() => other.refusals, POLL).toEqual(['permission-denied']);
		expect(other.map.get('rating')).toBeUndefined();
		expect(server.log.join('\n')).toContain("another participant's document");

		const editorReads = connect(wsUrl(server), own, room.editor);
		await expect.poll(() => editorReads.map.get('rating'), POLL).toBe(4);
		expect(participant.map.get('rating')).toBe(4);
	});

	it("ignores an editor's stop; the owner's stop ends every connection and the links stop working", async () => {
		const server = await serve({ waitForOwnerMs: 0 });
		const room = newRoom();
		const personalKey = newSecret();
		const owner = connect(wsUrl(server), room.journey, room.owner);
		await expect.poll(() => owner.authenticated, POLL).toBe(1);
		const editor = connect(wsUrl(server), room.journey, room.editor);
		const participant = connect(
			wsUrl(server),
			`${room.journey}:p:${pidFor(personalKey)}`,
			room.participant(personalKey)
		);
		await expect.poll(() => editor.authenticated + participant.authenticated, POLL).toBe(2);

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
		const late = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => late.refusals, POLL).toEqual(['permission-denied']);
	});
});
