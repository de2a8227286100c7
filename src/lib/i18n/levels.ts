/** The word for a rating or a mean on a measure's scale (docs/domain.md), in the given language. */
import type { Measure } from '$lib/domain/rating-stats';
import { frequencyLabel, severityLabel } from '$lib/domain/scoring';
import type { Messages } from './en';

export function levelName(messages: Messages, measure: Measure, value: number): string {
	return measure === 'frequency'
		? messages.frequencyLevels[frequencyLabel(value)]
		: messages.severityLevels[severityLabel(value)];
}
