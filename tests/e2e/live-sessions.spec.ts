/**
 * Live sessions against a Touchpoint server the test starts: an owner and an editor in two
 * browsers (each its own IndexedDB) edit one journey at once.
 */
import {
	addFrustrations,
	expect,
	frustration,
	join,
	liveJourney,
	liveStatus,
	touchPoint,
	withTouchpoint
} from './live';
import type { Page } from '@playwright/test';
import { expectSaved, test as guarded } from './fixtures';

const test = withTouchpoint(guarded);

test('an editor joins by link with a name; edits go both ways on the map and survive a reload', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live map');
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

const rate = async (page: Page, text: string, frequency: string, severity: string) => {
	const item = frustration(page, text);
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await item
		.getByRole('radiogroup', { name: 'Frequency' })
		.getByRole('radio', { name: frequency })
		.check();
	await item
		.getByRole('radiogroup', { name: 'Severity' })
		.getByRole('radio', { name: severity })
		.check();
	await item.getByRole('radiogroup', { name: 'Severity' }).press('Escape');
};
const matrixMark = (page: Page, text: string) =>
	page
		.getByRole('region', { name: 'Priority matrix', exact: true })
		.getByRole('button', { name: new RegExp(text) });

test.describe(() => {
	test('edits show on the Segments, Priorities and Workshop views of the other browser without a reload', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live views', ['Checkout times out']);
		const editor = await join(browser, links.editor, 'Ana');

		// Segments: added by one, its needs typed by the other.
		await page.getByRole('link', { name: 'Segments' }).click();
		await editor.page.getByRole('link', { name: 'Segments' }).click();
		await page.getByRole('button', { name: 'Add segment' }).click();
		await page.getByRole('textbox', { name: 'Segment name' }).fill('Hotels');
		await page.getByRole('textbox', { name: 'Segment name' }).press('Enter');
		await page.getByRole('textbox', { name: 'Segment name' }).last().press('Escape');
		const hotels = editor.page.getByRole('article', { name: 'Hotels' });
		await hotels.getByRole('textbox', { name: 'Needs' }).fill('Rooms booked in bulk');
		await hotels.getByRole('textbox', { name: 'Needs' }).press('Tab');
		await expect(
			page.getByRole('article', { name: 'Hotels' }).getByRole('textbox', { name: 'Needs' })
		).toHaveValue('Rooms booked in bulk');

		// Priorities: a rating made on one map places the mark on the other's matrix.
		await page.getByRole('link', { name: 'Priorities' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
		await expect(matrixMark(page, 'Checkout times out')).toHaveCount(0);
		await editor.page.getByRole('link', { name: 'Map' }).click();
		await rate(editor.page, 'Checkout times out', 'often', 'critical');
		await expect(matrixMark(page, 'Checkout times out')).toHaveCount(1);

		// Workshop: a participant added by one is in the other's list.
		await page.getByRole('link', { name: 'Workshop' }).click();
		await editor.page.getByRole('link', { name: 'Workshop' }).click();
		await editor.page.getByRole('button', { name: 'Add participant' }).click();
		await editor.page.getByRole('textbox', { name: 'Name or initials' }).fill('Budi');
		await editor.page.getByRole('textbox', { name: 'Name or initials' }).press('Enter');
		await editor.page.getByRole('textbox', { name: 'Name or initials' }).press('Escape');
		await expect(page.getByRole('grid', { name: 'Ratings by participant' })).toContainText('Budi');

		// Both stored: the owner's reload shows all of it.
		await expectSaved(page);
		await page.reload();
		await expect(page.getByRole('grid', { name: 'Ratings by participant' })).toContainText('Budi');
		await page.getByRole('link', { name: 'Segments' }).click();
		await expect(
			page.getByRole('article', { name: 'Hotels' }).getByRole('textbox', { name: 'Needs' })
		).toHaveValue('Rooms booked in bulk');
		await editor.context.close();
	});
});

test.describe(() => {
	test('People here lists everyone with their view, a ring marks the card another is in, and both go when they leave', async ({
		page,
		browser,
		touchpoint,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live presence', ['Checkout times out']);
		const editor = await join(browser, links.editor, 'Ana');
		await page.getByRole('link', { name: 'Segments' }).click();

		await editor.page.getByRole('button', { name: 'People here' }).click();
		const people = editor.page.getByRole('list', { name: 'People here' }).getByRole('listitem');
		await expect(people).toHaveCount(2);
		await expect(people.filter({ hasText: 'Ana (you)' })).toContainText('Map');
		await expect(people.filter({ hasText: 'Host' })).toContainText('Segments');
		await expectAccessible(editor.page);

		// Ana opens a frustration's editor: the owner's map rings that card with her name.
		await page.getByRole('link', { name: 'Map' }).click();
		await frustration(editor.page, 'Checkout times out')
			.getByRole('button', { name: 'Edit frustration' })
			.click();
		const ring = frustration(page, 'Checkout times out').getByText('Ana is editing this');
		await expect(ring).toHaveCount(1);
		await expect(touchPoint(page, 'Order placement').getByText(/is editing this/)).toHaveCount(1);
		// No ring on one's own card.
		await expect(editor.page.getByText(/is editing this/)).toHaveCount(0);
		await expectAccessible();

		await editor.context.close();
		await expect(ring).toHaveCount(0);
		await expect(liveStatus(page)).toHaveText('Live · 1 person');
		await page.getByRole('button', { name: 'People here' }).click();
		await expect(page.getByRole('list', { name: 'People here' }).getByRole('listitem')).toHaveCount(
			1
		);
	});
});

test.describe(() => {
	test('edits in either browser keep the connection each has to the session', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'One connection');
		await expect(liveStatus(page)).toHaveText('Live · 1 person');
		const editor = await join(browser, links.editor, 'Ana');
		await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
		// An edit ending the session and resuming it would open a new connection.
		const opened: string[] = [];
		for (const p of [page, editor.page]) p.on('websocket', (socket) => opened.push(socket.url()));

		await addFrustrations(page, 'Order placement', ['Checkout times out']);
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
		await addFrustrations(editor.page, 'Order placement', ['Prices change at the last step']);
		await expect(frustration(page, 'Prices change at the last step')).toBeVisible();
		await expectSaved(page);
		await expectSaved(editor.page);
		await expect(liveStatus(page)).toHaveText('Live · 2 people');
		expect(opened).toEqual([]);
		await editor.context.close();
	});
});
