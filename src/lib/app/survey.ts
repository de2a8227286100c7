/**
 * The survey's files and words. A survey is written in the map's language, whatever the
 * interface's; answers are read in every language the app speaks, since a form may have been
 * answered in either.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { en, type Messages } from '$lib/i18n/en';
import { fileNameFor } from '$lib/io/journey-file';
import { vocabulary, type Vocabulary } from '$lib/io/survey-answers';
import { surveyQuestionList, surveyTemplateCsv } from '$lib/io/survey-template';
import { download } from './download';

async function catalogOf(locale: string): Promise<Messages> {
	return locale === 'id' ? (await import('$lib/i18n/id')).id : en;
}

export async function exportSurveyTemplate(doc: JourneyDocument) {
	const words = await catalogOf(doc.journey.locale);
	download(
		fileNameFor(doc.journey.name, 'survey.csv'),
		surveyTemplateCsv(doc, words),
		'text/csv;charset=utf-8'
	);
}

export async function exportQuestionList(doc: JourneyDocument) {
	const words = await catalogOf(doc.journey.locale);
	download(
		fileNameFor(doc.journey.name, 'survey-questions.txt'),
		surveyQuestionList(doc, words),
		'text/plain;charset=utf-8'
	);
}

export async function surveyVocabulary(): Promise<Vocabulary> {
	return vocabulary([en, await catalogOf('id')]);
}
