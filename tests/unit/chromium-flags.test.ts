import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, OMNIBOX_POPUP_FEATURES } from '../../scripts/ensure.mjs';

it('Chromium for tests keeps the features Playwright turns off off, beside the omnibox popup', async () => {
	const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const pid = server.process().pid;
		const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
		const lists = args
			.filter((arg) => arg.startsWith('--disable-features='))
			.map((arg) => arg.slice('--disable-features='.length).split(','));
		// Chromium reads only the last: it must hold every name the others hold.
		const last = new Set(lists.at(-1));
		expect(lists.flat().filter((name) => !last.has(name))).toEqual([]);
		expect(OMNIBOX_POPUP_FEATURES.filter((name) => !last.has(name))).toEqual([]);
	} finally {
		await server.close();
	}
});
