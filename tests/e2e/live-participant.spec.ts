/**
 * What a participant can do in a live session: add frustrations and give their own ratings,
 * which reach the owner and editors through the participant's own document; nothing else. A
 * forged participant (a plain Yjs client holding the link's secret) gets nothing else stored.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	journeyDocumentName,
	parseJoinFragment,
	participantDocumentName,
	participantToken,
	pidFor
} from '../../src/lib/live/protocol.js';
import { dumpDatabase } from './database';
import { forgedClient } from './forged-client';
import { expectSaved, test as guarded } from './fixtures';
import {
	addFrustrations,
	expect,
	frustration,
	join,
	liveJourney,
	liveStatus,
	withTouchpoint
} from './live';

const test = withTouchpoint(guarded);

const cell = (page: Page, text: string, person: string, measure: string) =>
	page.getByRole('gridcell', { name: `${text}, ${person}, ${measure}`, exact: true });

async function toView(page: Page, view: 'Map' | 'Workshop') {
	await page.getByRole('link', { name: view }).click();
}

test('a participant adds a frustration and rates it; the owner and the editor see both at once and after a reload, and the participant can do nothing else', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const links = await liveJourney(page, touchpoint.url, 'Live participant', ['Checkout times out']);
	const editor = await join(browser, links.editor, 'Budi');
	const participant = await join(browser, links.participant, 'Citra');
	const seen = participant.page;
	await expect(liveStatus(page)).toHaveText('Live · 3 people');
	await expect(seen.getByText('You joined as a participant')).toBeVisible();

	await addFrustrations(seen, 'Order placement', ['Seat map missing']);
	await expect(frustration(seen, 'Seat map missing')).toBeVisible();
	await expect(frustration(page, 'Seat map missing')).toBeVisible();
	await expect(frustration(editor.page, 'Seat map missing')).toBeVisible();
	await toView(seen, 'Workshop');
	await cell(seen, 'Seat map missing', 'Citra', 'Severity').click();
	await seen.keyboard.press('4');
	await expect(cell(seen, 'Seat map missing', 'Citra', 'Severity')).toHaveText('4');
	await expectAccessible(seen);

	for (const other of [page, editor.page]) {
		await toView(other, 'Workshop');
		await expect(cell(other, 'Seat map missing', 'Citra', 'Severity')).toHaveText('4');
	}

	// Nothing else: not a removal, not a rename.
	await toView(seen, 'Map');
	await frustration(seen, 'Checkout times out')
		.getByRole('button', { name: 'Edit frustration' })
		.click();
	await seen.getByRole('button', { name: 'Remove frustration' }).click();
	await expect(frustration(seen, 'Checkout times out')).toBeVisible();
	const text = seen.getByRole('textbox', { name: 'Frustration', exact: true });
	await text.fill('Checkout is fine');
	await expect(text).toHaveAccessibleDescription(/You joined as a participant.*read-only/);

	for (const other of [page, editor.page, seen]) {
		await expectSaved(other);
		await other.reload();
		await toView(other, 'Map');
		await expect(frustration(other, 'Checkout times out')).toBeVisible();
		await expect(frustration(other, 'Seat map missing')).toBeVisible();
		await toView(other, 'Workshop');
		await expect(cell(other, 'Seat map missing', 'Citra', 'Severity')).toHaveText('4');
	}
	await expect(frustration(page, 'Checkout is fine')).toHaveCount(0);
	await participant.context.close();
	await editor.context.close();
});

test('a forged participant’s severity 9, 1 MB text and __proto__ key are dropped and logged with its pid, nothing of them stored, and its valid rating after them still arrives', async ({
	page,
	touchpoint
}) => {
	test.setTimeout(120_000);
	const logged: string[] = [];
	page.on('console', (message) => logged.push(message.text()));
	const links = await liveJourney(page, touchpoint.url, 'Live forgery', [
		'Checkout times out',
		'Prices change'
	]);
	const room = parseJoinFragment(new URL(links.participant).hash)!.room;
	const secret = parseJoinFragment(new URL(links.participant).hash)!.key;

	// A plain Yjs client in this test process, with the participant secret and its own key.
	const personalKey = 'forgedForgedForgedForged';
	const pid = pidFor(personalKey);
	const token = participantToken(secret, personalKey);
	const forger = forgedClient(touchpoint.url);
	const journey = forger.open(journeyDocumentName(room), token);
	const mine = forger.open(participantDocumentName(room, pid), token, { awareness: null });
	const own = mine.document;
	try {
		await expect.poll(() => journey.isSynced && mine.isSynced).toBe(true);
		const idOf = (text: string) =>
			[...journey.document.getMap<Y.Map<unknown>>('frustrations').entries()].find(
				([, record]) => record.get('text') === text
			)![0];
		const frustrationId = idOf('Checkout times out');
		const touchPointId = [...journey.document.getMap('touchPoints').keys()][0]!;
		journey.awareness!.setLocalState({ name: 'Mallory', colour: '#1d4ed8', view: 'map', pid });
		own.transact(() => {
			own.getMap('participant').set('name', 'Mallory');
			own.getMap('ratings').set(frustrationId, { frequency: 2, severity: 9 });
			own.getMap('frustrations').set('11111111-0000-4000-8000-000000000001', {
				touchPointId,
				text: 'x'.repeat(1_000_000)
			});
			own.getMap('frustrations').set('__proto__', { touchPointId, text: 'Polluted' });
		});
		await expect(page.getByRole('article', { name: 'Order placement' })).toBeVisible();
		// Each dropped, and logged with the forger's pid.
		for (const what of [
			`rating of ${frustrationId}`,
			'frustration 11111111-0000-4000-8000-000000000001',
			'frustration __proto__'
		]) {
			await expect
				.poll(() => logged.some((line) => line.includes(`${what} from participant ${pid}`)))
				.toBe(true);
		}

		// The session goes on: a valid rating after them arrives (they are still there).
		own.getMap('ratings').set(idOf('Prices change'), { frequency: 2, severity: 5 });
		await toView(page, 'Workshop');
		await expect(cell(page, 'Prices change', 'Mallory', 'Severity')).toHaveText('5');
		await expect(cell(page, 'Checkout times out', 'Mallory', 'Severity')).toHaveText('not rated');
		await expectSaved(page);
		const dump = JSON.stringify(await dumpDatabase(page));
		expect(dump).not.toContain('xxxxxxxxxx');
		expect(dump).not.toContain('Polluted');
		expect(dump).not.toContain('"severity":9');
		expect(dump).toContain('"frequency":2,"severity":5');
	} finally {
		forger.close();
	}
});

test('an edit during a live session keeps the one connection it has (the session is not started again)', async ({
	page,
	touchpoint
}) => {
	const sockets: string[] = [];
	page.on('websocket', (socket) => sockets.push(socket.url()));
	await liveJourney(page, touchpoint.url, 'Live connection');
	await expect(liveStatus(page)).toHaveText('Live · 1 person');
	await addFrustrations(page, 'Order placement', ['Checkout times out', 'Prices change']);
	await expect(frustration(page, 'Prices change')).toBeVisible();
	await expectSaved(page);
	await expect(liveStatus(page)).toHaveText('Live · 1 person');
	expect(sockets).toHaveLength(1);
});
