import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '$lib/app/import-journeys';
import { en } from '$lib/i18n/en';
import { journeyToMermaid } from '$lib/io/mermaid-export';
import { journeyFromMermaid, readMermaidJourney } from '$lib/io/mermaid-import';
import { readMermaid, type MermaidJourney } from '$lib/io/mermaid-parse';
import { MAX_FILE_BYTES } from '$lib/io/read-file';
import { database } from '$lib/storage/db';
import { getJourney, listJourneys } from '$lib/storage/journeys';
import { airlineJourney, orderCycleJourney, sequentialIds } from './fixtures';
import { mermaidGrammar } from './mermaid-grammar';

afterEach(async () => {
	await database().delete();
	await database().open();
});

const options = { words: en.mermaid.names, locale: 'en', now: 5_000 };

// Every journey example in Mermaid's documentation (mermaid-js/mermaid, packages/mermaid/src/docs):
// syntax/userJourney.md, the README's (indented, "Sit down: 3"), config/accessibility.md.
const DOCS_EXAMPLES = {
	'syntax/userJourney.md': `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
`,
	'README.md': `  journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 3: Me
`,
	'config/accessibility.md': `  journey
      accTitle: My User Journey Diagram
      accDescr: My User Journey Diagram Description

      title My working day
      section Go to work
        Make tea: 5: Me
        Go upstairs: 3: Me
        Do work: 1: Me, Cat
      section Go home
        Go downstairs: 5: Me
        Sit down: 5: Me

`
};

const read = (text: string): MermaidJourney => {
	const result = readMermaid(text);
	if (!result.ok) throw new Error(JSON.stringify(result.problem));
	return result.diagram;
};
const problem = (text: string) => {
	const result = readMermaid(text);
	return result.ok ? undefined : result.problem;
};

/** What a journey diagram says, as Mermaid's own grammar reads it. */
const meaning = (text: string) =>
	mermaidGrammar(text).tasks.map((t) => ({ ...t, task: t.task.trim(), section: t.section.trim() }));

describe('Mermaid’s documented journey examples', () => {
	it.each(Object.entries(DOCS_EXAMPLES))('%s becomes a journey', (_, text) => {
		const doc = journeyFromMermaid(read(text), { ...options, newId: sequentialIds() });
		expect(doc.journey.name).toBe('My working day');
		expect(doc.stages.map((s) => [s.name, s.order, s.risk])).toEqual([
			['Go to work', 0, 'lost-sale'],
			['Go home', 1, 'lost-repurchase']
		]);
		const [work, home] = doc.stages;
		expect(doc.touchPoints.filter((t) => t.stageId === work!.id).map((t) => t.name)).toEqual([
			'Make tea',
			'Go upstairs',
			'Do work'
		]);
		expect(doc.touchPoints.filter((t) => t.stageId === home!.id)).toHaveLength(2);
		expect(doc.segments.map((s) => s.name)).toEqual(['Me', 'Cat']);
		const [me, cat] = doc.segments.map((s) => s.id);
		const doWork = doc.touchPoints.find((t) => t.name === 'Do work')!;
		expect(doWork.segmentIds).toEqual([me, cat]);
		// Score 1 is the worst feeling, −2; 5 the best, +2; 3 neutral.
		expect(doWork.emotions).toEqual({ [me!]: -2, [cat!]: -2 });
		expect(doc.touchPoints.find((t) => t.name === 'Make tea')!.emotions).toEqual({ [me!]: 2 });
		expect(doc.touchPoints.find((t) => t.name === 'Go upstairs')!.emotions).toEqual({ [me!]: 0 });
	});

	it('keeps the accessibility description as the journey’s description', () => {
		expect(read(DOCS_EXAMPLES['config/accessibility.md']).description).toBe(
			'My User Journey Diagram Description'
		);
	});

	it.each(Object.entries(DOCS_EXAMPLES))(
		'%s goes back out meaning the same to Mermaid',
		(_, text) => {
			const doc = journeyFromMermaid(read(text), options);
			expect(meaning(journeyToMermaid(doc))).toEqual(meaning(text));
		}
	);

	it('is found in Markdown, in a ```mermaid-example block after another diagram', () => {
		const markdown = [
			'# User Journey Diagram',
			'',
			'```mermaid-example',
			'graph LR',
			'  A --> B',
			'```',
			'',
			'```mermaid-example',
			...DOCS_EXAMPLES['syntax/userJourney.md'].trimEnd().split('\n'),
			'```',
			''
		].join('\n');
		const withoutLines = (diagram: MermaidJourney) =>
			JSON.stringify(diagram, (key, value) => (/^(titleL|l)ine$/.test(key) ? undefined : value));
		const diagram = read(markdown);
		expect(withoutLines(diagram)).toBe(withoutLines(read(DOCS_EXAMPLES['syntax/userJourney.md'])));
		// Lines are counted in the Markdown file: the title is on its 10th.
		expect(diagram.titleLine).toBe(10);
	});
});

describe('a map going out and coming back', () => {
	it.each([
		['the airline example', airlineJourney()],
		['the order-cycle template', orderCycleJourney()]
	])('%s gives the same diagram again', (_, doc) => {
		const text = journeyToMermaid(doc);
		const back = journeyFromMermaid(read(text), options);
		expect(journeyToMermaid(back)).toBe(text);
		expect(back.journey.name).toBe(doc.journey.name);
		expect(back.touchPoints).toHaveLength(doc.touchPoints.length);
	});

	it('keeps the score of a task without actors as the feeling of one segment for everyone', () => {
		const doc = journeyFromMermaid(read('journey\n section S\n  Alone: 2\n  Also: 4\n'), options);
		expect(doc.segments.map((s) => s.name)).toEqual(['Everyone']);
		const everyone = doc.segments[0]!.id;
		expect(doc.touchPoints.map((t) => [t.segmentIds, t.emotions])).toEqual([
			[[], { [everyone]: -1 }],
			[[], { [everyone]: 1 }]
		]);
		expect(journeyToMermaid(doc)).toContain('      Alone: 2\n      Also: 4\n');
	});
});

describe('reading the journey grammar', () => {
	it('skips %% comments, # comments and directives, and takes a front matter title', () => {
		const diagram = read(
			[
				'---',
				'title: "From the front matter"',
				'---',
				'%%{init: {"theme": "dark"}}%%',
				'journey',
				'%% a comment',
				'  section One # a comment here too',
				'    Task: 4: Me # and here',
				''
			].join('\n')
		);
		expect(diagram).toMatchObject({
			title: 'From the front matter',
			sections: [{ name: 'One', tasks: [{ name: 'Task', score: 4, actors: ['Me'] }] }]
		});
	});

	it('gives tasks before any section a stage of their own, and reads a multi-line accDescr', () => {
		const doc = journeyFromMermaid(
			read(
				'journey\n accTitle: Only an accTitle\n accDescr {\n  First\n  second }\n Early: 3: Me\n'
			),
			options
		);
		expect(doc.journey.name).toBe('Only an accTitle');
		expect(doc.journey.description).toBe('First\nsecond');
		expect(doc.stages.map((s) => s.name)).toEqual(['Tasks']);
	});

	it('names an untitled diagram after its file, or “Mermaid journey”', () => {
		const text = 'journey\n section S\n  T: 3\n';
		expect(journeyFromMermaid(read(text), { ...options, fallbackName: 'notes' }).journey.name).toBe(
			'notes'
		);
		expect(journeyFromMermaid(read(text), options).journey.name).toBe('Mermaid journey');
	});

	it('cuts a file name longer than a journey name may be to the first 200 characters', () => {
		const text = 'journey\n section S\n  T: 3\n';
		const long = `${'Q'.repeat(199)} ${'R'.repeat(50)}`;
		expect(journeyFromMermaid(read(text), { ...options, fallbackName: long }).journey.name).toBe(
			'Q'.repeat(199)
		);
	});
});

describe('diagrams that are refused, with the line named', () => {
	it.each([
		[
			'another diagram',
			'flowchart LR\n  A --> B\n',
			{ kind: 'not-journey', line: 1, found: 'flowchart' }
		],
		[
			'a score out of range',
			'journey\n section S\n  Sleep: 6: Me\n',
			{ kind: 'bad-score', line: 3, score: '6' }
		],
		[
			'a score that is no number',
			'journey\n\n section S\n  Nap: good\n',
			{ kind: 'bad-score', line: 4, score: 'good' }
		],
		[
			'a decimal score',
			'journey\n section S\n  Nap: 3.5\n',
			{ kind: 'bad-score', line: 3, score: '3.5' }
		],
		[
			'a task without a score',
			'journey\n section S\n  Just a line\n',
			{ kind: 'no-score', line: 3 }
		],
		['an empty score', 'journey\n section S\n  Nap: : Me\n', { kind: 'no-score', line: 3 }],
		['a task without a name', 'journey\n section S\n  : 3: Me\n', { kind: 'no-name', line: 3 }],
		[
			'a semicolon',
			'journey\n section S\n  A: 3; B: 4\n',
			{ kind: 'not-understood', line: 3, text: 'A: 3; B: 4' }
		],
		['a colon in a section', 'journey\n section S: 1\n', { kind: 'colon-in-section', line: 2 }],
		[
			'a second journey',
			'journey\n journey\n',
			{ kind: 'not-understood', line: 2, text: 'journey' }
		],
		[
			'an accDescr never closed',
			'journey\n accDescr {\n  text\n',
			{ kind: 'unclosed-description', line: 2 }
		],
		[
			'a name too long',
			`journey\n section S\n  ${'x'.repeat(201)}: 3\n`,
			{ kind: 'too-long', line: 3, limit: 200 }
		],
		['nothing', '  \n\n', { kind: 'empty' }],
		['Markdown without a diagram', '# Notes\n\nSome text.\n', { kind: 'no-diagram' }],
		[
			'Markdown with only another diagram',
			'# Notes\n\n```mermaid\n\nsequenceDiagram\n  A->>B: hi\n```\n',
			{ kind: 'not-journey', line: 5, found: 'sequenceDiagram' }
		]
	])('%s', (_, text, expected) => {
		expect(problem(text)).toEqual(expected);
	});

	it('names the line of the Markdown file, not of the block', () => {
		const markdown = '# Day\n\nText\n\n```mermaid\njourney\n  section S\n    Bad: 9\n```\n';
		expect(problem(markdown)).toEqual({ kind: 'bad-score', line: 8, score: '9' });
	});

	it('says so in words that name the line', () => {
		expect(en.mermaid.problem({ kind: 'bad-score', line: 8, score: '9' })).toBe(
			'Line 8: the score “9” is not a whole number from 1 to 5.'
		);
	});
});

describe('.mmd and Markdown files given to Import', () => {
	const file = (name: string, text: string) => new File([text], name);
	const importOptions = {
		decide: async () => 'copy' as const,
		copyName: (name: string) => `${name} (copy)`,
		now: () => 5_000,
		mermaid: { words: en.mermaid.names, locale: 'en' }
	};

	it('become journeys, an untitled one named after its file', async () => {
		const outcomes = await importFiles(
			[
				file('day.mmd', DOCS_EXAMPLES['syntax/userJourney.md']),
				file('notes.md', '# Notes\n\n```mermaid\njourney\n  section S\n    T: 2: Me\n```\n')
			],
			importOptions
		);
		expect(outcomes.map((o) => o.ok && o.journeys.map((j) => [j.name, j.action]))).toEqual([
			[['My working day', 'created']],
			[['notes', 'created']]
		]);
		const stored = await getJourney(
			(outcomes[1] as { journeys: { id: string }[] }).journeys[0]!.id
		);
		expect(stored?.touchPoints.map((t) => t.name)).toEqual(['T']);
	});

	it('write nothing when the diagram does not read, and say which line', async () => {
		const outcomes = await importFiles(
			[file('bad.mmd', 'journey\n section S\n  T: 0\n')],
			importOptions
		);
		expect(outcomes).toEqual([
			{
				file: 'bad.mmd',
				ok: false,
				problem: { kind: 'mermaid', problem: { kind: 'bad-score', line: 3, score: '0' } }
			}
		]);
		expect(await listJourneys()).toEqual([]);
		expect(
			en.readProblem('bad.mmd', outcomes[0]!.ok ? { kind: 'empty' } : outcomes[0]!.problem)
		).toBe('bad.mmd: Line 3: the score “0” is not a whole number from 1 to 5.');
	});

	it('are read as JSON when they are .json, whatever they hold', async () => {
		const outcomes = await importFiles([file('day.json', 'journey\n')], importOptions);
		expect(outcomes[0]).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
	});

	it('are refused when too large, before they are parsed', () => {
		const result = readMermaidJourney('x'.repeat(MAX_FILE_BYTES + 1), options);
		expect(result).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
	});
});
