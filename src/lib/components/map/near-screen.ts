/**
 * Calls `onnear` when `element` comes near the screen. On a big map most cards are far off
 * screen and draw their frustrations only then. The browser already tracks that for an
 * element with `content-visibility: auto` and says so (`contentvisibilityautostatechange`):
 * an observer of each card's own measured it again in every frame, some milliseconds of each
 * edit's frame at thousands of cards. Where that event is missing, an IntersectionObserver
 * does it. Returns the stop.
 */
export function whenNearScreen(element: HTMLElement, onnear: () => void): () => void {
	if ('oncontentvisibilityautostatechange' in element) {
		const onchange = (event: Event) => {
			if (!(event as Event & { skipped: boolean }).skipped) onnear();
		};
		element.addEventListener('contentvisibilityautostatechange', onchange);
		return () => element.removeEventListener('contentvisibilityautostatechange', onchange);
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) onnear();
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
