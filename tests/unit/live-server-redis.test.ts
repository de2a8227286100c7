/**
 * Two server instances sharing one redis-server, as behind a load balancer: a client on each
 * sees the other's edits, a link works on the instance that did not see its owner, and a stop on
 * one ends the room on the other. The test starts its own redis-server on a free loopback port,
 * keeping nothing on disk, and ends it; `npm test` installs redis-server when it is missing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENDED, newSecret, STOP, STOPPED } from '../../src/lib/live/protocol.js';
import { startRedis, type Redis } from '../support/net';
import {
	cleanUp,
	connect,
	expectEditsBothWays,
	newRoom,
	registeredOwner,
	roomWithEveryone,
	POLL,
	serve,
	wsUrl
} from './live-server-helpers';

let redis: Redis | undefined;
let redisUrl = '';

beforeAll(async () => {
	redis = await startRedis();
	redisUrl = redis.url;
});

afterAll(() => {
	redis?.stop();
});

afterEach(cleanUp);

describe('two live servers sharing Redis', () => {
	it('relay edits both ways between clients on different instances', async () => {
		const [a, b] = [await serve({ redisUrl }), await serve({ redisUrl })];
		// b never saw the owner: the registration comes from Redis.
		await expectEditsBothWays(wsUrl(a), wsUrl(b));
	});

	it('let a link in while its owner is offline, and refuse a wrong secret on the other instance', async () => {
		const [a, b] = [await serve({ redisUrl }), await serve({ redisUrl, waitForOwnerMs: 0 })];
		const room = newRoom();
		const owner = await registeredOwner(wsUrl(a), room);
		owner.close();

		const personalKey = newSecret();
		const participant = connect(wsUrl(b), room.journey, room.participant(personalKey));
		await expect.poll(() => participant.authenticated, POLL).toBe(1);
		const wrong = connect(
			wsUrl(b),
			room.journey,
			JSON.stringify({ role: 'editor', secret: newSecret() })
		);
		await expect.poll(() => wrong.refusals, POLL).toEqual(['permission-denied']);
	});

	it('end the room on every instance when the owner stops it on one', async () => {
		const [a, b] = [await serve({ redisUrl }), await serve({ redisUrl, waitForOwnerMs: 0 })];
		const { room, owner, editor, participant } = await roomWithEveryone(wsUrl(a), wsUrl(b));

		owner.provider.sendStateless(STOP);
		for (const client of [owner, editor, participant]) {
			await expect.poll(() => client.stateless, POLL).toEqual([STOPPED]);
			await expect.poll(() => client.closes, POLL).toBeGreaterThan(0);
		}
		expect(b.log.join('\n')).toMatch(/stopped \w+: 2 connection\(s\) ended here/);
		// Every instance knows it ended: a right secret is told so.
		const late = connect(wsUrl(b), room.journey, room.editor);
		await expect.poll(() => late.refusals, POLL).toEqual([ENDED]);
	});
});
