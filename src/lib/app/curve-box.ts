/**
 * The experience curve's height when last drawn in this browser. The map draws the curve once
 * its own first frame is drawn (the curve's code, styles and drawing cost a cold start about as
 * much as the map's first screen), in a box this tall, so the map does not move down when the
 * curve comes. Kept in localStorage so a map opened in a new tab or after a restart keeps it too.
 */
import { readPreference, writePreference } from '$lib/storage/preferences';

const KEY = 'touchpoint.curveHeight';

let height: number | undefined;

export function lastCurveHeight(): number {
	height ??= Math.max(0, Number(readPreference(KEY)) || 0);
	return height;
}

export function keepCurveHeight(next: number) {
	const rounded = Math.round(next);
	if (rounded <= 0 || rounded === lastCurveHeight()) return;
	height = rounded;
	writePreference(KEY, String(rounded));
}
