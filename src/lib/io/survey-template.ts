/**
 * The survey a form tool asks: one frequency and one severity question per frustration, in
 * map order and in the map's language. Each question starts with a short code ([F3-f] is
 * frustration 3's frequency) that survives a form tool's round trip in its column heading,
 * so the answers come back to the right frustration without anyone mapping columns by hand.
 */
import { mapLayout } from '$lib/domain/map-layout';
import type { Measure } from '$lib/domain/rating-stats';
import {
	frequencyLevels,
	severityLevels,
	type FrequencyLevel,
	type SeverityLevel
} from '$lib/domain/scoring';
import type { JourneyDocument } from '$lib/domain/schema';
import { csvField } from './csv';

export interface ScaleWords {
	frequencyLevels: Record<FrequencyLevel, string>;
	severityLevels: Record<SeverityLevel, string>;
}

/**
 * The words a survey is written in (a catalog of src/lib/i18n has them): the map's language,
 * whatever the interface's.
 */
export interface SurveyWords extends ScaleWords {
	survey: Record<
		| 'timestampColumn'
		| 'nameColumn'
		| 'howOften'
		| 'howBad'
		| 'frequency'
		| 'severity'
		| 'listAnswers',
		string
	>;
}

export interface SurveyQuestion {
	/** `F3-f`: frustration 3 in map order, f for frequency, s for severity. */
	code: string;
	/** 1-based position of the frustration in map order. */
	number: number;
	frustrationId: string;
	measure: Measure;
	touchPoint: string;
	frustration: string;
	text: string;
}

const measureLetter: Record<Measure, string> = { frequency: 'f', severity: 's' };

export function questionCode(number: number, measure: Measure): string {
	return `F${number}-${measureLetter[measure]}`;
}

/** A form tool's question title is one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function scaleHint(words: SurveyWords, measure: Measure): string {
	const levels = measure === 'frequency' ? frequencyLevels : severityLevels;
	const named = (measure === 'frequency' ? words.frequencyLevels : words.severityLevels) as Record<
		string,
		string
	>;
	return `(1 ${named[levels[0]]} … 5 ${named[levels[4]]})`;
}

export function surveyQuestions(doc: JourneyDocument, words: SurveyWords): SurveyQuestion[] {
	const questions: SurveyQuestion[] = [];
	let number = 0;
	for (const stage of mapLayout(doc)) {
		for (const { touchPoint, frustrations } of stage.touchPoints) {
			for (const { frustration } of frustrations) {
				number++;
				for (const measure of ['frequency', 'severity'] as const) {
					const code = questionCode(number, measure);
					const asked = measure === 'frequency' ? words.survey.howOften : words.survey.howBad;
					questions.push({
						code,
						number,
						frustrationId: frustration.id,
						measure,
						touchPoint: touchPoint.name,
						frustration: frustration.text,
						text: oneLine(
							`[${code}] ${touchPoint.name} — ${frustration.text}. ${asked} ${scaleHint(words, measure)}`
						)
					});
				}
			}
		}
	}
	return questions;
}

/** The header a form tool's export has: when, who, then the questions. */
export function surveyTemplateCsv(doc: JourneyDocument, words: SurveyWords): string {
	const header = [
		words.survey.timestampColumn,
		words.survey.nameColumn,
		...surveyQuestions(doc, words).map((q) => q.text)
	];
	// A byte-order mark and CRLF, as the frustrations CSV: Excel then reads UTF-8 right.
	return '\uFEFF' + header.map(csvField).join(',') + '\r\n';
}

/** The questions as plain lines, to paste into a form tool one by one. */
export function surveyQuestionList(doc: JourneyDocument, words: SurveyWords): string {
	const line = (measure: Measure) => {
		const levels = measure === 'frequency' ? frequencyLevels : severityLevels;
		const named = (
			measure === 'frequency' ? words.frequencyLevels : words.severityLevels
		) as Record<string, string>;
		return levels.map((level, i) => `${i + 1} ${named[level]}`).join(' · ');
	};
	return [
		oneLine(doc.journey.name),
		words.survey.listAnswers,
		`  ${words.survey.frequency}: ${line('frequency')}`,
		`  ${words.survey.severity}: ${line('severity')}`,
		'',
		words.survey.nameColumn,
		...surveyQuestions(doc, words).map((q) => q.text),
		''
	].join('\r\n');
}
