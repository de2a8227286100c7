import { templateInfo } from './template-info';
import { orderCycleTouchPoints, threeStages } from './order-cycle';
import type { JourneyTemplate } from './types';

/** The default map: three stages and the twelve order-cycle touch points, nothing filled in. */
export const orderCycleTemplate: JourneyTemplate = {
	...templateInfo('order-cycle'),
	stages: threeStages,
	touchPoints: orderCycleTouchPoints,
	segments: [],
	frustrations: []
};
