/**
 * Live sessions against a Touchpoint server the test starts: an owner and an editor in two
 * browsers (each its own IndexedDB) edit one journey at once.
 */
import {
	addFrustrations,
	expect,
	frustration,
	join,
	liveStatus,
	smallJourney,
	startSession,
	test,
	touchPoint
} from './live';
import { expectSaved } from './fixtures';

test.use({ livePort: 4240 });

test('an editor joins by link with a name; edits go both ways on the map and survive a reload', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	await smallJourney(page, touchpoint.url, 'Live map');
	const links = await startSession(page);
	await expect(liveStatus(page)).toHaveText('Live · 1 person');

	const editor = await join(browser, links.editor, 'Ana');
	await expect(editor.page.getByRole('heading', { level: 1, name: 'Live map' })).toBeVisible();
	await expect(liveStatus(page)).toHaveText('Live · 2 people');
	await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
	await expectAccessible(editor.page);

	await addFrustrations(page, 'Order placement', ['Checkout times out']);
	await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
	await addFrustrations(editor.page, 'Order placement', ['Prices change at the last step']);
	await expect(frustration(page, 'Prices change at the last step')).toBeVisible();
	await expect(touchPoint(page, 'Order placement').getByRole('listitem')).toHaveCount(2);

	await expectSaved(editor.page);
	await editor.page.reload();
	await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
	await expect(frustration(editor.page, 'Prices change at the last step')).toBeVisible();
	await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
	await editor.context.close();
});
