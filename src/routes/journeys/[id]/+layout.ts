import { openJourney } from '$lib/app/journeys';
import type { LayoutLoad } from './$types';

// After the root layout has opened the database: reading first would open it unchecked.
export const load: LayoutLoad = async ({ params, parent }) => {
	const { storageFailure } = await parent();
	return { doc: storageFailure ? undefined : await openJourney(params.id) };
};
