/**
 * Every template a new map can start from, loaded at once: for tests and tools. The app
 * lists them from ./catalog and loads the one chosen.
 */
import { airlineTemplate } from './airline';
import { blankTemplate } from './blank';
import { innovationAdoptionTemplate } from './innovation-adoption';
import { itIntegratorTemplate } from './it-integrator';
import { mattressMakerTemplate } from './mattress-maker';
import { orderCycleTemplate } from './order-cycle-template';
import { personalSellingTemplate } from './personal-selling';
import type { JourneyTemplate } from './types';

export const journeyTemplates: JourneyTemplate[] = [
	blankTemplate,
	orderCycleTemplate,
	personalSellingTemplate,
	innovationAdoptionTemplate,
	airlineTemplate,
	mattressMakerTemplate,
	itIntegratorTemplate
];

/** The complete example journeys, as opposed to the empty map and the stage frameworks. */
export const exampleTemplateIds = ['airline', 'mattress-maker', 'it-integrator'] as const;

export function templateById(id: string): JourneyTemplate | undefined {
	return journeyTemplates.find((t) => t.id === id);
}
