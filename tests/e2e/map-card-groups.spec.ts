/**
 * A column's cards are laid out in groups (card-groups.ts): a card far down a big map still
 * draws when scrolled to, and a card moved from one group into another stays as it was, its
 * details open and the keyboard on it, in view.
 */
import { expect, expectSaved, test } from './fixtures';

test('on a big map a card far down a column shows its frustrations once scrolled to', async ({
	page
}) => {
	// 200 touch points in three stages, 6 frustrations each: only the first few cards of each
	// column are drawn at once.
	await page.goto('/dev/generate?frustrations=1200&touchPoints=200&participants=0');
	await page.getByRole('status').getByRole('link').click();
	const card = page.getByRole('article', { name: 'Touch point 150' });
	await card.scrollIntoViewIfNeeded();
	await expect(
		card.getByRole('list', { name: '6 frustrations' }).getByRole('listitem')
	).toHaveCount(5);
});

test('on a big map, once a search is cleared, the cards at the top show their frustrations again', async ({
	page
}) => {
	await page.goto('/dev/generate?frustrations=1200&touchPoints=200&participants=0');
	await page.getByRole('status').getByRole('link').click();
	// Touch point 5 is the first not drawn at once; a search draws the cards it finds.
	const search = page.getByRole('searchbox', { name: 'Search frustrations' });
	await search.fill('(#30)');
	await expect(page.getByRole('status').filter({ hasText: '1 frustration matches' })).toBeVisible();
	// Shown at the top of the map while searched, far down its column when not.
	const found = page.getByRole('article', { name: 'Touch point 30', exact: true });
	await expect(found.getByText(/\(#30\)$/)).toBeVisible();
	await search.fill('');
	const card = page.getByRole('article', { name: 'Touch point 5', exact: true });
	await expect(
		card.getByRole('list', { name: '6 frustrations' }).getByRole('listitem')
	).toHaveCount(5);
});

test('a card moved to the top of a long column and back keeps its details open and the focus', async ({
	page,
	expectAccessible
}) => {
	// 14 touch points in the first stage, in a few groups of cards: the moves cross them all.
	await page.goto('/dev/generate?frustrations=40&touchPoints=40&participants=0');
	await page.getByRole('status').getByRole('link').click();
	const column = page.getByRole('region', { name: 'Purchase' });
	const names = column.getByRole('article').getByRole('heading', { level: 3 });
	await expect(names).toHaveCount(14);
	const card = column.getByRole('article', { name: 'Touch point 14' });
	await card.getByRole('button', { name: 'Details of Touch point 14' }).click();
	await card.getByRole('button', { name: 'Move up' }).focus();
	// Enter on whatever has the focus: a move that lost it would stop the card on its way.
	for (let i = 0; i < 13; i++) await page.keyboard.press('Enter');
	await expect(names.first()).toHaveText('Touch point 14');
	await expect(card.getByRole('button', { name: 'Move up' })).toBeFocused();
	await expect(card.getByRole('textbox', { name: 'Touch point name' })).toBeVisible();
	await expectAccessible();

	// Back down with Alt+arrow, from the handle.
	await card.getByRole('button', { name: 'Drag Touch point 14 to move it' }).focus();
	for (let i = 0; i < 13; i++) await page.keyboard.press('Alt+ArrowDown');
	await expect(names.last()).toHaveText('Touch point 14');
	await expect(card.getByRole('button', { name: 'Drag Touch point 14 to move it' })).toBeFocused();
	await expect(card.getByRole('textbox', { name: 'Touch point name' })).toBeVisible();

	await expectSaved(page);
	await page.reload();
	await expect(names.last()).toHaveText('Touch point 14');
});

test('a card moved far down its column with the keyboard stays on screen, with the Move button and with Alt+arrows', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/dev/generate?frustrations=40&touchPoints=40&participants=0');
	await page.getByRole('status').getByRole('link').click();
	const column = page.getByRole('region', { name: 'Purchase' });
	const names = column.getByRole('article').getByRole('heading', { level: 3 });
	await expect(names).toHaveCount(14);
	await expectAccessible();
	const card = column.getByRole('article', { name: 'Touch point 1', exact: true });
	const handle = card.getByRole('button', { name: 'Drag Touch point 1 to move it' });
	await handle.focus();
	for (let i = 0; i < 6; i++) await page.keyboard.press('Alt+ArrowDown');
	await expect(names.nth(6)).toHaveText('Touch point 1');
	await expect(handle).toBeFocused();
	await expect(card.getByRole('heading', { name: 'Touch point 1' })).toBeInViewport();

	await card.getByRole('button', { name: 'Details of Touch point 1' }).click();
	await card.getByRole('button', { name: 'Move down' }).focus();
	for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
	await expect(names.last()).toHaveText('Touch point 1');
	await expect(card.getByRole('button', { name: 'Move down' })).toBeFocused();
	await expect(card.getByRole('button', { name: 'Move down' })).toBeInViewport();
});
