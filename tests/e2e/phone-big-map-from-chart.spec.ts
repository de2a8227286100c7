import { expect, test } from './fixtures';
import { openGeneratedSample } from './transfer';

// On the `phone` project: the map's stages stand one under another.

test('on a phone, a big map opened at a frustration of a later stage from a chart keeps it in view while the stages above are drawn, after a reload too', async ({
	page,
	expectAccessible
}) => {
	// Over 400 frustrations: the map adds cards below each column's first screen frame by frame.
	await openGeneratedSample(page, 600, 40);
	await page.getByRole('link', { name: 'Priorities', exact: true }).click();
	const marks = page
		.getByRole('region', { name: 'Ranked problems', exact: true })
		.getByRole('group')
		.getByRole('button');
	// The highest-ranked frustration that is not in the first stage, the one at the top.
	let mark = marks.first();
	let label = '';
	for (let i = 0; i < 30; i++) {
		mark = marks.nth(i);
		label = (await mark.getAttribute('aria-label'))!;
		if (!label.includes('· Purchase.')) break;
	}
	expect(label).not.toContain('· Purchase.');
	const text = label.match(/^\d+\. (.+?\(#\d+\))/)![1]!;
	await mark.scrollIntoViewIfNeeded();
	const box = (await mark.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);

	await expect(page).toHaveURL(/\?frustration=/);
	const item = page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });
	await expect(item).toBeInViewport();
	// Every card of the map drawn, those of the first stage above it too: it is still there.
	await expect(page.getByRole('article')).toHaveCount(40);
	await expect(item).toBeInViewport();
	await expectAccessible();

	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(40);
	await expect(item).toBeInViewport();
});
