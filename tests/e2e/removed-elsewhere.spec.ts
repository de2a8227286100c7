/**
 * Two tabs on one journey, one removing what the other is editing (issue 17, items 1 and 2):
 * the removal wins, nothing stored points at a record that is not there, and the tab whose
 * change was left out says so and offers to put it back.
 *
 * Two moments are held still to make the races repeatable: a tab's timers, so what was typed
 * there stays queued (its save waits for a timer), and a tab's messages from the other, as
 * they are for an instant when both act at once.
 */
import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	journeyAction,
	openJourneyList,
	test
} from './fixtures';

const card = (page: Page, name: string) => page.getByRole('article', { name });
const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });
const toast = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function addFrustration(page: Page, touchPoint: string, text: string) {
	const field = card(page, touchPoint).getByRole('textbox', { name: 'Frustration' });
	await card(page, touchPoint).getByRole('button', { name: 'Add frustration' }).click();
	await field.fill(text);
	await field.press('Enter');
	await field.press('Escape');
	await expect(frustration(page, text)).toBeVisible();
}

async function removeTouchPoint(page: Page, name: string) {
	await card(page, name)
		.getByRole('button', { name: `Details of ${name}` })
		.click();
	await card(page, name).getByRole('button', { name: 'Remove touch point' }).click();
	await expect(card(page, name)).toHaveCount(0);
}

/** Opens a frustration's editor and types its new text (one input, as a paste is). */
async function retype(page: Page, from: string, to: string) {
	const item = frustration(page, from);
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await item.getByRole('textbox', { name: 'Frustration' }).fill(to);
}

/**
 * Lets the test hold back, on one page, the messages other tabs send it or its timers (its
 * queued save waits for one), then let them go: what happens, for an instant, when a tab
 * writes before it has heard of the other's removal, or hears of it while it still has an
 * edit to store. Playwright's clock would stop every tab of the browser, not just this one.
 */
async function holdable(page: Page) {
	await page.addInitScript(() => {
		const held = { messages: [] as (() => void)[], timers: [] as (() => void)[] };
		const holding = { messages: false, timers: false };
		type Kind = keyof typeof held;
		(window as unknown as { held: unknown }).held = {
			hold: (kind: Kind) => (holding[kind] = true),
			release: (kind: Kind) => {
				holding[kind] = false;
				for (const run of held[kind].splice(0)) run();
			}
		};
		class Holdable extends BroadcastChannel {
			override set onmessage(handler: ((event: MessageEvent) => void) | null) {
				super.onmessage = handler
					? (event) =>
							holding.messages ? held.messages.push(() => handler(event)) : handler(event)
					: null;
			}
			override get onmessage() {
				return super.onmessage;
			}
		}
		window.BroadcastChannel = Holdable;
		const setTimeout = window.setTimeout;
		window.setTimeout = ((run: () => void, delay?: number, ...args: unknown[]) =>
			setTimeout(
				() =>
					holding.timers ? held.timers.push(() => run(...(args as []))) : run(...(args as [])),
				delay
			)) as typeof window.setTimeout;
	});
}

const hold = (page: Page, kind: 'messages' | 'timers') =>
	page.evaluate(
		(kind) => (window as unknown as { held: { hold(k: string): void } }).held.hold(kind),
		kind
	);
const release = (page: Page, kind: 'messages' | 'timers') =>
	page.evaluate(
		(kind) => (window as unknown as { held: { release(k: string): void } }).held.release(kind),
		kind
	);

/** Two tabs of one browser on the same new journey; `prepare` runs on the second first. */
async function twoTabs(page: Page, prepare?: (other: Page) => Promise<void>) {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Shared workshop map');
	const other = await page.context().newPage();
	await prepare?.(other);
	await other.goto(page.url());
	await expect(other.getByRole('heading', { level: 1, name: 'Shared workshop map' })).toBeVisible();
	return { other, journeyId: page.url().split('/').pop()! };
}

/** Two tabs on a new journey whose "Order planning" holds one frustration, shown in both. */
async function twoTabsWithBrochure(page: Page, prepare?: (other: Page) => Promise<void>) {
	const tabs = await twoTabs(page, prepare);
	await addFrustration(page, 'Order planning', 'The brochure is out of date');
	await expectSaved(page);
	await expect(frustration(tabs.other, 'The brochure is out of date')).toBeVisible();
	return tabs;
}

type Row = Record<string, unknown> & { id: string; journeyId?: string };

/**
 * Every stored reference that names a record not stored in the same journey, and every
 * record of a journey that is not stored; empty when the database is whole.
 */
async function dangling(page: Page): Promise<string[]> {
	const { stores } = await dumpDatabase(page);
	const rows = (table: string) => (stores[table] ?? []).map((r) => r.value as Row);
	const journeys = new Set(rows('journeys').map((j) => j.id));
	const has = (table: string, id: unknown, journeyId: unknown) =>
		rows(table).some((r) => r.id === id && r.journeyId === journeyId);
	const problems: string[] = [];
	const check = (table: string, row: Row, parent: string, id: unknown) => {
		if (!has(parent, id, row.journeyId)) problems.push(`${table} ${row.id} → ${parent} ${id}`);
	};
	for (const table of [
		'stages',
		'steps',
		'touchPoints',
		'frustrations',
		'segments',
		'participants'
	]) {
		for (const row of rows(table)) {
			if (!journeys.has(row.journeyId!))
				problems.push(`${table} ${row.id} → journey ${row.journeyId}`);
		}
	}
	for (const table of ['steps', 'touchPoints']) {
		for (const row of rows(table)) check(table, row, 'stages', row.stageId);
	}
	for (const row of rows('touchPoints')) {
		for (const id of row.segmentIds as string[]) check('touchPoints', row, 'segments', id);
		for (const id of Object.keys(row.emotions as object)) check('touchPoints', row, 'segments', id);
	}
	for (const row of rows('frustrations')) {
		check('frustrations', row, 'touchPoints', row.touchPointId);
		for (const id of row.segmentIds as string[]) check('frustrations', row, 'segments', id);
		for (const { participantId } of row.ratings as { participantId: string }[]) {
			check('frustrations', row, 'participants', participantId);
		}
	}
	return problems;
}

/** The stored frustrations of a journey, by text, with the name of their touch point. */
async function storedFrustrations(page: Page, journeyId: string): Promise<string[]> {
	const { stores } = await dumpDatabase(page);
	const of = (table: string) =>
		(stores[table] ?? []).map((r) => r.value as Row).filter((r) => r.journeyId === journeyId);
	const touchPoints = new Map(of('touchPoints').map((t) => [t.id, t.name as string]));
	return of('frustrations')
		.map((f) => `${touchPoints.get(f.touchPointId as string) ?? '(none)'}: ${f.text as string}`)
		.sort();
}

test('a frustration being typed in one tab whose touch point another tab removes is refused there with its text, and Put it back brings both back everywhere', async ({
	page,
	expectAccessible
}) => {
	const { other, journeyId } = await twoTabsWithBrochure(page, holdable);

	// The other tab's typing is still queued when the removal reaches it.
	await hold(other, 'timers');
	await retype(other, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await removeTouchPoint(page, 'Order planning');
	await expectSaved(page);

	// Told at once, while its edit was still queued: the removal won over it.
	const message = toast(other, '“The brochure lists last year’s prices” was not saved');
	await expect(message).toContainText('removed in another tab');
	await expect(card(other, 'Order planning')).toHaveCount(0);
	await release(other, 'timers');
	await expectSaved(other);
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([]);
	await expectAccessible(other);

	await message.getByRole('button', { name: 'Put it back' }).click();
	for (const tab of [other, page]) {
		await expect(
			card(tab, 'Order planning').getByText('The brochure lists last year’s prices', {
				exact: true
			})
		).toBeVisible();
	}
	await expectSaved(other);
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([
		'Order planning: The brochure lists last year’s prices'
	]);
	for (const tab of [other, page]) {
		await tab.reload();
		await expect(
			card(tab, 'Order planning').getByText('The brochure lists last year’s prices', {
				exact: true
			})
		).toBeVisible();
	}
});

test('a frustration’s edit written just after another tab removed its touch point is not stored, and that tab says so and offers Put it back', async ({
	page
}) => {
	const { other, journeyId } = await twoTabsWithBrochure(page, holdable);

	await hold(other, 'timers');
	await hold(other, 'messages');
	await retype(other, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await removeTouchPoint(page, 'Order planning');
	await expectSaved(page);
	// Its write starts before it has heard of the removal: the write itself must refuse.
	await release(other, 'timers');
	const message = toast(other, '“The brochure lists last year’s prices” was not saved');
	await expect(message).toContainText('removed in another tab');
	await expect(message.getByRole('button', { name: 'Put it back' })).toBeVisible();
	await expectSaved(other);
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([]);

	await release(other, 'messages');
	await expect(card(other, 'Order planning')).toHaveCount(0);
	await message.getByRole('button', { name: 'Put it back' }).click();
	await expect(
		card(page, 'Order planning').getByText('The brochure lists last year’s prices', { exact: true })
	).toBeVisible();
	await expectSaved(other);
	expect(await dangling(page)).toEqual([]);
	await other.reload();
	await expect(
		card(other, 'Order planning').getByText('The brochure lists last year’s prices', {
			exact: true
		})
	).toBeVisible();
});

test('Undo of an edit whose touch point another tab removed writes nothing, says why, and offers Put it back', async ({
	page,
	expectAccessible
}) => {
	const { other, journeyId } = await twoTabs(page);
	await addFrustration(page, 'Order planning', 'The brochure is out of date');
	await retype(page, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await expectSaved(page);
	await expect(frustration(other, 'The brochure lists last year’s prices')).toBeVisible();

	await removeTouchPoint(other, 'Order planning');
	await expectSaved(other);
	await expect(card(page, 'Order planning')).toHaveCount(0);
	await page.keyboard.press('Control+z');

	const message = toast(page, 'Undo left out “The brochure is out of date”');
	await expect(message).toContainText('removed in another tab');
	await expectAccessible();
	await expectSaved(page);
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([]);
	await expect(card(page, 'Order planning')).toHaveCount(0);

	await message.getByRole('button', { name: 'Put it back' }).click();
	for (const tab of [page, other]) {
		await expect(
			card(tab, 'Order planning').getByText('The brochure is out of date', { exact: true })
		).toBeVisible();
	}
	await expectSaved(page);
	expect(await dangling(page)).toEqual([]);
	await page.reload();
	await expect(
		card(page, 'Order planning').getByText('The brochure is out of date', { exact: true })
	).toBeVisible();
});

test('Undo of removing a touch point brings back every frustration in it, including one another tab had just added', async ({
	page
}) => {
	await holdable(page);
	const { other, journeyId } = await twoTabsWithBrochure(page);

	// This tab has not heard of the new frustration when it removes the touch point.
	await hold(page, 'messages');
	await addFrustration(other, 'Order planning', 'Nobody says when the range changes');
	await expectSaved(other);
	await removeTouchPoint(page, 'Order planning');
	await expectSaved(page);
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([]);
	await expect(card(other, 'Order planning')).toHaveCount(0);

	await page.getByRole('button', { name: 'Undo' }).click();
	await release(page, 'messages');
	await expectSaved(page);
	for (const tab of [page, other]) {
		for (const text of ['The brochure is out of date', 'Nobody says when the range changes']) {
			await expect(card(tab, 'Order planning').getByText(text, { exact: true })).toBeVisible();
		}
	}
	expect(await dangling(page)).toEqual([]);
	expect(await storedFrustrations(page, journeyId)).toEqual([
		'Order planning: Nobody says when the range changes',
		'Order planning: The brochure is out of date'
	]);
	await other.reload();
	await expect(
		card(other, 'Order planning').getByText('Nobody says when the range changes', { exact: true })
	).toBeVisible();
});

test('a journey deleted in one tab while the other has an edit queued leaves no record behind, and that tab says its change was not saved', async ({
	page,
	expectAccessible
}) => {
	const { other, journeyId } = await twoTabsWithBrochure(page, holdable);

	await hold(other, 'timers');
	await retype(other, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await journeyAction(page, 'Delete journey');
	await expect(
		toast(
			other,
			'This journey was deleted or replaced in another tab, so your last change here was not saved.'
		)
	).toBeVisible();
	await expect(other.getByRole('heading', { level: 1, name: /not in this browser/ })).toBeVisible();
	await release(other, 'timers');
	await expectAccessible(other);

	// Whatever the tab still had to write goes as it reloads.
	await other.reload();
	await expect(other.getByRole('heading', { level: 1, name: /not in this browser/ })).toBeVisible();
	const { stores } = await dumpDatabase(page);
	const left = Object.entries(stores).flatMap(([table, records]) =>
		// Versions (and their summaries) outlive the journey, so it can be brought back.
		table === 'snapshots' || table === 'snapshotSummaries'
			? []
			: records
					.map((r) => r.value as Row)
					.filter((r) => (table === 'journeys' ? r.id : r.journeyId) === journeyId)
					.map((r) => `${table} ${r.id}`)
	);
	expect(left).toEqual([]);
	expect(await dangling(page)).toEqual([]);
	await openJourneyList(other);
	await expect(other.getByRole('heading', { name: 'Shared workshop map' })).toHaveCount(0);
});

// A tab closed or reloaded in the instant before it hears of the other's removal writes its
// queued edit with persistChangesNow, which cannot read what is stored first (a closing page
// answers no request): the journey gathers such an edit when it next opens, and records of a
// deleted journey are swept at the next start.
test('a tab reloaded with an edit queued, before it hears another tab removed its touch point, opens with the edit gathered and nothing dangling', async ({
	page,
	expectAccessible
}) => {
	const { other } = await twoTabsWithBrochure(page, holdable);
	await hold(other, 'timers');
	await hold(other, 'messages');
	await retype(other, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await removeTouchPoint(page, 'Order planning');
	await expectSaved(page);

	await other.reload();
	await expect(other.getByRole('heading', { level: 1, name: 'Shared workshop map' })).toBeVisible();
	await expect(toast(other, '1 item had lost its place')).toBeVisible();
	await expect(frustration(other, 'The brochure lists last year’s prices')).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Recovered items' }).first()).toBeVisible();
	expect(await dangling(page)).toEqual([]);
	await expectAccessible(other);
});

test('a tab reloaded with an edit queued, before it hears another tab deleted the journey, does not bring the journey back', async ({
	page
}) => {
	const { other } = await twoTabsWithBrochure(page, holdable);
	await hold(other, 'timers');
	await hold(other, 'messages');
	await retype(other, 'The brochure is out of date', 'The brochure lists last year’s prices');
	await journeyAction(page, 'Delete journey');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

	await other.reload();
	await expect(other.getByRole('heading', { level: 1, name: /not in this browser/ })).toBeVisible();
	expect(await dangling(page)).toEqual([]);
	await openJourneyList(other);
	await expect(other.getByRole('heading', { name: 'Shared workshop map' })).toHaveCount(0);
});
