/**
 * Whether the page is being printed. Parts that show less on screen (a touch point's first
 * five frustrations) show everything on paper. The state is set and flushed inside
 * `beforeprint`, so the printed layout already has it.
 */
import { flushSync } from 'svelte';

let printing = $state(false);

if (typeof window !== 'undefined') {
	window.addEventListener('beforeprint', () => flushSync(() => (printing = true)));
	window.addEventListener('afterprint', () => (printing = false));
}

export function isPrinting(): boolean {
	return printing;
}
