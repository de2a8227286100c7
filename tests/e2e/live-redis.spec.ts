/**
 * Two Touchpoint servers sharing one redis-server, as behind a load balancer: the owner's
 * browser on one, the editor's on the other, and each sees the other's edits and presence.
 * The test starts its own redis-server on a free loopback port, keeping nothing on disk.
 */
import { expectSaved, test as guarded } from './fixtures';
import { freePort, startRedis } from '../support/net';
import {
	addFrustrations,
	expect,
	frustration,
	join,
	liveJourney,
	liveStatus,
	startTouchpoint
} from './live';

// Two free loopback ports for the two servers, their origins counting as the app's.
const test = guarded.extend<{ ports: number[] }>({
	// eslint-disable-next-line no-empty-pattern
	ports: async ({}, use) => use([await freePort(), await freePort()]),
	appOrigins: async ({ appOrigins, ports }, use) => {
		await use([...appOrigins, ...ports.map((port) => `http://127.0.0.1:${port}`)]);
	}
});

test('two servers sharing Redis: the owner on one and an editor on the other see each other and each other’s edits', async ({
	page,
	browser,
	ports,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const redis = await startRedis();
	const servers = [];
	try {
		for (const port of ports) servers.push(await startTouchpoint(port, redis.url));
		const [first, second] = servers;

		const links = await liveJourney(page, first!.url, 'Live on two servers', [
			'Seen on the first server'
		]);
		// The load balancer sends the editor to the other instance.
		const elsewhere = links.editor.replace(first!.url, second!.url);
		expect(elsewhere).not.toBe(links.editor);
		const editor = await join(browser, elsewhere, 'Ana');
		await expect(frustration(editor.page, 'Seen on the first server')).toBeVisible();
		await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
		await expectAccessible(editor.page);
		// The join's first connection, on the other instance, can stay in the owner's count
		// until its presence times out (30 s): its leaving is not relayed through Redis when it
		// was the last connection there (Hocuspocus' Redis extension publishes no presence then).
		await expect(liveStatus(page)).toHaveText('Live · 2 people', { timeout: 45_000 });

		await addFrustrations(editor.page, 'Order placement', ['Typed on the second server']);
		await expect(frustration(page, 'Typed on the second server')).toBeVisible();
		await addFrustrations(page, 'Order placement', ['And back to it']);
		await expect(frustration(editor.page, 'And back to it')).toBeVisible();

		await expectSaved(editor.page);
		await editor.page.reload();
		for (const text of [
			'Seen on the first server',
			'Typed on the second server',
			'And back to it'
		]) {
			await expect(frustration(editor.page, text)).toBeVisible();
		}
		await editor.context.close();
		await expect(liveStatus(page)).toHaveText('Live · 1 person', { timeout: 45_000 });
	} finally {
		for (const server of servers) await server.kill();
		redis.stop();
	}
});
