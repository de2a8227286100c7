import { orderCycleTouchPoints, threeStages } from './order-cycle';
import type { JourneyTemplate } from './types';

/** The default map: three stages and the twelve order-cycle touch points, nothing filled in. */
export const orderCycleTemplate: JourneyTemplate = {
	id: 'order-cycle',
	name: { en: 'Order cycle (three stages)', id: 'Siklus pesanan (tiga tahap)' },
	description: {
		en: 'Purchase, usage and replacement with the twelve order-cycle touch points.',
		id: 'Pembelian, penggunaan, dan penggantian dengan dua belas titik sentuh siklus pesanan.'
	},
	stages: threeStages,
	touchPoints: orderCycleTouchPoints,
	segments: [],
	frustrations: []
};
