/**
 * Live workshop e2e: the workshop's controls as the facilitator's screens write them (the
 * `workshop` and `workshopRounds` maps of the journey's Y.Doc, workshop-control.ts), written by a
 * plain Yjs client holding the editor link, and phones (390 px, touch) joining as participants.
 */
import { devices, type Browser } from '@playwright/test';
import type * as Y from 'yjs';
import { forgedClient } from './forged-client';
import { expect, type Person } from './live';
import {
	editorToken,
	journeyDocumentName,
	parseJoinFragment
} from '../../src/lib/live/protocol.js';

/** A phone held upright: 390 px wide, touch, a mobile browser. */
export const PHONE = {
	...devices['Pixel 7'],
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true
};

/** A phone opens `link`, gives `name` and joins; the workshop's view shows. */
export async function joinPhone(
	browser: Browser,
	link: string,
	name: string,
	options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}
): Promise<Person> {
	const context = await browser.newContext({ ...PHONE, ...options });
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: /^(Your name|Nama Anda)$/ }).fill(name);
	await page.getByRole('button', { name: /^(Join|Gabung)$/ }).click();
	return { context, page };
}

function idOf(ydoc: Y.Doc, collection: string, field: string, value: string): string {
	const found = [...ydoc.getMap<Y.Map<unknown>>(collection).entries()].find(
		([, record]) => record.get(field) === value
	);
	if (!found) throw new Error(`no ${collection} with ${field} ${value}`);
	return found[0];
}

/** The facilitator's workshop controls, through a client holding the editor link. */
export async function workshopDriver(touchpointUrl: string, editorLink: string) {
	const { room, key } = parseJoinFragment(new URL(editorLink).hash)!;
	const client = forgedClient(touchpointUrl);
	const provider = client.open(journeyDocumentName(room), editorToken(key), { awareness: null });
	await expect.poll(() => provider.isSynced).toBe(true);
	const ydoc = provider.document;
	const control = ydoc.getMap<unknown>('workshop');
	const rounds = ydoc.getMap<unknown>('workshopRounds');
	return {
		ydoc,
		touchPointId: (name: string) => idOf(ydoc, 'touchPoints', 'name', name),
		frustrationId: (text: string) => idOf(ydoc, 'frustrations', 'text', text),
		participantId: (name: string) => idOf(ydoc, 'participants', 'name', name),
		start(step: string) {
			ydoc.transact(() => {
				control.set('running', true);
				control.set('ended', false);
				control.set('mode', 'blind');
				control.set('step', step);
			});
		},
		setStep: (step: string) => control.set('step', step),
		bringEveryone: () => control.set('gather', ((control.get('gather') as number) ?? 0) + 1),
		lock: (locked: boolean) => control.set('locked', locked),
		reveal(ids: string[]) {
			ydoc.transact(() => {
				for (const id of ids) rounds.set(id, { round: 0, revealed: true });
			});
		},
		end() {
			ydoc.transact(() => {
				control.set('running', false);
				control.set('ended', true);
			});
		},
		/** Resolves once the server has every change written here. */
		sent: () => expect.poll(() => provider.hasUnsyncedChanges).toBe(false),
		close: () => client.close()
	};
}
