/**
 * Live sessions attacked as a hostile or unlucky person would: a client forged with the editor
 * link's secret, and two people changing one item at once. What each browser stores is read
 * from its IndexedDB afterwards.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	editorToken,
	journeyDocumentName,
	parseJoinFragment
} from '../../src/lib/live/protocol.js';
import { dumpDatabase } from './database';
import { forgedClient } from './forged-client';
import { chooseFiles, downloadBy, jsonFile, openShareMenu } from './transfer';
import { expectSaved, test as guarded } from './fixtures';
import {
	addFrustrations,
	comeOnline,
	expect,
	frustration,
	goOffline,
	join,
	liveJourney,
	liveStatus,
	smallJourney,
	startSession,
	withTouchpoint
} from './live';

const test = withTouchpoint(guarded);

type Row = Record<string, unknown>;

/** A browser's records of one store for the journey open in it, by id. */
async function records(page: Page, store: string): Promise<Map<string, Row>> {
	const journeyId = /\/journeys\/([^/]+)/.exec(new URL(page.url()).pathname)![1];
	const dump = await dumpDatabase(page);
	return new Map(
		dump.stores[store]!.filter(({ value }) => (value as Row).journeyId === journeyId).map(
			({ key, value }) => [String(key), value as Row]
		)
	);
}

test.describe(() => {
	test('a forged client with the editor secret writes invalid values: nothing is stored in either browser, and the session goes on', async ({
		page,
		browser,
		touchpoint,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live forgery', ['Checkout times out']);
		const editor = await join(browser, links.editor, 'Ana');
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
		await expectSaved(page);
		await expectSaved(editor.page);
		const before = [
			await records(page, 'frustrations'),
			await records(editor.page, 'frustrations')
		];
		const touchPointsBefore = await records(page, 'touchPoints');

		// With the editor link's secret.
		const link = parseJoinFragment(new URL(links.editor).hash)!;
		const forger = forgedClient(touchpoint.url);
		const journey = forger.open(journeyDocumentName(link.room), editorToken(link.key));
		try {
			await expect.poll(() => journey.isSynced).toBe(true);
			const doc = journey.document;
			const frustrations = doc.getMap<Y.Map<unknown>>('frustrations');
			const touchPoints = doc.getMap<Y.Map<unknown>>('touchPoints');
			const [id, real] = [...frustrations.entries()][0]!;
			const [touchPointId] = [...touchPoints.keys()];
			const valid = real.toJSON();
			const copyOf = (fields: Row) => {
				const map = new Y.Map<unknown>();
				for (const [key, value] of Object.entries(valid)) {
					if (key !== 'ratings') map.set(key, fields[key] ?? value);
				}
				return map;
			};
			doc.transact(() => {
				real.set('severity', 9);
				real.set('text', 'x'.repeat(1_000_000));
				touchPoints.get(touchPointId!)!.set('__proto__', { polluted: true });
				frustrations.set('not-a-uuid', copyOf({ id: 'not-a-uuid', text: 'Under no id' }));
				const orphan = '99999999-0000-4000-8000-0000000000a1';
				frustrations.set(
					orphan,
					copyOf({
						id: orphan,
						text: 'Under no touch point',
						touchPointId: '99999999-0000-4000-8000-0000000000a2'
					})
				);
			});
			expect(id).toBeTruthy();

			// The session goes on: an edit made after the forgery reaches everyone.
			await addFrustrations(page, 'Order placement', ['After the forgery']);
			await expect(frustration(editor.page, 'After the forgery')).toBeVisible();
			await addFrustrations(editor.page, 'Order placement', ['And back']);
			await expect(frustration(page, 'And back')).toBeVisible();
			await expectAccessible(editor.page);
			await expect(liveStatus(page)).toHaveText(/Live · \d people/);
			for (const [index, each] of [page, editor.page].entries()) {
				await expectSaved(each);
				await expect(frustration(each, 'Checkout times out')).toBeVisible();
				await expect(each.getByText('Under no id')).toHaveCount(0);
				await expect(each.getByText('Under no touch point')).toHaveCount(0);
				const now = await records(each, 'frustrations');
				const added = [...now.values()].filter((f) => !before[index]!.has(String(f.id)));
				expect(added.map((f) => f.text).sort()).toEqual(['After the forgery', 'And back']);
				for (const [key, row] of before[index]!) expect(now.get(key)).toEqual(row);
				expect(await records(each, 'touchPoints')).toEqual(touchPointsBefore);
				expect(await each.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
				expect(await each.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
			}
		} finally {
			forger.close();
			await editor.context.close();
		}
	});
});

test.describe(() => {
	test('two people changing one frustration at once: different fields both stay, the same field ends the same in both browsers', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live at once', ['Checkout times out']);
		const editor = await join(browser, links.editor, 'Ana');
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();

		// The editor's network drops, so neither edit can have seen the other.
		await goOffline(editor);
		const open = async (each: Page) => {
			const item = frustration(each, 'Checkout times out');
			await item.getByRole('button', { name: 'Edit frustration' }).click();
			return item;
		};
		const mine = await open(page);
		await mine.getByRole('textbox', { name: 'Fix' }).fill('Retry the payment');
		await mine.getByRole('textbox', { name: 'Owner' }).fill('Payments team');
		await expectSaved(page);
		const theirs = await open(editor.page);
		await theirs.getByRole('combobox', { name: 'Evidence' }).selectOption({ label: 'Complaint' });
		await theirs.getByRole('textbox', { name: 'Owner' }).fill('Web team');
		await expectSaved(editor.page);

		await comeOnline(editor);
		for (const item of [mine, theirs]) {
			await expect(item.getByRole('textbox', { name: 'Fix' })).toHaveValue('Retry the payment');
			await expect(item.getByRole('combobox', { name: 'Evidence' })).toHaveValue('complaint');
		}
		const owner = await mine.getByRole('textbox', { name: 'Owner' }).inputValue();
		expect(['Payments team', 'Web team']).toContain(owner);
		await expect(theirs.getByRole('textbox', { name: 'Owner' })).toHaveValue(owner);

		// What each browser stores is the same record.
		await expectSaved(page);
		await expectSaved(editor.page);
		const stored = async (each: Page) =>
			[...(await records(each, 'frustrations')).values()].find(
				(f) => f.text === 'Checkout times out'
			);
		const ours = await stored(page);
		expect(ours).toMatchObject({ fix: 'Retry the payment', evidence: 'complaint', owner });
		await expect.poll(() => stored(editor.page)).toEqual(ours);
		await editor.context.close();
	});
});

test.describe(() => {
	test('a frustration removed by one while the other edits it stays removed; the remover’s Undo brings it back with the edit, and Undo covers only one’s own edits', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live removal', [
			'Checkout times out',
			'Prices change'
		]);
		const editor = await join(browser, links.editor, 'Ana');
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();

		await goOffline(editor);
		const theirs = frustration(editor.page, 'Checkout times out');
		await theirs.getByRole('button', { name: 'Edit frustration' }).click();
		await theirs.getByRole('textbox', { name: 'Fix' }).fill('Retry the payment');
		await expectSaved(editor.page);
		await frustration(page, 'Checkout times out')
			.getByRole('button', { name: 'Edit frustration' })
			.click();
		await page.getByRole('button', { name: 'Remove frustration' }).click();
		await expect(frustration(page, 'Checkout times out')).toHaveCount(0);
		await expectSaved(page);

		await comeOnline(editor);
		await expect(frustration(editor.page, 'Checkout times out')).toHaveCount(0);
		await expect(frustration(page, 'Checkout times out')).toHaveCount(0);

		// The editor's Undo takes back only the editor's own edit: nothing comes back.
		await editor.page.getByRole('button', { name: 'Undo' }).click();
		await expect(frustration(editor.page, 'Checkout times out')).toHaveCount(0);
		await expect(frustration(editor.page, 'Prices change')).toBeVisible();

		await page.getByRole('button', { name: 'Undo' }).click();
		for (const each of [page, editor.page]) {
			const item = frustration(each, 'Checkout times out');
			await expect(item).toBeVisible();
			await expect(frustration(each, 'Prices change')).toBeVisible();
		}
		await expectSaved(page);
		await expectSaved(editor.page);
		for (const each of [page, editor.page]) {
			await expect
				.poll(async () =>
					[...(await records(each, 'frustrations')).values()]
						.map((f) => `${f.text}: ${f.fix}`)
						.sort()
				)
				.toEqual(['Checkout times out: Retry the payment', 'Prices change: ']);
		}
		await editor.context.close();
	});
});

test.describe(() => {
	test('a version restored on the owner’s side during a session reaches the editor, and both store it', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		await smallJourney(page, touchpoint.url, 'Live restore');
		await addFrustrations(page, 'Order placement', ['Checkout times out']);
		await expectSaved(page);
		await openShareMenu(page);
		await page.getByRole('button', { name: 'Version history' }).click();
		const history = page.getByRole('dialog', { name: 'Version history of “Live restore”' });
		await history.getByRole('textbox', { name: 'Checkpoint name' }).fill('before the session');
		await history.getByRole('button', { name: 'Save checkpoint' }).click();
		const checkpoint = history.getByRole('listitem').filter({ hasText: 'before the session' });
		await expect(checkpoint).toContainText('1 frustration');
		await history.getByRole('button', { name: 'Close' }).click();

		const links = await startSession(page);
		const editor = await join(browser, links.editor, 'Ana');
		await addFrustrations(editor.page, 'Order placement', ['Added by the editor']);
		await expect(frustration(page, 'Added by the editor')).toBeVisible();

		await openShareMenu(page);
		await page.getByRole('button', { name: 'Version history' }).click();
		await checkpoint.getByRole('button', { name: 'Restore' }).click();
		await expect(frustration(page, 'Added by the editor')).toHaveCount(0);
		await expect(frustration(editor.page, 'Added by the editor')).toHaveCount(0);
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
		for (const each of [page, editor.page]) {
			await expectSaved(each);
			await expect
				.poll(async () => [...(await records(each, 'frustrations')).values()].map((f) => f.text))
				.toEqual(['Checkout times out']);
		}
		// And it stays so when the editor opens the journey again.
		await editor.page.reload();
		await expect(frustration(editor.page, 'Checkout times out')).toBeVisible();
		await expect(frustration(editor.page, 'Added by the editor')).toHaveCount(0);
		await expect(liveStatus(editor.page)).toHaveText('Live · 2 people');
		await editor.context.close();
	});
});

test.describe(() => {
	test('a file imported over the journey on the owner’s side during a session reaches the editor, and is not undone on the owner’s', async ({
		page,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		await smallJourney(page, touchpoint.url, 'Live import');
		await addFrustrations(page, 'Order placement', ['In the file']);
		await expectSaved(page);
		await openShareMenu(page);
		const file = await downloadBy(page, () =>
			page.getByRole('button', { name: 'Export JSON' }).click()
		);
		const journeyUrl = page.url();
		const links = await startSession(page);
		const editor = await join(browser, links.editor, 'Ana');
		await addFrustrations(editor.page, 'Order placement', ['Not in the file']);
		await expect(frustration(page, 'Not in the file')).toBeVisible();
		await expectSaved(page);

		await page.goto(touchpoint.url);
		await chooseFiles(page, 'Import', [jsonFile(file.name, file.text)]);
		await page.getByRole('button', { name: 'Replace', exact: true }).click();
		await expect(page.getByRole('region', { name: 'Import finished' })).toBeVisible();
		await page.goto(journeyUrl);
		await expect(liveStatus(page)).toHaveText('Live · 2 people');
		for (const each of [page, editor.page]) {
			await expect(frustration(each, 'In the file')).toBeVisible();
			await expect(frustration(each, 'Not in the file')).toHaveCount(0);
			await expectSaved(each);
			await expect
				.poll(async () => [...(await records(each, 'frustrations')).values()].map((f) => f.text))
				.toEqual(['In the file']);
		}
		await editor.context.close();
	});
});

test.describe(() => {
	test('two tabs of the owner’s browser in one session and an editor elsewhere: every edit reaches all three, and a removal stays removed after both tabs reload', async ({
		page,
		context,
		browser,
		touchpoint
	}) => {
		test.setTimeout(90_000);
		const links = await liveJourney(page, touchpoint.url, 'Live two tabs', [
			'First tab',
			'To be removed'
		]);
		const second = await context.newPage();
		await second.goto(page.url());
		await expect(frustration(second, 'First tab')).toBeVisible();
		const editor = await join(browser, links.editor, 'Ana');

		await addFrustrations(second, 'Order placement', ['Second tab']);
		await addFrustrations(editor.page, 'Order placement', ['Editor']);
		const removed = frustration(editor.page, 'To be removed');
		await removed.getByRole('button', { name: 'Edit frustration' }).click();
		await editor.page.getByRole('button', { name: 'Remove frustration' }).click();
		for (const each of [page, second, editor.page]) {
			for (const text of ['First tab', 'Second tab', 'Editor']) {
				await expect(frustration(each, text)).toBeVisible();
			}
			await expect(frustration(each, 'To be removed')).toHaveCount(0);
			await expectSaved(each);
		}
		for (const each of [page, second, editor.page]) {
			await each.reload();
			await expect(frustration(each, 'Editor')).toBeVisible();
		}
		for (const each of [page, second, editor.page]) {
			await expect(frustration(each, 'To be removed')).toHaveCount(0);
			await expect
				.poll(async () =>
					[...(await records(each, 'frustrations')).values()].map((f) => f.text).sort()
				)
				.toEqual(['Editor', 'First tab', 'Second tab']);
		}
		await editor.context.close();
	});
});
