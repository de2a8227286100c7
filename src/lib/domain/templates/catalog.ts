/**
 * What the template picker shows, without the maps themselves: a template's stages,
 * touch points and example frustrations load only when a map is created from it, so the
 * journey list does not download every example.
 */
import type { TemplateId } from './template-info';
import type { JourneyTemplate } from './types';

export { templateCatalog, templateInfo, type TemplateId, type TemplateInfo } from './template-info';

const loaders: Record<TemplateId, () => Promise<JourneyTemplate>> = {
	blank: () => import('./blank').then((m) => m.blankTemplate),
	'order-cycle': () => import('./order-cycle-template').then((m) => m.orderCycleTemplate),
	'personal-selling': () => import('./personal-selling').then((m) => m.personalSellingTemplate),
	'innovation-adoption': () =>
		import('./innovation-adoption').then((m) => m.innovationAdoptionTemplate),
	airline: () => import('./airline').then((m) => m.airlineTemplate),
	'mattress-maker': () => import('./mattress-maker').then((m) => m.mattressMakerTemplate),
	'it-integrator': () => import('./it-integrator').then((m) => m.itIntegratorTemplate)
};

/** The whole template, downloaded on first use. */
export function loadTemplate(id: TemplateId): Promise<JourneyTemplate> {
	return loaders[id]();
}
