import { describe, expect, it } from 'vitest';
import { guessColumns, planImport, readAnswer, vocabulary } from '$lib/io/survey-answers';
import {
	decodeSurvey,
	MAX_SURVEY_BYTES,
	readSurveyText,
	type SurveyTable
} from '$lib/io/survey-read';
import {
	surveyQuestionList,
	surveyQuestions,
	surveyTemplateCsv,
	type SurveyQuestion
} from '$lib/io/survey-template';
import { en } from '$lib/i18n/en';
import { id } from '$lib/i18n/id';
import { airlineJourney } from './fixtures';

const words = vocabulary([en, id]);

function table(text: string): SurveyTable {
	const read = readSurveyText(text);
	if (!read.ok) throw new Error(`not read: ${read.problem.kind}`);
	return read.table;
}

describe('the survey template', () => {
	it('asks one frequency and one severity question per frustration, each with its code, after a timestamp and a name', () => {
		const doc = airlineJourney();
		const questions = surveyQuestions(doc, en);
		expect(questions).toHaveLength(doc.frustrations.length * 2);
		expect(questions.slice(0, 2).map((q) => q.code)).toEqual(['F1-f', 'F1-s']);
		expect(questions[0]!.text).toMatch(
			/^\[F1-f\] .+ How often does this happen\? \(1 never … 5 always\)$/
		);
		expect(questions[1]!.text).toMatch(/^\[F1-s\] .+\(1 cosmetic … 5 critical\)$/);

		const csv = surveyTemplateCsv(doc, en);
		expect(csv.startsWith('\uFEFFTimestamp,Name,')).toBe(true);
		const header = table(`${csv}2026-01-05,Ana\r\n`).header;
		expect(header).toEqual(['Timestamp', 'Name', ...questions.map((q) => q.text)]);
	});

	it('is written in the map’s language, and the question list carries the scale words', () => {
		const doc = airlineJourney('id');
		const csv = surveyTemplateCsv(doc, id);
		expect(csv).toContain('Stempel waktu,Nama,');
		expect(csv).toContain('Seberapa sering ini terjadi? (1 tidak pernah … 5 selalu)');
		const list = surveyQuestionList(doc, id);
		expect(list).toContain('1 tidak pernah · 2 jarang · 3 kadang-kadang · 4 sering · 5 selalu');
		expect(list).toContain('[F1-s] ');
	});
});

describe('reading a survey CSV', () => {
	it('strips a byte-order mark (before a quoted first heading too) and reads `;` as the separator, even with commas in the questions', () => {
		const text =
			'\uFEFF"Timestamp";Name;[F1-f] Late, slow, again?;[F1-s] How bad, really, truly?\r\n' +
			'2026-01-05 10:00;Ana;4;3\r\n2026-01-05 10:05;Budi;2;5\r\n';
		const read = table(text);
		expect(read.delimiter).toBe(';');
		expect(read.header[0]).toBe('Timestamp');
		expect(read.header[2]).toBe('[F1-f] Late, slow, again?');
		expect(read.rows).toEqual([
			{ row: 2, cells: ['2026-01-05 10:00', 'Ana', '4', '3'] },
			{ row: 3, cells: ['2026-01-05 10:05', 'Budi', '2', '5'] }
		]);
	});

	it('reads tabs, and quoted fields holding commas, line breaks and quotes', () => {
		expect(table('a\tb\n1\t2').delimiter).toBe('\t');
		const read = table('Name,"[F1-f] Often,\nreally?"\n"Rahma, Ana ""R""",4\n');
		expect(read.header).toEqual(['Name', '[F1-f] Often,\nreally?']);
		expect(read.rows[0]!.cells).toEqual(['Rahma, Ana "R"', '4']);
	});

	it('decodes UTF-8 with its mark and an older Excel’s Windows code page, and refuses binary', () => {
		const utf8 = new TextEncoder().encode('\uFEFFNama;Kolom\nBudi Śmigło;4\n');
		expect(decodeSurvey(utf8)).toBe('Nama;Kolom\nBudi Śmigło;4\n');
		expect(decodeSurvey(new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x2c, 0xe9, 0x0a]))).toBe(
			'Name,é\n'
		);
		expect(decodeSurvey(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeUndefined();
	});

	it('says what is wrong with a file that is no table of answers', () => {
		const problem = (text: string) => {
			const read = readSurveyText(text);
			return read.ok ? 'ok' : read.problem.kind;
		};
		expect(problem('{"format": "touchpoint-journey"}\n')).toBe('not-table');
		expect(problem('')).toBe('not-table');
		expect(problem('Timestamp,Name\n\n \n')).toBe('no-respondents');
	});

	it('reads a form’s long free-text answers, and refuses a file over the size limit as too large', () => {
		const comment = 'The app froze, again. '.repeat(1000);
		const read = table(`Name,[F1-f] a,Any other comments?\nAna,4,"${comment}"\n`);
		expect(read.rows[0]!.cells[2]).toBe(comment);
		const huge = readSurveyText(`Name,Q\nAna,"${'x'.repeat(MAX_SURVEY_BYTES)}"\n`);
		expect(huge).toEqual({ ok: false, problem: { kind: 'too-large', limit: MAX_SURVEY_BYTES } });
	});

	it('skips blank lines but numbers rows as a spreadsheet shows them', () => {
		expect(table('a,b\n1,2\n\n3,4\n').rows.map((r) => r.row)).toEqual([2, 4]);
	});
});

describe('answers', () => {
	it('are numbers 1–5 or the scale’s words in English or Indonesian', () => {
		expect(readAnswer('4', 'frequency', words)).toEqual({ kind: 'rating', value: 4 });
		expect(readAnswer(' Often ', 'frequency', words)).toEqual({ kind: 'rating', value: 4 });
		expect(readAnswer('sering', 'frequency', words)).toEqual({ kind: 'rating', value: 4 });
		expect(readAnswer('Kadang-kadang', 'frequency', words)).toEqual({ kind: 'rating', value: 3 });
		expect(readAnswer('tidak pernah', 'frequency', words)).toEqual({ kind: 'rating', value: 1 });
		expect(readAnswer('critical', 'severity', words)).toEqual({ kind: 'rating', value: 5 });
		expect(readAnswer('berat', 'severity', words)).toEqual({ kind: 'rating', value: 4 });
		expect(readAnswer('2 - minor', 'severity', words)).toEqual({ kind: 'rating', value: 2 });
		expect(readAnswer('5 (selalu)', 'frequency', words)).toEqual({ kind: 'rating', value: 5 });
	});

	it('are blank when empty, out of range beyond 1–5, unknown otherwise', () => {
		expect(readAnswer('  ', 'frequency', words)).toEqual({ kind: 'blank' });
		expect(readAnswer('0', 'frequency', words)).toEqual({ kind: 'out-of-range' });
		expect(readAnswer('6', 'severity', words)).toEqual({ kind: 'out-of-range' });
		expect(readAnswer('3.5', 'severity', words)).toEqual({ kind: 'out-of-range' });
		expect(readAnswer('very', 'severity', words)).toEqual({ kind: 'unknown' });
		// A frequency word does not rate a severity.
		expect(readAnswer('often', 'severity', words)).toEqual({ kind: 'unknown' });
		expect(readAnswer('2 - major', 'severity', words)).toEqual({ kind: 'unknown' });
	});
});

describe('columns', () => {
	const questions = surveyQuestions(airlineJourney(), en);

	it('are matched by the template’s codes, the name (or else the e-mail) naming the respondent', () => {
		const header = [
			'Timestamp',
			'Email Address',
			'Your name',
			questions[3]!.text,
			'F2-f How often?',
			'[F999-f] Gone'
		];
		expect(guessColumns(header, questions)).toEqual(['', 'email', 'name', 'F2-s', 'F2-f', '']);
		expect(guessColumns(['Stempel waktu', 'Alamat email', '[F1-s] x'], questions)).toEqual([
			'',
			'email',
			'F1-s'
		]);
		expect(guessColumns(['When', 'Q1', 'Q2'], questions)).toEqual(['', '', '']);
	});

	it('follow their frustration when the map has moved since the survey went out', () => {
		const doc = airlineJourney();
		const sent = surveyQuestions(doc, en);
		// A frustration added before the first: every code now names the next frustration.
		const [first] = [...doc.frustrations].sort((a, b) => a.order - b.order);
		const moved = surveyQuestions(
			{
				...doc,
				frustrations: [
					...doc.frustrations,
					{ ...first!, id: '00000000-0000-4000-8000-0000000fffff', text: 'New', order: -1 }
				]
			},
			en
		);
		const uses = guessColumns(['Name', sent[0]!.text, sent[3]!.text], moved);
		const asked = uses.slice(1).map((code) => moved.find((q) => q.code === code));
		expect(asked.map((q) => [q?.frustrationId, q?.measure])).toEqual([
			[sent[0]!.frustrationId, 'frequency'],
			[sent[3]!.frustrationId, 'severity']
		]);
	});
});

describe('an import plan', () => {
	const questions = surveyQuestions(airlineJourney(), en);
	const q = (code: string) => questions.find((x) => x.code === code) as SurveyQuestion;
	const unnamed = (n: number) => `Respondent ${n}`;

	it('has one respondent per row with their ratings, blanks skipped, bad answers listed by row and cell', () => {
		const read = table(
			[
				'Timestamp,Email,Name,[F1-f] a,[F1-s] b,[F2-f] c',
				't1,ana@example.com,,4,major,',
				't2,,,sering,7,jarang',
				't3,citra@example.com,Citra,,,banyak'
			].join('\n')
		);
		const uses = guessColumns(read.header, questions);
		const plan = planImport(read, uses, questions, words, unnamed);
		expect(plan.respondents.map((r) => r.name)).toEqual([
			'ana@example.com',
			'Respondent 2',
			'Citra'
		]);
		expect(plan.respondents[0]!.ratings).toEqual([
			{ frustrationId: q('F1-f').frustrationId, measure: 'frequency', value: 4 },
			{ frustrationId: q('F1-s').frustrationId, measure: 'severity', value: 4 }
		]);
		expect(plan.respondents[1]!.ratings.map((r) => r.value)).toEqual([4, 2]);
		expect(plan.respondents[2]!.ratings).toEqual([]);
		expect(plan.ratings).toBe(4);
		expect(plan.problems).toEqual([
			{
				row: 3,
				respondent: 'Respondent 2',
				column: 4,
				heading: '[F1-s] b',
				answer: '7',
				length: 1,
				kind: 'out-of-range'
			},
			{
				row: 4,
				respondent: 'Citra',
				column: 5,
				heading: '[F2-f] c',
				answer: 'banyak',
				length: 6,
				kind: 'unknown'
			}
		]);
		expect(plan.columns[3]).toEqual({ ratings: 2, blank: 1, problems: 0 });
		expect(plan.columns[5]).toEqual({ ratings: 1, blank: 1, problems: 1 });
	});

	it('lists a question’s answer too long to be a rating by its row and cell, quoting its beginning', () => {
		const long = 'I waited for an hour at the counter. '.repeat(300);
		const read = table(`Name,[F1-f] a,Comments\nAna,"${long}",fine\nBudi,3,"${long}"\n`);
		const plan = planImport(read, guessColumns(read.header, questions), questions, words, unnamed);
		expect(plan.problems).toEqual([
			{
				row: 2,
				respondent: 'Ana',
				column: 1,
				heading: '[F1-f] a',
				answer: 'I waited for an hour at the counter. I w…',
				length: long.trim().length,
				kind: 'too-long'
			}
		]);
		expect(plan.respondents.map((r) => r.ratings.length)).toEqual([0, 1]);
	});

	it('names every column importing a question another column imports too, and reads only the first', () => {
		const read = table('Who,[F1-f] a,Q2,[F1-f] again,[F1-s] b\nAna,2,5,4,3\n');
		const uses = [
			'name',
			...guessColumns(read.header, questions).slice(1, 2),
			'F1-f',
			'F1-f',
			'F1-s'
		];
		const plan = planImport(read, uses, questions, words, unnamed);
		expect(plan.sameQuestion).toEqual([[], [2, 3], [1, 3], [1, 2], []]);
		expect(plan.respondents[0]!.ratings.map((r) => [r.measure, r.value])).toEqual([
			['frequency', 2],
			['severity', 3]
		]);
		expect(plan.columns.map((c) => c.ratings)).toEqual([0, 1, 0, 0, 1]);
		expect(plan.ratings).toBe(2);
	});

	it('follows columns chosen by hand', () => {
		const read = table('Who,Q1,Q2\nAna,2,5\n');
		const plan = planImport(read, ['name', '', 'F3-s'], questions, words, unnamed);
		expect(plan.respondents).toEqual([
			{
				row: 2,
				name: 'Ana',
				named: true,
				ratings: [{ frustrationId: q('F3-s').frustrationId, measure: 'severity', value: 5 }]
			}
		]);
	});
});
