/**
 * The built app on a plain static host (the suite's own sirv server): live sessions need the
 * Touchpoint server, and asking for one says so and changes nothing.
 */
import { expect, expectSaved, journeyAction, openJourneyList, test } from './fixtures';

test('on a static host, Start live session says it needs the Touchpoint server and changes nothing', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('button', { name: 'Start live session' }).click();
	const dialog = page.getByRole('dialog', { name: 'Live session' });
	await expect(dialog.getByRole('alert')).toContainText('Live sessions need the Touchpoint server');
	await expect(dialog.getByRole('alert')).toContainText('npm start');
	await expect(dialog.getByRole('textbox')).toHaveCount(0);
	await expect(dialog.getByRole('button', { name: 'Stop live session' })).toHaveCount(0);
	await expectAccessible();
	await dialog.getByRole('button', { name: 'Close' }).click();

	// No status beside Undo, and the journey works as before.
	await expect(page.getByRole('status').filter({ hasText: /Live|Connecting/ })).toHaveCount(0);
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill('Still local');
	await page.getByRole('button', { name: 'Save' }).click();
	await expectSaved(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Still local' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'People here' })).toHaveCount(0);
});

test('a join link opened on a static host says the Touchpoint server does not answer; a cut link says it is incomplete', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`/join#room=${'ab'.repeat(16)}&role=editor&key=${'A'.repeat(22)}`);
	await page.getByRole('textbox', { name: 'Your name' }).fill('Ana');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toHaveText(/The Touchpoint server does not answer/);
	await expectAccessible();

	// The name is remembered for the next link.
	await page.goto(`/join#room=${'ab'.repeat(16)}&role=editor`);
	await expect(page.getByRole('alert')).toHaveText(/This link is incomplete/);
	await page.goto(`/join#room=${'cd'.repeat(16)}&role=participant&key=${'B'.repeat(22)}`);
	await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ana');
});

test('a journey with no live session loads no live-session code until one is asked for', async ({
	page,
	expectAccessible
}) => {
	// Yjs's decoder and the Hocuspocus provider, known by words their code carries.
	const liveCode = /HocuspocusProvider|Unexpected end of array/;
	const loaded: string[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		if (liveCode.test(body)) loaded.push(response.url());
	});
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await expectAccessible();
	expect(loaded).toEqual([]);

	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('button', { name: 'Start live session' }).click();
	await expect(page.getByRole('dialog', { name: 'Live session' }).getByRole('alert')).toBeVisible();
	await expect.poll(() => loaded.length).toBeGreaterThan(0);
});
