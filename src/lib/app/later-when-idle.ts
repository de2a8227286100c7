/**
 * Runs `task` `delay` ms from now, once the browser is idle (waiting at most `idleTimeout` ms
 * more for that); at once after the delay where idle callbacks are missing. Returns the cancel.
 */
export function laterWhenIdle(task: () => void, delay: number, idleTimeout: number): () => void {
	let idle: number | undefined;
	const timer = setTimeout(() => {
		if (typeof requestIdleCallback === 'function') {
			idle = requestIdleCallback(task, { timeout: idleTimeout });
		} else task();
	}, delay);
	return () => {
		clearTimeout(timer);
		if (idle !== undefined) cancelIdleCallback(idle);
	};
}
