/**
 * The top mark of the priority matrix moved one step of severity with Shift + an arrow key,
 * `moves` times, each until the matrix shows it (its drawing and its focusable mark are one
 * update). The first move after opening the view also pays for compiling its code, so it is
 * recorded apart from the ones after it (the engine keeps optimizing over the first few).
 * `record(name, ms)` keeps each figure; `watch` and `result` are the bench's own.
 */
export async function rerateMarks(page, { moves, record, watch, result }) {
	const mark = page
		.getByRole('group', { name: /^Marks of Priority matrix/ })
		.getByRole('button')
		.first();
	await mark.focus();
	for (let move = 0; move < moves; move++) {
		// The mark in focus: the one moved last, wherever the ranking put it.
		const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
		const from = Number(/Severity (\d)/.exec(label)[1]);
		const to = from > 1 ? from - 1 : from + 1;
		await watch(page, 'markShows', [label.split('. ')[0], `Severity ${to} (`]);
		await page.keyboard.press(to < from ? 'Shift+ArrowDown' : 'Shift+ArrowUp');
		record(
			move === 0
				? 'first re-rate on the priority matrix until it shows'
				: 're-rate on the priority matrix until it shows',
			await result(page)
		);
		// The other charts follow a frame later: let them, as a person would look. The pause
		// varies: a press always the same time after the last can meet the display's frame
		// clock at the same phase each time, and the median then measures that phase (on a
		// quiet page, 22 ms with 300 ms pauses against 10 ms with 600 ms ones).
		await page.waitForTimeout(300 + ((move * 137) % 400));
	}
}
