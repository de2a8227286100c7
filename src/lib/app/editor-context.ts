import { getContext, setContext } from 'svelte';
import type { JourneyEditor } from './journey-editor.svelte';

const key = Symbol('journey editor');

/** The open journey's editor, for every component of the journey's views. */
export function provideEditor(editor: () => JourneyEditor) {
	setContext(key, editor);
}

export function useEditor(): JourneyEditor {
	return getContext<() => JourneyEditor>(key)();
}
