/**
 * Live sessions when the network drops or the server goes away: each browser keeps its edits
 * and the sync on reconnect merges them; the server keeps nothing that matters.
 */
import { expectSaved, test as guarded } from './fixtures';
import {
	addFrustrations,
	expect,
	frustration,
	goOffline,
	join,
	liveJourney,
	liveStatus,
	startTouchpoint,
	withTouchpoint
} from './live';

const test = withTouchpoint(guarded);

test.describe(() => {
	test('offline, each side keeps its edits (Offline — edits kept), and they merge on reconnect', async ({
		page,
		context,
		browser,
		touchpoint,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live offline');
		const editor = await join(browser, links.editor, 'Ana');
		await expect(liveStatus(page)).toHaveText('Live · 2 people');

		await goOffline(editor);
		await expect(liveStatus(page)).toHaveText('Live · 1 person');
		await expectAccessible(editor.page);
		await addFrustrations(editor.page, 'Order placement', ['Typed on the train']);
		await goOffline({ context, page });
		await addFrustrations(page, 'Order placement', ['Typed in the office']);
		await expectSaved(page);
		await expectSaved(editor.page);

		await context.setOffline(false);
		await editor.context.setOffline(false);
		await expect(liveStatus(page)).toHaveText('Live · 2 people');
		await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
		for (const each of [page, editor.page]) {
			await expect(frustration(each, 'Typed on the train')).toBeVisible();
			await expect(frustration(each, 'Typed in the office')).toBeVisible();
		}
		await editor.context.close();
	});
});

test.describe(() => {
	test('the server killed and started again mid-session loses nothing', async ({
		page,
		browser,
		touchpoint,
		livePort
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live restart', ['Before the crash']);
		const editor = await join(browser, links.editor, 'Ana');
		await expect(frustration(editor.page, 'Before the crash')).toBeVisible();

		await touchpoint.kill();
		await expect(liveStatus(page)).toHaveText('Reconnecting…');
		await expect(liveStatus(editor.page)).toHaveText('Reconnecting…');
		await addFrustrations(editor.page, 'Order placement', ['While it was down']);
		await addFrustrations(page, 'Order placement', ['Also while down']);

		const again = await startTouchpoint(livePort);
		try {
			await expect(liveStatus(page)).toHaveText('Live · 2 people', { timeout: 20_000 });
			await expect(liveStatus(editor.page)).toHaveText('Live · 2 people', { timeout: 20_000 });
			for (const each of [page, editor.page]) {
				for (const text of ['Before the crash', 'While it was down', 'Also while down']) {
					await expect(frustration(each, text)).toBeVisible();
				}
			}
			// And it goes on: a new edit crosses the new server.
			await addFrustrations(editor.page, 'Order placement', ['After the restart']);
			await expect(frustration(page, 'After the restart')).toBeVisible();
		} finally {
			await editor.context.close();
			await again.kill();
		}
	});
});
