/**
 * The server keeps nothing that matters: killed and started again on its port, it learns the
 * room again from the owner's reconnection, and the clients' edits made meanwhile all merge.
 */
import { afterEach, expect, it } from 'vitest';
import {
	cleanUp,
	connect,
	newRoom,
	registeredOwner,
	POLL,
	serve,
	wsUrl
} from './live-server-helpers';

afterEach(cleanUp);

it('loses nothing when the server is closed and started again on the same port', async () => {
	const first = await serve();
	const room = newRoom();
	const owner = await registeredOwner(wsUrl(first), room);
	const editor = connect(wsUrl(first), room.journey, room.editor);
	owner.map.set('before', 'owner');
	await expect.poll(() => editor.map.get('before'), POLL).toBe('owner');

	await first.close();
	await expect
		.poll(() => owner.provider.isAuthenticated || editor.provider.isAuthenticated, POLL)
		.toBe(false);
	owner.map.set('while down', 'owner');
	editor.map.set('while down too', 'editor');
	editor.map.set('before', 'editor');

	// A new process knows no room: the editor gets in once the owner has registered it again.
	const second = await serve({ port: first.port });
	for (const client of [owner, editor]) {
		await expect
			.poll(() => client.map.toJSON(), POLL)
			.toEqual({
				before: 'editor',
				'while down': 'owner',
				'while down too': 'editor'
			});
	}
	expect(editor.refusals).toEqual([]);
	editor.map.set('after', 'editor');
	await expect.poll(() => owner.map.get('after'), POLL).toBe('editor');
	expect(second.log.join('\n')).not.toContain('refused');
});
