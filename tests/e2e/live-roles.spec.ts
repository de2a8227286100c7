/**
 * Who may do what in a live session: a wrong secret is refused, a participant only reads the
 * journey, and only the owner stops the session, after which the links let nobody in and
 * everyone keeps their copy.
 */
import type { Page } from '@playwright/test';
import { expectSaved, journeyAction, test as guarded } from './fixtures';
import {
	addFrustrations,
	askToJoin,
	expect,
	frustration,
	join,
	liveJourney,
	liveStatus,
	openLiveSession,
	withTouchpoint
} from './live';

const test = withTouchpoint(guarded);

/** Whether this browser keeps its one live session as stopped (the journey stays). */
const stoppedHere = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<boolean>((resolve, reject) => {
				const open = indexedDB.open('touchpoint');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const read = open.result.transaction('liveSessions').objectStore('liveSessions').getAll();
					read.onsuccess = () => {
						open.result.close();
						const rows = read.result as { stoppedAt?: number }[];
						resolve(rows.length === 1 && typeof rows[0]!.stoppedAt === 'number');
					};
				};
			})
	);

test.describe(() => {
	test('a link with a wrong secret is refused with a clear message', async ({
		page,
		browser,
		touchpoint,
		expectAccessible
	}) => {
		const links = await liveJourney(page, touchpoint.url, 'Live refusal');
		const wrong = links.editor.replace(/key=.*/, 'key=AAAAAAAAAAAAAAAAAAAAAA');
		const { context: other, page: stranger } = await askToJoin(browser, wrong, 'Mallory');
		await expect(stranger.getByRole('alert')).toHaveText(/This link was not accepted/);
		await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('Join a live session');
		await expectAccessible(stranger);
		await expect(liveStatus(page)).toHaveText('Live · 1 person');
		await other.close();
	});
});

test.describe(() => {
	test('a participant joins read-only: a rename or a removal is refused and the owner’s journey is unchanged', async ({
		page,
		browser,
		touchpoint,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live roles', ['Checkout times out']);
		const participant = await join(browser, links.participant, 'Citra');
		const seen = participant.page;
		await expect(seen.getByText('You joined as a participant')).toBeVisible();
		await expect(liveStatus(page)).toHaveText('Live · 2 people');
		await expectAccessible(seen);

		await journeyAction(seen, 'Rename journey');
		await seen.getByRole('textbox', { name: 'Name' }).fill('Taken over');
		await seen.getByRole('button', { name: 'Save' }).click();
		await expect(seen.getByRole('dialog')).toContainText('read-only');
		await seen.getByRole('button', { name: 'Cancel' }).click();
		await frustration(seen, 'Checkout times out')
			.getByRole('button', { name: 'Edit frustration' })
			.click();
		await seen.getByRole('button', { name: 'Remove frustration' }).click();
		await expect(frustration(seen, 'Checkout times out')).toBeVisible();

		// The owner's edits still reach the participant; the owner's journey is as it was.
		await addFrustrations(page, 'Order placement', ['Prices change at the last step']);
		await expect(frustration(seen, 'Prices change at the last step')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Live roles' })).toBeVisible();
		await expect(frustration(page, 'Checkout times out')).toBeVisible();
		await expectSaved(page);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Live roles' })).toBeVisible();
		await expect(frustration(page, 'Checkout times out')).toBeVisible();
		await participant.context.close();
	});
});

test.describe(() => {
	test('only the owner can stop the session; then everyone is told, keeps the journey, and the links let nobody in', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live stop', ['Checkout times out']);
		const editor = await join(browser, links.editor, 'Ana');

		// An editor sees the editor link, and no Stop.
		const theirs = await openLiveSession(editor.page);
		await expect(theirs.getByRole('textbox', { name: 'Editor link' })).toHaveValue(links.editor);
		await expect(theirs.getByRole('button', { name: 'Stop live session' })).toHaveCount(0);
		await theirs.getByRole('button', { name: 'Close' }).click();

		await openLiveSession(page);
		await page.getByRole('button', { name: 'Stop live session' }).click();
		for (const each of [page, editor.page]) {
			await expect(each.getByText('The live session has ended.')).toBeVisible();
			await expect(liveStatus(each)).toHaveCount(0);
		}
		// Ended here too: a reload does not connect again.
		await expect
			.poll(() => stoppedHere(editor.page), { message: 'the session is marked stopped' })
			.toBe(true);
		await editor.page.reload();
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
		await expect(editor.page.getByRole('button', { name: 'People here' })).toHaveCount(0);

		const { context: late, page: latecomer } = await askToJoin(browser, links.editor, 'Dewi');
		// The server waits a while for an unknown room's owner (a restart) before it refuses.
		await expect(latecomer.getByRole('alert')).toHaveText(/This link was not accepted/, {
			timeout: 20_000
		});
		await late.close();
		await editor.context.close();
	});
});

test.describe(() => {
	test('the copy buttons copy a link, or select it with a hint where the browser has no clipboard (plain http)', async ({
		page,
		context,
		touchpoint,
		expectAccessible
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: touchpoint.url
		});
		const links = await liveJourney(page, touchpoint.url, 'Live copy');
		const dialog = await openLiveSession(page);
		await dialog.getByRole('button', { name: 'Copy participant link' }).click();
		await expect(page.getByText('Link copied.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.participant);

		// A LAN address over http is no secure context: there is no navigator.clipboard.
		await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
		await dialog.getByRole('button', { name: 'Copy editor link' }).click();
		const field = dialog.getByRole('textbox', { name: 'Editor link' });
		await expect(field).toBeFocused();
		await expect(field).toHaveAccessibleDescription(/The link is selected: copy it with Ctrl\+C/);
		expect(
			await field.evaluate((input: HTMLInputElement) =>
				input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)
			)
		).toBe(links.editor);
		await expectAccessible();
	});
});
