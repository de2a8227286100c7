/**
 * Whether the page being drawn is about to be scrolled away from its top as it opens: to a
 * frustration opened from a chart (`?frustration=`), or to where it was left, as the router
 * brings back on Back and Forward and the browser on a reload. A view that draws what is on
 * its first screen first draws all of it at once then, or the cards it adds later would move
 * what was scrolled to (on a phone, the map's stages stand one under another).
 */
import { navigating } from '$app/state';

export function opensScrolled(url: URL): boolean {
	if (url.searchParams.has('frustration') || scrollY > 0) return true;
	// Back or Forward within the app.
	if (navigating.type === 'popstate') return true;
	// Any other navigation within the app opens at the top.
	if (navigating.type) return false;
	// The app's first page: the router brings a reloaded page's position back too.
	const [load] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return load?.type === 'reload' || load?.type === 'back_forward';
}
