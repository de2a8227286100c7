// The bench's figures for 50,000 frustrations (issue 23), in both shapes: over 2,000 touch
// points and on 12. Each run starts from a fresh profile, as a person given the file would:
// the journey's file (exported once from the generated journey, through the UI) imported
// through the UI until the list shows it; the journey opened from the list until its map is
// drawn; a rating changed on the map (five times); Priorities opened until every chart is drawn; a re-rate
// on the priority matrix; and, after the map shows, after the rating change and after
// Priorities shows, the longest task in the 2 s that follow (what a person waits for when they
// start to scroll or type there).
// "Within a frame" is the bench's own measure of an edit: from the input's timestamp to the
// task after the first frame that shows it, so an edit drawn in the frame after the key press
// reads at most one frame interval (16.7 ms at 60 Hz) plus that frame's own drawing.
import { rerateMarks } from './matrix-rerate.mjs';

const QUIET = 2000;
const FRAME = 16.7;
/** Rating changes timed in each run (the re-rates on the matrix are five a run too). */
const RATINGS_PER_RUN = 5;

/** Until the page says every edit is stored. */
const saved = (page) =>
	page
		.getByRole('status')
		.filter({ hasText: /^\s*Saved\s*$/ })
		.waitFor();

export function fiftyThousand(bench) {
	const { browser, CONTEXT, IN_PAGE, BASE, RUNS, record, fileSizes, generate, watch, result } =
		bench;
	const newContext = async () => {
		const context = await browser.newContext(CONTEXT);
		context.setDefaultTimeout(300_000);
		await context.addInitScript(IN_PAGE);
		return context;
	};
	/** The longest task that started after the last watched change showed, once QUIET has passed. */
	const longestTaskAfterShown = async (page) => {
		await page.waitForTimeout(QUIET);
		return page.evaluate(() => window.__bench.longestTaskSince(window.__bench.shownNow));
	};

	/** The journey's file, as Export JSON gives it, and its name. */
	async function exportedFile(size) {
		const context = await newContext();
		const { id, name } = await generate(context, size);
		const page = await context.newPage();
		await page.goto(`${BASE}/journeys/${id}`);
		await page.getByRole('heading', { level: 1, name }).waitFor();
		await page.getByRole('button', { name: 'Share', exact: true }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export JSON' }).click();
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(await (await download).path(), 'utf8');
		await context.close();
		return { id, name, text };
	}

	async function measureFiftyThousand(size) {
		const n = size.key;
		process.stdout.write(`\n${n} (${size.touchPoints} touch points), from its file: `);
		const { id, name, text } = await exportedFile(size);
		fileSizes[n] = Buffer.byteLength(text);
		for (let i = 0; i < RUNS; i++) {
			const context = await newContext();
			const page = await context.newPage();
			await page.goto(BASE);
			await page.getByRole('list').getByRole('link').first().waitFor();

			// Import: from the file chosen until the list links to the journey.
			await watch(page, 'linkShows', name);
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('button', { name: 'Import', exact: true }).click();
			await (
				await chooser
			).setFiles({ name: 'journey.json', mimeType: 'application/json', buffer: Buffer.from(text) });
			record('import the file until the journey is listed', n, await result(page));
			const floor = await page.evaluate(([t, j]) => window.__bench.floors(t, j), [text, id]);
			record('floor: JSON.parse of the file', n, floor.parse);
			record('floor: write its records to IndexedDB', n, floor.write);
			record('floor: read its records from IndexedDB', n, floor.read);

			// Open from the list until its first screen is drawn, as in the main loop (one row, one
			// meaning); then the rest of the map, before the figures that follow.
			await watch(page, 'firstScreenDrawn');
			await page.getByRole('link', { name }).click();
			record('open a journey from the list', n, await result(page));
			await page.waitForFunction(
				(count) => document.querySelectorAll('[data-touch-point]').length === count,
				size.touchPoints
			);
			record('longest task in the 2 s after the map shows', n, await longestTaskAfterShown(page));

			// A severity digit on the first frustration's open editor, until its score shows; a few
			// times, each once the last is stored: when a key press lands within the display's frame
			// interval is chance, and one press a run made the median of three a coin toss.
			await page.getByRole('button', { name: 'Edit frustration' }).first().click();
			const severity = page.getByRole('radiogroup', { name: /^Severity/ }).first();
			const frequency = page.getByRole('radiogroup', { name: /^Frequency/ }).first();
			for (let press = 0; press < RATINGS_PER_RUN; press++) {
				if (press > 0) await saved(page);
				const current = Number(await severity.locator('input:checked').getAttribute('value'));
				const next = (current % 5) + 1;
				const frequencyNow = await frequency.locator('input:checked').getAttribute('value');
				const score = next * Number(frequencyNow);
				await severity.focus();
				await watch(page, 'editedScoreShows', score);
				await page.keyboard.press(String(next));
				record('change a rating until its score shows', n, await result(page));
			}
			// What the edit sets going once shown (its save, the version history's first
			// checkpoint): timed here, so Priorities' figures below are its own.
			record(
				'longest task in the 2 s after a rating change on the map',
				n,
				await longestTaskAfterShown(page)
			);
			await saved(page);
			await page.keyboard.press('Escape');

			// Priorities, from the click on its link until every chart is drawn.
			await watch(page, 'prioritiesDrawn');
			await page.getByRole('link', { name: 'Priorities' }).click();
			record('open Priorities until its charts are drawn', n, await result(page));
			record(
				'longest task in the 2 s after Priorities shows',
				n,
				await longestTaskAfterShown(page)
			);

			// Five moves of the matrix's top mark, as in the main loop.
			await rerateMarks(page, {
				moves: 5,
				record: (name, ms) => record(name, n, ms),
				watch,
				result
			});
			await saved(page);
			await context.close();
			process.stdout.write(`${i + 1} `);
		}
	}

	/** The aims at 50,000, each beside its floor, for the shapes measured. */
	function printFiftyThousandAims(sizes, at, aim, ms) {
		for (const { key: n, touchPoints } of sizes) {
			const shape = `at 50,000 on ${touchPoints.toLocaleString('en')} touch points`;
			const parse = at('floor: JSON.parse of the file', n);
			const write = at('floor: write its records to IndexedDB', n);
			aim(
				`import ${shape}`,
				at('import the file until the journey is listed', n),
				2500,
				parse !== undefined && `parse + write ${ms(parse + write)}`
			);
			aim(
				`open ${shape}`,
				at('open a journey from the list', n),
				500,
				`read ${ms(at('floor: read its records from IndexedDB', n))}`
			);
			aim(`Priorities ${shape}`, at('open Priorities until its charts are drawn', n), 1000);
			aim(
				`longest task after the map shows, ${shape}`,
				at('longest task in the 2 s after the map shows', n),
				200
			);
			aim(
				`longest task after a rating change on the map, ${shape}`,
				at('longest task in the 2 s after a rating change on the map', n),
				200
			);
			aim(
				`longest task after Priorities shows, ${shape}`,
				at('longest task in the 2 s after Priorities shows', n),
				200
			);
			aim(
				`a rating change on the map ${shape}, within a frame`,
				at('change a rating until its score shows', n),
				FRAME
			);
			aim(
				`a re-rate on the priority matrix ${shape}, within a frame`,
				at('re-rate on the priority matrix until it shows', n),
				FRAME
			);
		}
	}

	return { measureFiftyThousand, printFiftyThousandAims };
}
