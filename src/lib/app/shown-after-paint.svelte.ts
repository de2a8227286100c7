import { afterPaint } from './after-paint';

/**
 * A value that follows `read` one frame late: for what a view shows beside an edit but need
 * not show in the edit's own frame (the charts around the one being edited). It starts as
 * `read()`; each later value arrives once the frame that showed the edit is drawn, so the
 * readers of `current` are neither updated nor even marked in that frame. Call it while a
 * component initialises: it owns an effect.
 */
export function shownAfterPaint<T>(read: () => T): { readonly current: T } {
	let shown = $state.raw(read());
	$effect(() => {
		const next = read();
		afterPaint(() => (shown = next));
	});
	return {
		get current() {
			return shown;
		}
	};
}
