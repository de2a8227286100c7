/**
 * Calls `onnear` once, when `element` first comes within half a screen's height of the screen. On
 * a big map most groups of cards are far off screen and draw their cards' frustrations only
 * then. One observer watches them all, and lets go of each once it has come near.
 *
 * Not the browser's own `contentvisibilityautostatechange`: a group whose cards changed while
 * it came on screen (a search narrowing the map to it) was drawn without one, and its cards
 * then stayed blank once the search was cleared.
 */
export function whenNearScreen(element: Element, onnear: () => void): () => void {
	waiting.set(element, onnear);
	observer().observe(element);
	return () => {
		waiting.delete(element);
		observer().unobserve(element);
	};
}

const waiting = new WeakMap<Element, () => void>();
let shared: IntersectionObserver | undefined;

function observer() {
	shared ??= new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				const onnear = waiting.get(entry.target);
				waiting.delete(entry.target);
				shared!.unobserve(entry.target);
				onnear?.();
			}
		},
		// The browser's own margin for content-visibility: auto.
		{ rootMargin: '50% 0px' }
	);
	return shared;
}
