// `npm run bench`: builds the app, serves it as users get it, generates journeys of 50, 500
// and 5,000 frustrations in headless Chromium and prints medians of what a facilitator
// waits for: opening a map, changing a rating (on the map and on the priority matrix), adding
// a frustration, typing, exporting and importing the journey's file. The same run measures the floors these are held against
// (JSON.parse and stringify of the file, raw IndexedDB reads and writes of its records) and
// prints each figure as a ratio to its floor, then the JavaScript a first page loads. Not part of
// `npm test`: figures on a shared 2-core machine are noisy, so they are printed, compared as
// ratios within one run, and never asserted. BENCH_RUNS sets the runs per figure (default 5),
// BENCH_SIZES a subset (e.g. "50,500"). Then live sessions, on a Touchpoint server of the
// bench's own (the static server has no /live): joining a 5,000-frustration journey, and an edit
// in one browser until another shows it (BENCH_LIVE=0 leaves them out, BENCH_LIVE_EDITS sets
// how many edits). BENCH_SIZES=50000 adds 50,000 frustrations in two shapes, each opt-in (not
// in the default run: it takes minutes): over 2,000 touch points ("50000", which also runs
// every figure above) and on 12 touch points ("50000x12"); BENCH_SIZES=50000 runs both,
// BENCH_SIZES=50000x12 the second alone. For both, `measureFiftyThousand` times a file exported from the journey
// and imported through the UI in a fresh profile until it is listed, the journey opened from
// the list, a rating changed on its map, Priorities opened until every chart is drawn, a
// re-rate on the priority matrix, and the longest task (PerformanceObserver 'longtask') in the
// 2 s after the map shows, after the rating change and after Priorities shows. The cold start
// is also timed with every response of the bench's own static server held back by 50 ms, as
// over a network, and right after a page closed at once after its edits (before they settle,
// so the journey is read from its records, not from the one value kept of it); each run's own
// cold start comes after the journey is kept as one value again, as after a pause in editing.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { fileURLToPath } from 'node:url';
import {
	CHROMIUM,
	CHROMIUM_ARGS,
	ensureChromium,
	ensureDependencies,
	run
} from '../../scripts/ensure.mjs';
import { bundleSizes } from './bundle-sizes.mjs';
import { fiftyThousand } from './fifty-thousand.mjs';
import { rerateMarks } from './matrix-rerate.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4195);
const BASE = `http://127.0.0.1:${PORT}`;
// `key` names a size's column; `fiftyKOnly` runs only measureFiftyThousand's figures.
const SIZES = [
	{ frustrations: 50, touchPoints: 12 },
	{ frustrations: 500, touchPoints: 50 },
	{ frustrations: 5000, touchPoints: 200 },
	{ frustrations: 50000, touchPoints: 2000, optIn: true },
	{ frustrations: 50000, touchPoints: 12, optIn: true, key: '50000x12', fiftyKOnly: true }
]
	.map((s) => ({ ...s, key: s.key ?? String(s.frustrations) }))
	.filter((s) =>
		process.env.BENCH_SIZES
			? process.env.BENCH_SIZES.split(',').some((n) => n === s.key || n === String(s.frustrations))
			: !s.optIn
	);
/** What each response of the static server is held back by, in ms: set for the delayed start. */
let responseDelay = 0;
const DELAY = 50;
const CHECKPOINTS = 24;
const IN_PAGE = readFileSync(fileURLToPath(new URL('./in-page.mjs', import.meta.url)), 'utf8');

ensureDependencies();
ensureChromium();
run('npx', ['vite', 'build', '--logLevel', 'warn']);

// The built app as a static host serves it (every unknown path gets index.html), each response
// held back by `responseDelay`.
const serve = sirv('build', { single: true });
const server = createServer((request, response) => {
	if (responseDelay > 0) setTimeout(() => serve(request, response), responseDelay);
	else serve(request, response);
}).listen(PORT, '127.0.0.1');
const stopServer = () => server.close();
await waitForServer();

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
// Every page comes from the server, as on a first visit: the service worker would otherwise
// serve later loads from its cache, and "load" would stop meaning a cold start.
const CONTEXT = { viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' };

const { firstVisitScripts, returningVisitScripts } = await scriptsOfFirstPage();
// The same first visit by a browser set to Bahasa Indonesia (its words download as the page loads).
const { firstVisitScripts: indonesianScripts } = await scriptsOfFirstPage({ locale: 'id-ID' });
const fileSizes = {};
const figures = {};
const record = (name, size, ms) => ((figures[name] ??= {})[size] ??= []).push(ms);

for (const size of SIZES.filter((s) => !s.fiftyKOnly)) {
	const context = await browser.newContext(CONTEXT);
	// A step that never comes fails with its locator named, instead of waiting forever.
	context.setDefaultTimeout(120_000);
	await context.addInitScript(IN_PAGE);
	const { id, name } = await generate(context, size);
	process.stdout.write(`\n${size.frustrations} frustrations: `);
	// Opened once and kept as one value, as a journey is after its first opening.
	const first = await context.newPage();
	await first.goto(`${BASE}/journeys/${id}`);
	await snapshotKept(first, id);
	await first.close();

	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();

		// A fresh page straight onto the journey: load, start the app, read IndexedDB, draw.
		// The watcher starts with the page (time 0 is the navigation's start).
		await page.addInitScript(
			(touchPoints) => window.__bench.watch('mapDrawn', touchPoints, 0),
			size.touchPoints
		);
		await page.goto(`${BASE}/journeys/${id}`, { waitUntil: 'commit' });
		record('load the app on a journey', size.frustrations, await result(page));
		record(
			'load the app on a journey: first card painted',
			size.frustrations,
			await page.evaluate(() => window.__bench.firstCardAt)
		);

		// The same with every response held back, as over a network: a chain of requests shows.
		const delayed = await context.newPage();
		await delayed.addInitScript(
			(touchPoints) => window.__bench.watch('mapDrawn', touchPoints, 0),
			size.touchPoints
		);
		responseDelay = DELAY;
		await delayed.goto(`${BASE}/journeys/${id}`, { waitUntil: 'commit' });
		const delayedLoad = await result(delayed);
		responseDelay = 0;
		record(`load the app on a journey, ${DELAY} ms per response`, size.frustrations, delayedLoad);
		record(
			`load the app on a journey, ${DELAY} ms per response: first card painted`,
			size.frustrations,
			await delayed.evaluate(() => window.__bench.firstCardAt)
		);
		await delayed.close();

		// From the journey list, as a user opens a map.
		await page.getByRole('link', { name: 'All journeys' }).click();
		await page.getByRole('link', { name }).waitFor();
		await watch(page, 'firstScreenDrawn');
		await page.getByRole('link', { name }).click();
		record('open a journey from the list', size.frustrations, await result(page));
		// A big map adds the cards below its first screen in the frames after it.
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-touch-point]').length === n,
			size.touchPoints
		);

		// Severity of the first frustration, set by a digit key on its control.
		await page.getByRole('button', { name: 'Edit frustration' }).first().click();
		const severity = page.getByRole('radiogroup', { name: /^Severity/ }).first();
		const frequency = page.getByRole('radiogroup', { name: /^Frequency/ }).first();
		const current = Number(await severity.locator('input:checked').getAttribute('value'));
		const next = (current % 5) + 1;
		const score = next * Number(await frequency.locator('input:checked').getAttribute('value'));
		await severity.focus();
		await watch(page, 'editedScoreShows', score);
		await page.keyboard.press(String(next));
		record('change a rating until its score shows', size.frustrations, await result(page));

		// One more character typed into the frustration's text, until the card shows it.
		const text = page.getByRole('textbox', { name: 'Frustration' }).first();
		await text.focus();
		await page.keyboard.press('End');
		const typed = `${await text.inputValue()}x`;
		await watch(page, 'textShows', typed);
		await page.keyboard.press('x');
		record('type a character until the card shows it', size.frustrations, await result(page));
		await page.keyboard.press('Escape');

		// A new frustration: the button, the text, Enter, until it is on the map.
		await page.getByRole('button', { name: 'Add frustration' }).first().click();
		const added = `Benchmark frustration ${i} ${Date.now()}`;
		// The new field has the focus (the open editor has a field of the same name).
		await page.keyboard.insertText(added);
		await watch(page, 'textShows', added);
		await page.keyboard.press('Enter');
		record('add a frustration until it shows', size.frustrations, await result(page));

		// Nine moves of the matrix's top mark (tests/bench/matrix-rerate.mjs).
		await page.getByRole('link', { name: 'Priorities' }).click();
		await rerateMarks(page, {
			moves: 9,
			record: (name, ms) => record(name, size.frustrations, ms),
			watch,
			result
		});

		await page
			.getByRole('status')
			.filter({ hasText: /^\s*Saved\s*$/ })
			.waitFor();

		// Closed at once after its edits, before they settle and the journey is kept as one value
		// again: the next load reads its records (a tab closed mid-workshop). That opening keeps
		// the snapshot once its first screen is drawn, so the next run's load reads one value, as
		// after a pause in editing.
		await page.close();
		const reopened = await context.newPage();
		await reopened.goto(`${BASE}/journeys/${id}`, { waitUntil: 'commit' });
		await reopened.waitForFunction(() => window.__bench.firstCardAt !== undefined);
		record(
			'load the app right after edits closed at once: first card painted',
			size.frustrations,
			await reopened.evaluate(() => window.__bench.firstCardAt)
		);
		await snapshotKept(reopened, id);
		await reopened.close();
		process.stdout.write(`${i + 1} `);
	}

	// The journey as a file: exported from its map, then imported into a fresh profile, with
	// the floors both are held against measured on the same file in the same browser.
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		await page.goto(`${BASE}/journeys/${id}`);
		await page.getByRole('heading', { level: 1, name }).waitFor();
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export JSON' }).click();
		const file = await download;
		record(
			'export the journey as a JSON file',
			size.frustrations,
			await page.evaluate(() => window.__bench.downloadedAt - window.__bench.lastInput)
		);
		const text = readFileSync(await file.path(), 'utf8');
		const floor = await page.evaluate(([t, j]) => window.__bench.floors(t, j), [text, id]);
		record('floor: JSON.parse of the file', size.frustrations, floor.parse);
		record('floor: JSON.stringify of the journey', size.frustrations, floor.stringify);
		record('floor: read its records from IndexedDB', size.frustrations, floor.read);
		record('floor: write its records to IndexedDB', size.frustrations, floor.write);
		fileSizes[size.key] = Buffer.byteLength(text);
		await page.close();

		const fresh = await browser.newContext(CONTEXT);
		await fresh.addInitScript(IN_PAGE);
		const home = await fresh.newPage();
		await home.goto(BASE);
		await home.getByRole('list').getByRole('link').first().waitFor();
		await watch(home, 'linkShows', name);
		const chooser = home.waitForEvent('filechooser');
		await home.getByRole('button', { name: 'Import', exact: true }).click();
		await (
			await chooser
		).setFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		record('import the file until the journey is listed', size.frustrations, await result(home));
		await fresh.close();
		process.stdout.write('f ');
	}

	// The version history with 24 named checkpoints, from the click until every one is listed.
	const history = await context.newPage();
	await history.goto(`${BASE}/journeys/${id}`);
	await history.getByRole('heading', { level: 1, name }).waitFor();
	const openHistory = async () => {
		await history.getByRole('button', { name: 'Share', exact: true }).click();
		await history.getByRole('button', { name: 'Version history' }).click();
		return history.getByRole('dialog', { name: /^Version history/ });
	};
	let dialog = await openHistory();
	// The list, or the word that there is none yet, once read.
	await dialog.locator('ul, p.empty').first().waitFor();
	const listed = dialog.getByRole('list').getByRole('listitem');
	for (let n = (await listed.count()) + 1; n <= CHECKPOINTS; n++) {
		await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill(`Checkpoint ${n}`);
		await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
		await listed.nth(n - 1).waitFor();
	}
	const versions = await listed.count();
	await dialog.getByRole('button', { name: 'Close' }).click();
	for (let i = 0; i < RUNS; i++) {
		await history.getByRole('button', { name: 'Share', exact: true }).click();
		// As a person reaches for the item: the menu's opening (it lays out the journey's file
		// for an export) is not part of this figure.
		await history.waitForTimeout(300);
		await watch(history, 'versionsShow', versions);
		await history.getByRole('button', { name: 'Version history' }).click();
		record(
			`open the version history (${CHECKPOINTS} checkpoints)`,
			size.frustrations,
			await result(history)
		);
		dialog = history.getByRole('dialog', { name: /^Version history/ });
		await dialog.getByRole('button', { name: 'Close' }).click();
	}
	await history.close();
	process.stdout.write('h ');
	await context.close();
}
const { measureFiftyThousand, printFiftyThousandAims } = fiftyThousand({
	browser,
	CONTEXT,
	IN_PAGE,
	BASE,
	RUNS,
	record,
	fileSizes,
	generate,
	watch,
	result
});
for (const size of SIZES.filter((s) => s.frustrations === 50000)) {
	await measureFiftyThousand(size);
}
const liveFigures = process.env.BENCH_LIVE === '0' ? undefined : await measureLive();
await browser.close();
stopServer();

printTable();
printAims();
if (liveFigures) printLive(liveFigures);
const sizes = bundleSizes('build', firstVisitScripts);
const returning = bundleSizes('build', returningVisitScripts);
const indonesian = bundleSizes('build', indonesianScripts);
console.log(
	`  ${sizes.firstPage.gzip <= 90_000 ? 'met    ' : 'not met'}  first-visit JavaScript: ${kB(sizes.firstPage.gzip)} gzip (aim ≤ 90 kB)`
);
console.log(
	`  ${indonesian.firstPage.gzip <= 90_000 ? 'met    ' : 'not met'}  first-visit JavaScript in Bahasa Indonesia: ${kB(indonesian.firstPage.gzip)} gzip (aim ≤ 90 kB)`
);
console.log(
	`\nJavaScript: first visit (creates the example) ${kB(sizes.firstPage.raw)} raw, ${kB(sizes.firstPage.gzip)} gzip;` +
		` a later visit ${kB(returning.firstPage.raw)} raw, ${kB(returning.firstPage.gzip)} gzip;` +
		` all pages ${kB(sizes.all.raw)} raw, ${kB(sizes.all.gzip)} gzip`
);
process.exit(0);

/** Each figure against its floor, and the issue's aims, for the sizes measured. */
function printAims() {
	const at = (name, n) => (figures[name]?.[n] ? median(figures[name][n]) : undefined);
	console.log('\nAgainst the floor (same file, same browser, same run):');
	for (const s of SIZES) {
		const n = s.key;
		const ratio = (app, floor) =>
			app !== undefined && floor ? (app / floor).toFixed(1) + '×' : '–';
		const importFloor =
			at('floor: JSON.parse of the file', n) + at('floor: write its records to IndexedDB', n);
		console.log(
			`  ${n} frustrations (${(fileSizes[n] / 1e6).toFixed(2)} MB file):` +
				` import ${ratio(at('import the file until the journey is listed', n), importFloor)} (parse + write),` +
				` open ${ratio(at('open a journey from the list', n), at('floor: read its records from IndexedDB', n))} (read),` +
				` export ${ratio(at('export the journey as a JSON file', n), at('floor: JSON.stringify of the journey', n))} (stringify)`
		);
	}
	// The aims of issue 23, each with the figure and its floor in this run.
	const ms = (v) => (v === undefined ? '–' : `${v.toFixed(0)} ms`);
	const aim = (label, value, limit, floor) =>
		value !== undefined &&
		console.log(
			`  ${value <= limit ? 'met    ' : 'not met'}  ${label}: ${ms(value)} (aim ≤ ${limit} ms${floor ? `; floor ${floor}` : ''})`
		);
	console.log('\nAims:');
	const cold = 'load the app on a journey: first card painted';
	const delayed = `load the app on a journey, ${DELAY} ms per response: first card painted`;
	aim('cold start at 50, first card painted', at(cold, 50), 150);
	aim('cold start at 5,000, first card painted', at(cold, 5000), 250);
	aim(`cold start at 50, ${DELAY} ms per response, first card painted`, at(delayed, 50), 350);
	const read = at('floor: read its records from IndexedDB', 5000);
	aim(
		'open at 5,000 from the list',
		at('open a journey from the list', 5000),
		60,
		read && `read its records ${ms(read)}`
	);
	const stringify = at('floor: JSON.stringify of the journey', 5000);
	if (stringify) {
		aim(
			'export at 5,000',
			at('export the journey as a JSON file', 5000),
			Math.round(3 * stringify),
			`stringify ${ms(stringify)}, aim 3×`
		);
	}
	aim(
		`version history at 5,000 (${CHECKPOINTS} checkpoints)`,
		at(`open the version history (${CHECKPOINTS} checkpoints)`, 5000),
		50
	);
	printFiftyThousandAims(
		SIZES.filter((s) => s.frustrations === 50000),
		at,
		aim,
		ms
	);
}

/**
 * The scripts the journey list loads until it shows: on a first visit (which also creates the
 * example map) and on a later one. Read from the page's resource timings, which list files
 * served from the cache too.
 */
async function scriptsOfFirstPage(options = {}) {
	const context = await browser.newContext({ ...CONTEXT, ...options });
	const scripts = async () => {
		const page = await context.newPage();
		await page.goto(BASE);
		await page.getByRole('list').getByRole('link').first().waitFor();
		const paths = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => path.endsWith('.js'))
		);
		await page.close();
		return [...new Set(paths)];
	};
	const firstVisitScripts = await scripts();
	const returningVisitScripts = await scripts();
	await context.close();
	return { firstVisitScripts, returningVisitScripts };
}

/** Waits until the app keeps the journey as one value (its snapshot), a minute at most. */
async function snapshotKept(page, journeyId) {
	await page.waitForFunction((id) => window.__bench.snapshotKept(id), journeyId, {
		timeout: 60_000,
		polling: 100
	});
}

async function generate(context, { frustrations, touchPoints }, base = BASE) {
	const page = await context.newPage();
	// No workshop participants: the map's own ratings set each score, so a rating edit shows.
	await page.goto(
		`${base}/dev/generate?frustrations=${frustrations}&touchPoints=${touchPoints}&participants=0`
	);
	const link = page.getByRole('status').getByRole('link');
	await link.waitFor({ timeout: 120_000 });
	const href = await link.getAttribute('href');
	const name = (await link.textContent()).trim();
	await page.close();
	return { id: href.split('/').pop(), name };
}

/**
 * Live sessions at 5,000 frustrations, on `npm start`'s server (src/server/main.js) serving this
 * build on a free loopback port: the owner starts a session on a generated journey; a new
 * browser (its own IndexedDB) opens the editor link, gives a name and joins, timed from the
 * click on Join until its map shows every touch point (RUNS times, a new browser each); then
 * edits of a rating, alternately in the editor's browser and the owner's, each timed from the
 * key press in one page until the other paints the new score. The pages share the machine's
 * clock (performance.timeOrigin + performance.now()), so the two ends are comparable.
 */
async function measureLive() {
	const size = { frustrations: 5000, touchPoints: 200 };
	const edits = Number(process.env.BENCH_LIVE_EDITS ?? 30);
	const { startServer } = await import('../../src/server/main.js');
	const live = await startServer({ host: '127.0.0.1', port: 0, buildDir: 'build', log: () => {} });
	const base = `http://127.0.0.1:${live.port}`;
	const newContext = async () => {
		const context = await browser.newContext(CONTEXT);
		context.setDefaultTimeout(120_000);
		await context.addInitScript(IN_PAGE);
		return context;
	};
	process.stdout.write(`\nlive, ${size.frustrations} frustrations: `);
	const owner = await newContext();
	const { id, name } = await generate(owner, size, base);
	const ownerPage = await owner.newPage();
	await ownerPage.goto(`${base}/journeys/${id}`);
	await ownerPage.getByRole('heading', { level: 1, name }).waitFor();
	await ownerPage.getByRole('button', { name: 'Share', exact: true }).click();
	await ownerPage.getByRole('button', { name: 'Start live session' }).click();
	const dialog = ownerPage.getByRole('dialog', { name: 'Live session' });
	const editorLink = dialog.getByRole('textbox', { name: 'Editor link' });
	let link = '';
	// The link is filled in once the server has answered.
	for (let tries = 0; !link.includes('role=editor') && tries < 600; tries++) {
		link = await editorLink.inputValue();
		if (!link.includes('role=editor')) await ownerPage.waitForTimeout(100);
	}
	if (!link.includes('role=editor'))
		throw new Error('the Live session dialog showed no editor link');
	await dialog.getByRole('button', { name: 'Close' }).click();

	const joins = [];
	let editor;
	for (let i = 0; i < RUNS; i++) {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(link);
		await page.getByRole('textbox', { name: 'Your name' }).fill(`Editor ${i + 1}`);
		// The join page goes to the journey's map in the same document: the watch carries on.
		await watch(page, 'mapDrawn', size.touchPoints);
		await page.getByRole('button', { name: 'Join' }).click();
		joins.push(await result(page));
		await page.getByRole('button', { name: 'People here' }).waitFor();
		process.stdout.write(`j${i + 1} `);
		// The last one stays, for the edits.
		if (i < RUNS - 1) await context.close();
		else editor = page;
	}

	// Both have the first frustration's editor open; each edit moves its severity one step.
	const sides = [editor, ownerPage];
	for (const page of sides) {
		await page.getByRole('button', { name: 'Edit frustration' }).first().click();
	}
	const text = await editor.getByRole('textbox', { name: 'Frustration' }).first().inputValue();
	const latencies = [];
	for (let i = 0; i < edits; i++) {
		const [from, to] = i % 2 === 0 ? sides : [...sides].reverse();
		const severity = from.getByRole('radiogroup', { name: /^Severity/ }).first();
		const frequency = from.getByRole('radiogroup', { name: /^Frequency/ }).first();
		const current = Number(await severity.locator('input:checked').getAttribute('value'));
		const next = (current % 5) + 1;
		const score = next * Number(await frequency.locator('input:checked').getAttribute('value'));
		await severity.focus();
		await watch(to, 'scoreShows', [text, score]);
		await from.keyboard.press(String(next));
		await result(to);
		const shownAt = await to.evaluate(() => window.__bench.shownAt);
		const pressedAt = await from.evaluate(() => performance.timeOrigin + window.__bench.lastInput);
		latencies.push(shownAt - pressedAt);
		// Pauses of varying length, so the presses do not meet the frame clock at one phase.
		await from.waitForTimeout(150 + ((i * 137) % 300));
	}
	process.stdout.write('e ');
	await owner.close();
	await editor.context().close();
	await live.close();
	return { joins, latencies };
}

function printLive({ joins, latencies }) {
	const sorted = [...latencies].sort((a, b) => a - b);
	const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
	const ms = (v) => `${v.toFixed(0)} ms`;
	const slowest = latencies
		.map((v, i) => [v, i])
		.sort(([a], [b]) => b - a)
		.slice(0, 3)
		.map(([v, i]) => `${ms(v)} at edit ${i + 1}`)
		.join(', ');
	console.log("\nLive sessions (5,000 frustrations, loopback, `npm start`'s server):");
	console.log(
		`  join from the editor link until the map shows: median ${ms(median(joins))} of ${joins.length} (aim ≤ 1,500 ms; each: ${joins.map(ms).join(', ')})`
	);
	console.log(
		`  a rating edit in one browser until the other shows it: median ${ms(median(latencies))} (aim ≤ 100 ms), p95 ${ms(p95)} (aim ≤ 250 ms), over ${latencies.length} edits (slowest: ${slowest})`
	);
	console.log('  server memory per room and a 50-client load test: npm run bench:live');
}

function watch(page, condition, argument, from) {
	return page.evaluate(([c, a, f]) => window.__bench.watch(c, a, f), [condition, argument, from]);
}

function result(page) {
	return page.evaluate(() => window.__bench.result());
}

async function waitForServer() {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the app did not start at ${BASE}`);
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function kB(bytes) {
	return `${(bytes / 1000).toFixed(1)} kB`;
}

function printTable() {
	const header = [
		'median of ' + RUNS + ' runs (ms)',
		...SIZES.map((s) => s.key.replace(/^\d+/, (n) => Number(n).toLocaleString('en')))
	];
	const rows = Object.entries(figures).map(([name, bySize]) => [
		name,
		...SIZES.map((s) => {
			const values = bySize[s.key];
			if (!values) return '–';
			const m = median(values);
			return m < 10 ? m.toFixed(1) : m.toFixed(0);
		})
	]);
	const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
	const line = (cells) =>
		'| ' +
		cells.map((cell, c) => (c ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(' | ') +
		' |';
	console.log('\n\n' + line(header));
	console.log(
		'|' + widths.map((w, c) => (c ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|'
	);
	for (const row of rows) console.log(line(row));
}
