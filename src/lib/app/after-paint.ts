/**
 * Runs `task` once the browser has drawn the next frame: for work the user does not see
 * (starting a database write), so it does not delay the frame that shows their edit.
 * A hidden page draws no frames; there, and outside a browser, it runs in the next task.
 */
export function afterPaint(task: () => void): () => void {
	if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible') {
		const timer = setTimeout(task);
		return () => clearTimeout(timer);
	}
	// A task queued from the frame callback runs after that frame is produced.
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
	// Returned: call it and the task does not run.
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
