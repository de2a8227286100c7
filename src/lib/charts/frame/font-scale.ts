/**
 * Chart text is sized in rem so it grows with the page on a projector (app.css enlarges the
 * root font on wide screens). Layouts that estimate text widths scale by the same factor.
 */
export function fontScale(): number {
	if (typeof document === 'undefined') return 1;
	return parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
}
