/**
 * The experience curve is drawn once the map's first frame is, in a box as tall as it was last
 * time (curve-box.ts). What a person opens in it (its data table, the list of frustrations not
 * rated yet) is closed on the next visit, so the box must not keep that height.
 */
import { expect, openJourneyList, test } from './fixtures';
import { recordLayoutShifts, twoFrames, visibleShifts } from './layout-shifts';

test('the map stays where it is when the curve comes in, after its data table was open last time', async ({
	page,
	expectAccessible
}) => {
	// A projector's tall screen: the map's first cards are on screen under the curve's box.
	await page.setViewportSize({ width: 1920, height: 1600 });
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	const curve = page.getByRole('region', { name: 'Experience curve', exact: true });
	await expect(curve.getByRole('img', { name: 'Experience curve' })).toBeVisible();
	await curve.getByRole('button', { name: 'Show data table' }).click();
	await expect(curve.getByRole('table')).toBeVisible();
	await expectAccessible(page);
	await twoFrames(page);

	await recordLayoutShifts(page);
	await page.reload();
	await expect(curve.getByRole('img', { name: 'Experience curve' })).toBeVisible();
	await expect(curve.getByRole('table')).toBeHidden();
	await expect(page.getByRole('article', { name: 'Order delivery' })).toBeVisible();
	expect(await visibleShifts(page)).toEqual([]);
});
