import type { JourneyTemplate } from './types';

/** An empty map: the user adds every stage, touch point, segment and frustration. */
export const blankTemplate: JourneyTemplate = {
	id: 'blank',
	name: { en: 'Blank', id: 'Kosong' },
	description: {
		en: 'An empty map where you add your own stages, touch points, segments and frustrations.',
		id: 'Peta kosong tempat Anda menambahkan sendiri tahap, titik sentuh, segmen, dan frustrasi.'
	},
	stages: [],
	touchPoints: [],
	segments: [],
	frustrations: []
};
