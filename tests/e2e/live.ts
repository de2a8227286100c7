/**
 * Live sessions in e2e: a Touchpoint server of the test's own (`npm start -- --no-build`, on a
 * port of its own: the suite's server is a static host), and the steps of starting and joining.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { freePort } from '../support/net';
import { expect, type test as guarded } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Touchpoint {
	url: string;
	/** Ends the server at once, as a crash would. */
	kill(): Promise<void>;
}

/**
 * Starts `node scripts/start.mjs --no-build` on `port`, in a process group of its own; with
 * `redisUrl`, sharing its rooms with other instances through that Redis.
 */
export async function startTouchpoint(port: number, redisUrl?: string): Promise<Touchpoint> {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
	delete env.HOST;
	delete env.REDIS_URL;
	if (redisUrl) env.REDIS_URL = redisUrl;
	const app = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
		cwd: root,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	app.stdout.on('data', (chunk) => (output += chunk));
	app.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}/`;
	await expect.poll(() => output, { timeout: 20_000 }).toContain(`Touchpoint is running at`);
	let killed = false;
	return {
		url,
		async kill() {
			if (killed) return;
			killed = true;
			try {
				process.kill(-app.pid!, 'SIGKILL');
			} catch {
				// Already gone.
			}
			await exited;
		}
	};
}

export { freePort };

/**
 * The guarded test of fixtures.ts with a Touchpoint server on `livePort` (a free one unless the
 * test says), whose origin counts as the app's.
 */
export const withTouchpoint = (base: typeof guarded) =>
	base.extend<{ livePort: number; touchpoint: Touchpoint }>({
		livePort: [
			// eslint-disable-next-line no-empty-pattern
			async ({}, use) => use(await freePort()),
			{ option: true }
		],
		appOrigins: async ({ appOrigins, livePort }, use) => {
			await use([...appOrigins, `http://127.0.0.1:${livePort}`]);
		},
		touchpoint: async ({ livePort }, use) => {
			const server = await startTouchpoint(livePort);
			await use(server);
			await server.kill();
		}
	});

export { expect };

/** A blank journey with one stage and one touch point, open on its map. */
export async function smallJourney(page: Page, url: string, name: string) {
	await page.goto(url);
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank' });
	await page.getByRole('button', { name: 'Create' }).click();
	await page.getByRole('button', { name: 'Add stage' }).click();
	await page.getByRole('textbox', { name: 'Stage name' }).fill('Purchase');
	await page.getByRole('textbox', { name: 'Stage name' }).press('Enter');
	await page.getByRole('textbox', { name: 'Stage name' }).press('Escape');
	const stage = page.getByRole('region', { name: 'Purchase' });
	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await stage.getByRole('textbox', { name: 'Touch point name' }).fill('Order placement');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Enter');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Escape');
	await expect(page.getByRole('article', { name: 'Order placement' })).toBeVisible();
}

/** Share → Start live session; returns the two links and closes the dialog. */
export async function startSession(page: Page) {
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('button', { name: 'Start live session' }).click();
	const dialog = page.getByRole('dialog', { name: 'Live session' });
	const editorLink = dialog.getByRole('textbox', { name: 'Editor link' });
	await expect(editorLink).toHaveValue(/\/join#room=[0-9a-f]{32}&role=editor&key=/);
	const links = {
		editor: await editorLink.inputValue(),
		participant: await dialog.getByRole('textbox', { name: 'Participant link' }).inputValue()
	};
	await dialog.getByRole('button', { name: 'Close' }).click();
	return links;
}

/**
 * `smallJourney` with these frustrations on its touch point, in a live session started on
 * `page`; returns the session's links.
 */
export async function liveJourney(
	page: Page,
	url: string,
	name: string,
	frustrations: string[] = []
) {
	await smallJourney(page, url, name);
	if (frustrations.length > 0) await addFrustrations(page, 'Order placement', frustrations);
	return startSession(page);
}

/** Share → Live session, on a page already in a session; returns the dialog. */
export async function openLiveSession(page: Page) {
	await page.getByRole('button', { name: 'Share' }).click();
	await page.getByRole('button', { name: 'Live session' }).click();
	return page.getByRole('dialog', { name: 'Live session' });
}

export interface Person {
	context: BrowserContext;
	page: Page;
}

/** A new browser (its own IndexedDB) that opens `link`, gives `name` and asks to join. */
export async function askToJoin(browser: Browser, link: string, name: string): Promise<Person> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	return { context, page };
}

/** `askToJoin`, let in: People here shows. */
export async function join(browser: Browser, link: string, name: string) {
	const person = await askToJoin(browser, link, name);
	await expect(person.page.getByRole('button', { name: 'People here' })).toBeVisible();
	return person;
}

/** Cuts a person's network; their status says their edits are kept. */
export async function goOffline({ context, page }: Person) {
	await context.setOffline(true);
	await expect(liveStatus(page)).toHaveText('Offline — edits kept');
}

/** Gives a person's network back; their status says they are live with `people` again. */
export async function comeOnline({ context, page }: Person, people = 'Live · 2 people') {
	await context.setOffline(false);
	// Back online, the app asks the server again at once; on a loaded machine the handshake and
	// the catch-up sync took longer than an assertion's usual 5 s (a CI run saw "Reconnecting…"
	// there). What is checked is that it comes back, not how fast.
	await expect(liveStatus(page)).toHaveText(people, { timeout: 20_000 });
}

/** The status beside Undo. */
export const liveStatus = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /Live ·|Reconnecting…|Offline — edits kept|Connecting…/ });

export const touchPoint = (page: Page, name: string) => page.getByRole('article', { name });
export const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

/** Adds frustrations to a touch point card through its add field. */
export async function addFrustrations(page: Page, card: string, texts: string[]) {
	const article = touchPoint(page, card);
	await article.getByRole('button', { name: 'Add frustration' }).click();
	const field = article.getByRole('textbox', { name: 'Frustration' });
	for (const text of texts) {
		await field.fill(text);
		await field.press('Enter');
	}
	await field.press('Escape');
}
