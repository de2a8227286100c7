/**
 * From a table of answers to what an import would write: which column holds what (found by
 * the template's codes, or chosen by hand), each answer read as a rating (a number 1–5 or a
 * scale word in English or Indonesian), and every answer that is not one listed by its row
 * and cell. A blank answer is no answer, not a zero.
 */
import { LIMITS } from '$lib/domain/format';
import type { Measure } from '$lib/domain/rating-stats';
import { frequencyLevels, severityLevels } from '$lib/domain/scoring';
import type { SurveyTable } from './survey-read';
import type { ScaleWords, SurveyQuestion } from './survey-template';

/**
 * What a column imports as: '' nothing, 'name' the respondent's name, 'email' their address
 * (their name where they gave none), else a question's code.
 */
export type ColumnUse = '' | 'name' | 'email' | string;

export const isQuestion = (use: ColumnUse) => use !== '' && use !== 'name' && use !== 'email';

const codePattern = /\bF(\d+)\s*-\s*([fs])\b/i;
const namePattern = /\b(name|full name|nama|respondent|responden|participant|peserta)\b/i;
const emailPattern = /\b(e-?mail|surel|surat elektronik)\b/i;

/**
 * The question a coded heading asks. Codes number frustrations in map order, which moves when
 * frustrations are added or moved after the survey went out; the heading still quotes its
 * frustration, so a heading that quotes another frustration (the longest quoted, should one
 * text hold another) goes to that one.
 */
function questionOf(heading: string, code: string, questions: SurveyQuestion[]) {
	const text = normal(heading);
	const quotes = (q: SurveyQuestion) => text.includes(normal(q.frustration));
	const coded = questions.find((q) => q.code === code);
	if (!coded || quotes(coded)) return coded;
	const quoted = questions
		.filter((q) => q.measure === coded.measure && quotes(q))
		.sort((a, b) => b.frustration.length - a.frustration.length);
	return quoted[0] ?? coded;
}

/** The template's codes where the headers carry them; the name column where one is named so. */
export function guessColumns(header: string[], questions: SurveyQuestion[]): ColumnUse[] {
	const uses: ColumnUse[] = header.map((heading) => {
		const match = codePattern.exec(heading);
		const code = match && `F${Number(match[1])}-${match[2]!.toLowerCase()}`;
		return (code && questionOf(heading, code, questions)?.code) || '';
	});
	// A name names the respondent; their e-mail address (Google Forms' "Email Address") where
	// they gave none.
	const mailed = header.findIndex((h, i) => !uses[i] && emailPattern.test(h));
	if (mailed >= 0) uses[mailed] = 'email';
	const named = header.findIndex((h, i) => !uses[i] && namePattern.test(h));
	if (named >= 0) uses[named] = 'name';
	return uses;
}

export type Vocabulary = Record<Measure, Map<string, number>>;

const normal = (text: string) =>
	text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');

/** Each measure's scale words in every catalog given (English and Indonesian): word → value. */
export function vocabulary(catalogs: ScaleWords[]): Vocabulary {
	const words: Vocabulary = { frequency: new Map(), severity: new Map() };
	for (const catalog of catalogs) {
		frequencyLevels.forEach((level, i) =>
			words.frequency.set(normal(catalog.frequencyLevels[level]), i + 1)
		);
		severityLevels.forEach((level, i) =>
			words.severity.set(normal(catalog.severityLevels[level]), i + 1)
		);
	}
	return words;
}

/**
 * Longer than any rating written out ("3 - kadang-kadang"); a longer answer in a question
 * column is someone's comment typed into the wrong box, listed rather than read.
 */
export const MAX_ANSWER_LENGTH = 100;

export type Answer =
	| { kind: 'blank' }
	| { kind: 'rating'; value: number }
	| { kind: 'out-of-range' }
	| { kind: 'unknown' }
	| { kind: 'too-long' };

const numberPattern = /^[+-]?\d+(?:[.,]\d+)?$/;
// "4 - often", "4: sering", "4 (often)": a form's choices often carry both.
const numberAndWord = /^(\d+)\s*(?:[-–—:.=)]\s*|\s+)\(?([^()]+?)\)?$/;

export function readAnswer(cell: string, measure: Measure, words: Vocabulary): Answer {
	if (cell.trim().length > MAX_ANSWER_LENGTH) return { kind: 'too-long' };
	const text = normal(cell);
	if (text === '') return { kind: 'blank' };
	if (numberPattern.test(text)) {
		const value = Number(text.replace(',', '.'));
		return Number.isInteger(value) && value >= 1 && value <= 5
			? { kind: 'rating', value }
			: { kind: 'out-of-range' };
	}
	const word = words[measure].get(text);
	if (word !== undefined) return { kind: 'rating', value: word };
	const both = numberAndWord.exec(text);
	if (both && words[measure].get(both[2]!.trim()) === Number(both[1])) {
		return { kind: 'rating', value: Number(both[1]) };
	}
	return { kind: 'unknown' };
}

export interface ImportedRating {
	frustrationId: string;
	measure: Measure;
	value: number;
}

export interface Respondent {
	row: number;
	name: string;
	/** Whether the file gave the name; an unnamed respondent is numbered, and matches nobody. */
	named: boolean;
	ratings: ImportedRating[];
}

export interface AnswerProblem {
	row: number;
	respondent: string;
	/** 0-based column of the cell. */
	column: number;
	heading: string;
	/** The answer as given; only its beginning when it is too long to read as a rating. */
	answer: string;
	/** The answer's length in characters. */
	length: number;
	kind: 'out-of-range' | 'unknown' | 'too-long';
}

export interface ColumnCount {
	ratings: number;
	blank: number;
	problems: number;
}

export interface ImportPlan {
	respondents: Respondent[];
	problems: AnswerProblem[];
	/** Per column of the file, what its answers came to (all zero for columns not imported). */
	columns: ColumnCount[];
	/**
	 * Per column, the other columns that import the same question. Only the first of them is
	 * read: two answers to one question from one respondent cannot both be their rating.
	 */
	sameQuestion: number[][];
	ratings: number;
}

export function planImport(
	table: SurveyTable,
	uses: ColumnUse[],
	questions: SurveyQuestion[],
	words: Vocabulary,
	unnamed: (n: number) => string
): ImportPlan {
	const byCode = new Map(questions.map((q) => [q.code, q]));
	const columns = table.header.map(() => ({ ratings: 0, blank: 0, problems: 0 }));
	const byQuestion = new Map<string, number[]>();
	uses.forEach((use, i) => {
		if (byCode.has(use)) byQuestion.set(use, [...(byQuestion.get(use) ?? []), i]);
	});
	const sameQuestion = uses.map((use, i) => (byQuestion.get(use) ?? []).filter((j) => j !== i));
	const problems: AnswerProblem[] = [];
	let total = 0;
	const respondents = table.rows.map(({ row, cells }, index): Respondent => {
		const given = (['name', 'email'] as const)
			.flatMap((kind) =>
				uses.map((use, i) => (use === kind ? (cells[i] ?? '').replace(/\s+/g, ' ').trim() : ''))
			)
			.find((name) => name !== '');
		const name = (given || unnamed(index + 1)).slice(0, LIMITS.name).trim();
		const ratings: ImportedRating[] = [];
		uses.forEach((use, i) => {
			const question = byCode.get(use);
			if (!question || byQuestion.get(use)![0] !== i) return;
			const answer = readAnswer(cells[i] ?? '', question.measure, words);
			if (answer.kind === 'blank') columns[i]!.blank++;
			else if (answer.kind === 'rating') {
				columns[i]!.ratings++;
				ratings.push({
					frustrationId: question.frustrationId,
					measure: question.measure,
					value: answer.value
				});
			} else {
				columns[i]!.problems++;
				const given = (cells[i] ?? '').trim();
				problems.push({
					row,
					respondent: name,
					column: i,
					heading: table.header[i]!,
					answer: answer.kind === 'too-long' ? `${given.slice(0, 40).trimEnd()}…` : given,
					length: given.length,
					kind: answer.kind
				});
			}
		});
		total += ratings.length;
		return { row, name, named: Boolean(given), ratings };
	});
	return { respondents, problems, columns, sameQuestion, ratings: total };
}
