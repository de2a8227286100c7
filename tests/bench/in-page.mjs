// A plain script (read as text), installed in every benchmark page before the app loads (Playwright's addInitScript), so
// timings are taken inside the page, in its own clock, without the test driver's latency.
//
// "Until painted" is measured as input handling, DOM update and the next frame: from the
// input event's own timeStamp (or a mark set just before an action) to a task queued from
// the requestAnimationFrame callback of the first frame that shows the change, which runs
// once that frame has been produced. That callback is asked for as the input arrives,
// before the app's own handlers run: a task the app queues from a frame callback of its own
// (work it puts off until the edit is painted) then comes after the measurement, not
// inside it, as it would if the frame were asked for only once the change was seen.
(() => {
	/** What the benchmark waits for, by name: plain functions, so no eval is needed in the page. */
	const conditions = {
		mapDrawn: (touchPoints) =>
			document.querySelectorAll('[data-touch-point]').length === touchPoints,
		// The map's first screen: every column drawn past the bottom of the window (or whole, once
		// the map is no longer busy adding cards), no card in sight still waiting for its list.
		firstScreenDrawn: () => {
			const map = document.querySelector('[data-touch-point]')?.closest('[aria-busy]');
			if (!map) return false;
			const inSight = (element) => element.getBoundingClientRect().top < innerHeight;
			if ([...map.querySelectorAll('.pending')].some(inSight)) return false;
			return (
				map.getAttribute('aria-busy') !== 'true' ||
				[...map.querySelectorAll('section')].every((column) => {
					const cards = column.querySelectorAll('li[data-touch-point]');
					return cards.length === 0 || !inSight(cards[cards.length - 1]);
				})
			);
		},
		// The frustration whose editor is open shows this score.
		editedScoreShows: (score) =>
			document
				.querySelector('[aria-label="Edit frustration"][aria-expanded="true"]')
				?.closest('li')
				?.querySelector('.score')
				?.textContent.trim() === String(score),
		// A mark of the priority matrix, known by its text, reads the new rating.
		markShows: ([text, rating]) =>
			[
				...document.querySelectorAll('[aria-label^="Marks of Priority matrix"] [role="button"]')
			].some((mark) => {
				const label = mark.getAttribute('aria-label');
				return label.startsWith(text) && label.includes(rating);
			}),
		textShows: (text) => [...document.querySelectorAll('li p')].some((p) => p.textContent === text),
		// The frustration of this text (the generator's are unique) shows this score.
		scoreShows: ([text, score]) =>
			[...document.querySelectorAll('li p')].some(
				(p) =>
					p.textContent === text &&
					p.closest('li')?.querySelector('.score')?.textContent.trim() === String(score)
			),
		// The version history lists this many versions.
		versionsShow: (count) => document.querySelectorAll('dialog[open] ul > li').length === count,
		// The journey list links to a journey of this name.
		linkShows: (name) =>
			[...document.querySelectorAll('a')].some((a) => a.textContent.includes(name)),
		// Priorities with every chart drawn (a picture, or the word that it is empty) and the
		// matrix's marks ready for the keyboard.
		prioritiesDrawn: () => {
			const charts = [...document.querySelectorAll('section.chart')];
			return (
				charts.length >= 5 &&
				charts.every((chart) => chart.querySelector('svg[role="img"], p.empty')) &&
				!!document.querySelector('[aria-label^="Marks of Priority matrix"] [role="button"]')
			);
		}
	};
	/** Tasks of 50 ms or more, as the browser reports them, from the page's start. */
	const longTasks = [];
	try {
		new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
			type: 'longtask',
			buffered: true
		});
	} catch {
		/* a browser without long-task timing: none are reported */
	}
	/** The watch under way: what it waits for, and a frame callback to ask for (once). */
	let watching;
	const bench = {
		lastInput: 0,
		/** When the last watch's condition was painted, as performance.timeOrigin + performance.now(). */
		shownAt: 0,
		pending: undefined,
		/** Starts watching for `condition`; `result()` gives ms from the input to that paint. */
		watch(name, argument, from) {
			const condition = () => conditions[name](argument);
			// Already shown, it would time the frame after the next key press, not the change.
			if (document.documentElement && condition()) {
				bench.pending = Promise.reject(new Error(`${name}(${argument}) shows before the input`));
				return;
			}
			bench.pending = new Promise((resolve, reject) => {
				let seen = false;
				let asked = false;
				// A condition that never comes fails the run, naming it, instead of hanging it.
				const timeout = setTimeout(() => {
					observer.disconnect();
					watching = undefined;
					reject(new Error(`the benchmark waited a minute for ${name}(${argument})`));
				}, 60_000);
				// Each frame until one shows the condition; then the task after that frame.
				const frame = () => {
					asked = false;
					if (!seen && !condition()) return;
					clearTimeout(timeout);
					observer.disconnect();
					watching = undefined;
					setTimeout(() => {
						// On the clock all pages of this machine share: for an edit made in another page.
						bench.shownAt = performance.timeOrigin + performance.now();
						bench.shownNow = performance.now();
						resolve(performance.now() - (from ?? bench.lastInput));
					});
				};
				const ask = () => {
					if (asked || !watching) return;
					asked = true;
					requestAnimationFrame(frame);
				};
				// Changes made outside an input (a page loading, a database read) ask for the
				// frame when they are seen.
				const observer = new MutationObserver(() => {
					seen ||= condition();
					if (seen) ask();
				});
				observer.observe(document, {
					subtree: true,
					childList: true,
					characterData: true,
					attributes: true
				});
				watching = { ask };
			});
		},
		result() {
			return bench.pending;
		},
		/** When the last watched condition was painted, in this page's clock. */
		shownNow: 0,
		/** The longest task (ms) that started at or after `since`; 0 when none took 50 ms. */
		longestTaskSince(since) {
			return Math.max(0, ...longTasks.filter((t) => t.startTime >= since).map((t) => t.duration));
		},
		/**
		 * When the first touch point card of a map was painted, from the navigation's start: the
		 * task after the first frame that shows one (as a watch's result is taken).
		 */
		firstCardAt: undefined,
		/** When the app last handed a file to the browser to download (export). */
		downloadedAt: 0,
		/** Whether the app keeps the journey as one value now (its snapshot row has text). */
		async snapshotKept(journeyId) {
			const db = await new Promise((resolve, reject) => {
				const request = indexedDB.open('touchpoint');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			try {
				const row = await new Promise((resolve, reject) => {
					const request = db
						.transaction('journeySnapshots')
						.objectStore('journeySnapshots')
						.get(journeyId);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				return typeof row?.text === 'string';
			} finally {
				db.close();
			}
		},
		/**
		 * The floor under import, export and opening, measured with no app code in the way:
		 * `JSON.parse` and `JSON.stringify` of the file's document, reading the journey's
		 * records from the app's database by index, and writing the same records in one
		 * transaction into a scratch database of the same layout.
		 */
		async floors(text, journeyId) {
			const done = (request) =>
				new Promise((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			let t = performance.now();
			const file = JSON.parse(text);
			const parse = performance.now() - t;
			t = performance.now();
			JSON.stringify(file.document ?? file);
			const stringify = performance.now() - t;

			const app = await done(indexedDB.open('touchpoint'));
			// The journey's records: not settings, versions, its snapshot or a live session's state.
			const stores = [...app.objectStoreNames].filter(
				(n) =>
					![
						'settings',
						'snapshots',
						'snapshotSummaries',
						'journeySnapshots',
						'liveSessions'
					].includes(n)
			);
			t = performance.now();
			let tx = app.transaction(stores);
			const records = await Promise.all(
				stores.map((name) =>
					name === 'journeys'
						? done(tx.objectStore(name).getAll(journeyId))
						: done(tx.objectStore(name).index('journeyId').getAll(journeyId))
				)
			);
			const read = performance.now() - t;
			app.close();

			const scratchName = `bench-floor-${Math.random()}`;
			const open = indexedDB.open(scratchName, 1);
			open.onupgradeneeded = () => {
				for (const name of stores) {
					const store = open.result.createObjectStore(name, { keyPath: 'id' });
					if (name !== 'journeys') store.createIndex('journeyId', 'journeyId');
				}
			};
			const scratch = await done(open);
			t = performance.now();
			tx = scratch.transaction(stores, 'readwrite');
			stores.forEach((name, i) => records[i].forEach((r) => tx.objectStore(name).put(r)));
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			const write = performance.now() - t;
			scratch.close();
			await done(indexedDB.deleteDatabase(scratchName));
			return { parse, stringify, read, write, records: records.flat().length };
		}
	};
	// An export ends when the app clicks its download link: the browser takes it from there.
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function () {
		if (this.hasAttribute('download')) bench.downloadedAt = performance.now();
		return click.call(this);
	};
	// An input: its time, and the next frame asked for before any handler of the app runs.
	const input = (event) => {
		bench.lastInput = event.timeStamp;
		watching?.ask();
	};
	addEventListener('keydown', input, true);
	// Only a person's clicks: the app's own click on a download link is not an input.
	addEventListener('click', (event) => event.isTrusted && input(event), true);
	// A file chosen for import.
	addEventListener('change', (event) => event.target.type === 'file' && input(event), true);
	// Each frame from the page's start until one shows a touch point card (a minute at most).
	const firstCard = () => {
		if (performance.now() > 60_000) return;
		if (!document.querySelector('[data-touch-point]')) return requestAnimationFrame(firstCard);
		setTimeout(() => (bench.firstCardAt = performance.now()));
	};
	requestAnimationFrame(firstCard);
	window.__bench = bench;
})();
