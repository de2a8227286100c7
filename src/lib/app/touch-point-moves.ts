/**
 * Moving touch points by keyboard or drop, and saying where they landed: the same path for
 * the Move buttons, Alt+arrow keys and drag and drop, so all three behave alike.
 */
import { moveItem, shiftItem } from '$lib/domain/edits/operations';
import { mapLayout } from '$lib/domain/map-layout';
import { t } from '$lib/i18n/index.svelte';
import { announcer } from './announcer.svelte';
import type { JourneyEditor } from './journey-editor.svelte';

export type Direction = 'left' | 'right' | 'up' | 'down';

function announcePosition(editor: JourneyEditor, touchPointId: string) {
	for (const view of mapLayout(editor.doc)) {
		const index = view.touchPoints.findIndex((t) => t.touchPoint.id === touchPointId);
		if (index === -1) continue;
		announcer.say(
			t().movedTo(
				view.touchPoints[index]!.touchPoint.name,
				view.stage.name,
				index + 1,
				view.touchPoints.length
			)
		);
	}
}

export function moveTouchPoint(editor: JourneyEditor, id: string, direction: Direction): boolean {
	const doc = editor.doc;
	let edit;
	if (direction === 'up' || direction === 'down') {
		edit = shiftItem(doc, 'touchPoints', id, direction === 'up' ? -1 : 1);
	} else {
		const layout = mapLayout(doc);
		const from = layout.findIndex((s) => s.touchPoints.some((t) => t.touchPoint.id === id));
		const to = layout[from + (direction === 'left' ? -1 : 1)];
		if (from === -1 || !to) return false;
		const index = layout[from]!.touchPoints.findIndex((t) => t.touchPoint.id === id);
		edit = moveItem(doc, 'touchPoints', id, {
			parentId: to.stage.id,
			index: Math.min(index, to.touchPoints.length)
		});
	}
	if (!edit) return false;
	editor.apply(edit);
	announcePosition(editor, id);
	return true;
}

export function dropTouchPoint(editor: JourneyEditor, id: string, stageId: string, index: number) {
	const edit = moveItem(editor.doc, 'touchPoints', id, { parentId: stageId, index });
	if (!edit) return;
	editor.apply(edit);
	announcePosition(editor, id);
}
