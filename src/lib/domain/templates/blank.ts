import { templateInfo } from './template-info';
import type { JourneyTemplate } from './types';

/** An empty map: the user adds every stage, touch point, segment and frustration. */
export const blankTemplate: JourneyTemplate = {
	...templateInfo('blank'),
	stages: [],
	touchPoints: [],
	segments: [],
	frustrations: []
};
