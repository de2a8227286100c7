// A plain script (read as text), installed in every benchmark page before the app loads (Playwright's addInitScript), so
// timings are taken inside the page, in its own clock, without the test driver's latency.
//
// "Until painted" is measured as input handling, DOM update and the next frame: from the
// input event's own timeStamp (or a mark set just before an action) to a task queued from
// the requestAnimationFrame callback that follows the DOM change, which runs after that
// frame has been produced.
(() => {
	/** What the benchmark waits for, by name: plain functions, so no eval is needed in the page. */
	const conditions = {
		mapDrawn: (touchPoints) =>
			document.querySelectorAll('[data-touch-point]').length === touchPoints,
		// The frustration whose editor is open shows this score.
		editedScoreShows: (score) =>
			document
				.querySelector('[aria-label="Edit frustration"][aria-expanded="true"]')
				?.closest('li')
				?.querySelector('.score')
				?.textContent.trim() === String(score),
		textShows: (text) => [...document.querySelectorAll('li p')].some((p) => p.textContent === text)
	};
	const bench = {
		lastInput: 0,
		pending: undefined,
		/** Starts watching for `condition`; `result()` gives ms from the input to that paint. */
		watch(name, argument, from) {
			const condition = () => conditions[name](argument);
			bench.pending = new Promise((resolve) => {
				const check = () => {
					if (!condition()) return false;
					observer.disconnect();
					requestAnimationFrame(() =>
						setTimeout(() => resolve(performance.now() - (from ?? bench.lastInput)))
					);
					return true;
				};
				const observer = new MutationObserver(check);
				observer.observe(document, {
					subtree: true,
					childList: true,
					characterData: true,
					attributes: true
				});
			});
		},
		result() {
			return bench.pending;
		}
	};
	addEventListener('keydown', (event) => (bench.lastInput = event.timeStamp), true);
	addEventListener('click', (event) => (bench.lastInput = event.timeStamp), true);
	window.__bench = bench;
})();
