/**
 * Chart text is sized in rem so it grows with the page on a projector (app.css enlarges the
 * root font on wide screens). Layouts that estimate text widths scale by the same factor.
 * Read once per window size: reading a computed style after an edit's DOM changes makes the
 * browser recalculate styles then and there, which cost a chart of 5,000 rows 3 ms per edit.
 */
let cached: number | undefined;

export function fontScale(): number {
	if (typeof document === 'undefined') return 1;
	if (cached === undefined) {
		cached = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
		// The root font follows the window's width (app.css); resize events come before the
		// charts' own size observers, so a chart redrawn for a new size reads the new scale.
		addEventListener('resize', () => (cached = undefined), { once: true });
	}
	return cached;
}
