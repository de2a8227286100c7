/** Phone e2e: whether a control is a target a finger can hit (44 CSS px each way, not covered). */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

export const FINGER = 44;

/**
 * The area a tap on the control lands in: the control's own box, or for a checkbox or radio
 * the label around it (a tap on the label checks it). `reached` says whether a tap just inside
 * each edge's middle lands on it rather than on something drawn over it.
 */
async function hitArea(control: Locator) {
	// Mid-screen, clear of anything pinned to the top or bottom of the viewport.
	await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	return control.evaluate((element) => {
		const area = (element instanceof HTMLInputElement && element.closest('label')) || element;
		const box = area.getBoundingClientRect();
		const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
		const edges = [
			[box.left + 1, middle.y],
			[box.right - 1, middle.y],
			[middle.x, box.top + 1],
			[middle.x, box.bottom - 1]
		];
		const reached = edges.every(([x, y]) => {
			const hit = document.elementFromPoint(x!, y!);
			return hit !== null && area.contains(hit);
		});
		return { width: Math.round(box.width), height: Math.round(box.height), reached };
	});
}

export async function expectFingerSized(control: Locator, what: string) {
	const area = await hitArea(control);
	expect(area.width, `${what}: width`).toBeGreaterThanOrEqual(FINGER);
	expect(area.height, `${what}: height`).toBeGreaterThanOrEqual(FINGER);
	expect(area.reached, `${what}: a tap at its edges reaches it`).toBe(true);
}
