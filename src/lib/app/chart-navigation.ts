/**
 * Where a chart's mark leads. Charts only call back (`onopen`, a filter's `onchange`); the
 * views that hold them navigate with these, so no chart knows the app's routes or its URL.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';

/**
 * Opens the frustration's editor on the map (the map reads `?frustration=`). The map scrolls
 * the frustration into view itself; the router's scroll to the top would undo that.
 */
export function openFrustration(journeyId: string, frustrationId: string) {
	const query = new URLSearchParams({ frustration: frustrationId });
	// resolve() builds the path; a query string cannot go through it.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${resolve('/journeys/[id]', { id: journeyId })}?${query}`, { noScroll: true });
}

/**
 * Shows a segment's mix element in the Segments view, its text field focused (the view reads
 * `?segment=` and `?element=`).
 */
export function openMixElement(journeyId: string, segmentId: string, element: string) {
	const query = new URLSearchParams({ segment: segmentId, element });
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${resolve('/journeys/[id]/segments', { id: journeyId })}?${query}`);
}

/**
 * Replaces the current page's query string (filters, colour mode), keeping focus and scroll,
 * without a new history entry per click: the view stays where the user is, and its URL can
 * be bookmarked.
 */
export function replaceQuery(params: URLSearchParams) {
	const query = params.toString();
	// The path is the current page's own, already resolved; only the query changes.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(`${page.url.pathname}${query ? `?${query}` : ''}`, {
		replaceState: true,
		keepFocus: true,
		noScroll: true
	});
}
