/**
 * Runs `task` once the browser has drawn the next frame: for work the user does not see
 * (starting a database write), so it does not delay the frame that shows their edit.
 * A hidden page draws no frames; there, and outside a browser, it runs in the next task.
 */
export function afterPaint(task: () => void) {
	if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible') {
		setTimeout(task);
		return;
	}
	// A task queued from the frame callback runs after that frame is produced.
	requestAnimationFrame(() => setTimeout(task));
}
