import { readVersion } from '$lib/app/journeys';
import type { PageLoad } from './$types';

/** The version to preview, checked against the schema; a missing or damaged one says so. */
export const load: PageLoad = async ({ params }) => {
	const id = Number(params.checkpointId);
	if (!Number.isSafeInteger(id)) return { version: undefined, problem: 'missing' as const };
	try {
		const version = await readVersion(id);
		if (!version || version.journeyId !== params.id) {
			return { version: undefined, problem: 'missing' as const };
		}
		return { version, problem: undefined };
	} catch (error) {
		console.warn('Could not read a version', error);
		return { version: undefined, problem: 'unreadable' as const };
	}
};
