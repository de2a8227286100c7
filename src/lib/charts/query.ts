import { goto } from '$app/navigation';
import { page } from '$app/state';

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
