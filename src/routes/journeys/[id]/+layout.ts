import { getJourney } from '$lib/storage/journeys';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => ({ doc: await getJourney(params.id) });
