import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experienceScore } from '$lib/domain/experience-score';
import { journeyToMermaid } from '$lib/io/mermaid-export';
import { escapeName, WORD_JOINER } from '$lib/io/mermaid-text';
import { readMermaid } from '$lib/io/mermaid-parse';
import { sessionReport } from '$lib/domain/session-report';
import { en } from '$lib/i18n/en';
import { reportMarkdown } from '$lib/io/report-markdown';
import { airlineJourney, workshopJourney } from './fixtures';
import { HOSTILE } from './hostile';
import { mermaidGrammar } from './mermaid-grammar';
import { mapOf, type TaskSpec } from './mermaid-maps';

const scoreOf = (task: TaskSpec, segments: string[] = []) => {
	const doc = mapOf('Scores', [['Stage', [task]]], segments);
	return experienceScore(doc.touchPoints[0]!, doc.frustrations);
};
const rated = (frequency: number, severity: number, status?: 'open' | 'fix-planned' | 'fixed') => ({
	frequency,
	severity,
	...(status ? { status } : {})
});

describe('the experience score of a touch point', () => {
	it('is 5 with no open frustration and no feeling recorded', () => {
		expect(scoreOf({ name: 'Calm' })).toBe(5);
		expect(scoreOf({ name: 'Fixed', frustrations: [rated(5, 5, 'fixed')] })).toBe(5);
		expect(scoreOf({ name: 'Planned', frustrations: [rated(5, 5, 'fix-planned')] })).toBe(5);
	});

	it('follows the worst open frustration: high or critical 1, medium 2, low 3, unrated 4', () => {
		expect(scoreOf({ name: 'Critical', frustrations: [rated(5, 3)] })).toBe(1);
		expect(scoreOf({ name: 'High', frustrations: [rated(1, 1), rated(5, 2)] })).toBe(1);
		expect(scoreOf({ name: 'Medium', frustrations: [rated(3, 3), rated(1, 4)] })).toBe(2);
		expect(scoreOf({ name: 'Medium edge', frustrations: [rated(1, 5)] })).toBe(2);
		expect(scoreOf({ name: 'Low', frustrations: [rated(2, 2)] })).toBe(3);
		expect(scoreOf({ name: 'Unrated', frustrations: [{ frequency: null, severity: 4 }] })).toBe(4);
		expect(
			scoreOf({
				name: 'Unrated and low',
				frustrations: [{ frequency: null, severity: null }, rated(1, 2)]
			})
		).toBe(3);
	});

	it('reads participants’ means where they rated', () => {
		const first = workshopJourney().frustrations[0]!;
		// Its own 1 × 1 would be low (3); the means, 3.5 × 3 = 10.5, are high.
		const frustration = { ...first, frequency: 1, severity: 1, status: 'open' as const };
		expect(experienceScore({ emotions: {} }, [frustration])).toBe(1);
	});

	it('is 3 + the mean feeling, rounded half up, when that is lower', () => {
		const segments = ['A', 'B'];
		expect(scoreOf({ name: 'Upset', feelings: { A: -2 } }, segments)).toBe(1);
		expect(scoreOf({ name: 'Delighted', feelings: { A: 2, B: 2 } }, segments)).toBe(5);
		expect(scoreOf({ name: 'Half up', feelings: { A: 0, B: 1 } }, segments)).toBe(4);
		expect(scoreOf({ name: 'Half up below 0', feelings: { A: 0, B: -1 } }, segments)).toBe(3);
		expect(
			scoreOf({ name: 'Low wins', feelings: { A: 2 }, frustrations: [rated(2, 2)] }, segments)
		).toBe(3);
		expect(
			scoreOf({ name: 'Feeling wins', feelings: { A: -1 }, frustrations: [rated(2, 2)] }, segments)
		).toBe(2);
	});
});

describe('a journey as a Mermaid journey diagram', () => {
	it('has the title, one section per stage in order, one task per touch point in cycle order', () => {
		const doc = mapOf(
			'Coffee run',
			[
				['Order', [{ name: 'Find the shop' }, { name: 'Pay', frustrations: [rated(4, 4)] }]],
				['Drink', [{ name: 'Sip', frustrations: [rated(1, 5)], segments: ['Students'] }]],
				['Leave', []]
			],
			['Commuters', 'Students']
		);
		expect(journeyToMermaid(doc)).toBe(
			[
				'journey',
				'    title Coffee run',
				'    section Order',
				'      Find the shop: 5',
				'      Pay: 1',
				'    section Drink',
				'      Sip: 2: Students',
				'    section Leave',
				''
			].join('\n')
		);
	});

	it('lists as actors the segments the touch point names and its open frustrations affect, in segment order', () => {
		const doc = mapOf(
			'Actors',
			[
				[
					'Stage',
					[
						{
							name: 'Counter',
							segments: ['Tourists'],
							frustrations: [
								{ ...rated(2, 2), segments: ['Business'] },
								{ ...rated(2, 2), status: 'fixed', segments: ['Groups'] }
							]
						}
					]
				]
			],
			['Business', 'Groups', 'Tourists']
		);
		expect(journeyToMermaid(doc)).toContain('      Counter: 3: Business, Tourists\n');
	});

	it('gives the description as accDescr on one line', () => {
		const doc = mapOf('Described', [], [], 'Two lines\nof text');
		expect(journeyToMermaid(doc)).toContain('\n    accDescr: Two lines of text\n');
	});

	it('is read by Mermaid’s own grammar as the same journey (the airline example)', () => {
		const doc = airlineJourney();
		const seen = mermaidGrammar(journeyToMermaid(doc));
		const stages = [...doc.stages].sort((a, b) => a.order - b.order);
		expect(seen.title).toBe(doc.journey.name);
		expect(seen.sections).toEqual(stages.map((s) => s.name));
		const inCycleOrder = stages.flatMap((s) =>
			doc.touchPoints.filter((t) => t.stageId === s.id).sort((a, b) => a.order - b.order)
		);
		expect(seen.tasks.map((t) => t.task.trim())).toEqual(inCycleOrder.map((t) => t.name));
		for (const task of seen.tasks) expect([1, 2, 3, 4, 5]).toContain(task.score);
		expect(seen.tasks.some((t) => t.people.length > 0)).toBe(true);
	});
});

describe('the session report in Markdown', () => {
	it('embeds the same diagram in a ```mermaid block, which reads back as the journey', () => {
		const doc = workshopJourney();
		const diagram = journeyToMermaid(doc);
		const markdown = reportMarkdown(sessionReport(doc), en, '5 December 2026', diagram);
		expect(markdown).toContain(`\n## The journey at a glance\n\n\`\`\`mermaid\n${diagram}\`\`\`\n`);
		const read = readMermaid(markdown);
		expect(read.ok && read.diagram.title).toBe(doc.journey.name);
		expect(read.ok && read.diagram.sections.flatMap((s) => s.tasks)).toHaveLength(
			doc.touchPoints.length
		);
	});
});

describe('names that would break a diagram', () => {
	const NASTY = [
		'Pay: now',
		'Call #2',
		'Wait; then call',
		'Two\nlines\r\nand\rmore',
		'journey',
		'Journey planning',
		'JOURNEY-map',
		'title deeds',
		'Title\tsearch',
		'section 2',
		'accTitle: hi',
		'accDescr {x}',
		'accDescr: y',
		// Bare: the task's own `:` after the name would make them keywords.
		'accTitle',
		'ACCDESCR',
		'accDescr ',
		'%% comment',
		'%{init}',
		'a%%{init: {"theme": "dark"}}%%',
		'x%% y',
		'100% sure',
		'Me, Cat',
		'}',
		'::',
		'# heading',
		';',
		'<br>',
		...HOSTILE.filter((h) => h.trim() !== '' && !/^\s/.test(h) && !h.includes('\ud800'))
	];

	const tidy = (name: string) => name.replace(/\s+/g, ' ').trim();

	it.each(NASTY)('keep a task, its section and its actor whole: %j', (nasty) => {
		const doc = mapOf(
			nasty,
			[[nasty, [{ name: nasty, segments: [nasty, 'Other'] }, { name: 'After' }]]],
			[nasty, 'Other']
		);
		const text = journeyToMermaid(doc);
		const seen = mermaidGrammar(text);
		expect(seen.sections).toHaveLength(1);
		expect(seen.tasks).toHaveLength(2);
		expect(seen.tasks[0]!.people).toHaveLength(2);
		expect(seen.tasks[1]!.task.trim()).toBe('After');
		expect(text).not.toMatch(/%%|[<>]/);
		// Our reader gives every name back as it was (its spacing tidied).
		const read = readMermaid(text);
		expect(read.ok && read.diagram).toMatchObject({
			title: tidy(nasty),
			sections: [
				{ name: tidy(nasty), tasks: [{ name: tidy(nasty), actors: [tidy(nasty), 'Other'] }, {}] }
			]
		});
	});

	it('start with a keyword only behind an invisible word joiner, and only for tasks', () => {
		expect(escapeName('Journey planning', 'task')).toBe(`${WORD_JOINER}Journey planning`);
		expect(escapeName('Journey planning', 'section')).toBe('Journey planning');
		expect(escapeName('Journeys', 'task')).toBe('Journeys');
	});

	it('any name survives Mermaid’s grammar and our reader (property)', () => {
		const name = fc
			.string({ minLength: 1, maxLength: 30, unit: 'binary' })
			.filter(
				(s) => s.trim() !== '' && !/[\uff1a\uff03\uff1b\uff0c\uff05\uff1c\uff1e\u2060]/.test(s)
			);
		fc.assert(
			fc.property(name, name, name, (task, stage, segment) => {
				const doc = mapOf(task, [[stage, [{ name: task, segments: [segment] }]]], [segment]);
				const text = journeyToMermaid(doc);
				const seen = mermaidGrammar(text);
				expect(seen.tasks).toHaveLength(1);
				expect(seen.tasks[0]!.people).toHaveLength(1);
				expect(seen.tasks[0]!.score).toBe(5);
				const read = readMermaid(text);
				expect(read.ok && read.diagram).toMatchObject({
					title: tidy(task),
					sections: [{ name: tidy(stage), tasks: [{ name: tidy(task), actors: [tidy(segment)] }] }]
				});
			}),
			{ numRuns: 300 }
		);
	});
});
