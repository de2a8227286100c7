/**
 * Starts loading join-steps.ts, once; resolves to it. A load that failed (the server went away
 * meanwhile) is tried again at the next call.
 */
let loading: Promise<typeof import('./join-steps')> | undefined;

export function joinSteps() {
	loading ??= import('./join-steps').catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
