/**
 * Reads a Mermaid `journey` diagram, on its own or inside Markdown (the first ```mermaid
 * block that holds a journey), into plain data checked by zod. The grammar is Mermaid's
 * (its journey.jison): `journey`, then lines of `title …`, `accTitle: …`, `accDescr: …` or
 * `accDescr { … }`, `section …` and tasks `name: score: actor, actor`; `%%` starts a comment
 * line, `#` a comment to the end of the line; a `---` front matter may give the title.
 * Scores must be whole numbers from 1 to 5 (Mermaid draws others, but no map can keep them).
 * Every problem names its line in the text as given (the Markdown file's line, not the
 * block's), so the person can find it.
 */
import { z } from 'zod';
import { LIMITS } from '$lib/domain/format';
import { unescapeName } from './mermaid-text';

export type MermaidProblem =
	| { kind: 'empty' }
	/** Markdown with no ```mermaid block at all. */
	| { kind: 'no-diagram' }
	/** A diagram of another type (`found` is its first word: flowchart, sequenceDiagram …). */
	| { kind: 'not-journey'; line: number; found: string }
	| { kind: 'not-understood'; line: number; text: string }
	| { kind: 'no-score'; line: number }
	| { kind: 'bad-score'; line: number; score: string }
	| { kind: 'no-name'; line: number }
	| { kind: 'colon-in-section'; line: number }
	| { kind: 'unclosed-description'; line: number }
	| { kind: 'too-long'; line: number; limit: number }
	| { kind: 'too-many'; limit: number };

const name = z.string().min(1).max(LIMITS.name);
const task = z.object({
	line: z.number().int(),
	name,
	score: z.number().int().min(1).max(5),
	actors: z.array(name).max(LIMITS.items)
});
const section = z.object({
	line: z.number().int(),
	/** Null for the tasks before the first `section`, which Mermaid allows. */
	name: name.nullable(),
	tasks: z.array(task).max(LIMITS.items)
});
export const mermaidJourney = z.object({
	/** Where the title was given (the `journey` line when there is none). */
	titleLine: z.number().int(),
	title: name.nullable(),
	description: z.string().max(LIMITS.text),
	sections: z.array(section).max(LIMITS.items)
});
export type MermaidJourney = z.infer<typeof mermaidJourney>;
export type MermaidTask = z.infer<typeof task>;

export type MermaidRead =
	{ ok: true; diagram: MermaidJourney } | { ok: false; problem: MermaidProblem };

interface Line {
	/** 1-based, in the whole text. */
	number: number;
	text: string;
}

const fail = (problem: MermaidProblem): MermaidRead => ({ ok: false, problem });

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*(mermaid(?:-example)?)(?:\s.*)?$/i;

/** The ```mermaid blocks of Markdown, each as the lines between its fences. */
function mermaidBlocks(lines: Line[]): Line[][] {
	const blocks: Line[][] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = FENCE_OPEN.exec(lines[i]!.text);
		if (!open) continue;
		const fence = open[1]!;
		const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
		const body: Line[] = [];
		for (i++; i < lines.length && !close.test(lines[i]!.text); i++) body.push(lines[i]!);
		blocks.push(body);
	}
	return blocks;
}

/** The first line that is neither blank nor a comment, and its first word. */
function firstWord(lines: Line[]): { line: number; word: string } | undefined {
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '' || text.startsWith('%%')) continue;
		return { line: line.number, word: /^[^\s:;{]+/.exec(text)?.[0] ?? text.slice(0, 20) };
	}
	return undefined;
}

const isJourney = (lines: Line[]) => firstWord(lines)?.word.toLowerCase() === 'journey';

/** Reads a diagram, or Markdown holding one. */
export function readMermaid(text: string): MermaidRead {
	const lines = text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.map((text, i) => ({ number: i + 1, text }));
	if (lines.every((l) => l.text.trim() === '')) return fail({ kind: 'empty' });
	const blocks = mermaidBlocks(lines);
	if (blocks.length === 0) {
		// Not Markdown with a block: the text is the diagram, or Markdown without one.
		const first = firstWord(withoutFrontMatter(lines).lines);
		if (first && /^(#|>|-|\*|\d+\.|```|~~~)/.test(first.word)) return fail({ kind: 'no-diagram' });
		return parseDiagram(lines);
	}
	const journey = blocks.find(isJourney);
	if (journey) return parseDiagram(journey);
	const first = blocks.map((b) => firstWord(withoutFrontMatter(b).lines)).find((w) => w);
	return first
		? fail({ kind: 'not-journey', line: first.line, found: first.word })
		: fail({ kind: 'empty' });
}

/** A `---` front matter at the start: skipped, but its `title:` is the diagram's title. */
function withoutFrontMatter(lines: Line[]): { lines: Line[]; title?: Line } {
	const start = lines.findIndex((l) => l.text.trim() !== '');
	if (start < 0 || lines[start]!.text.trim() !== '---') return { lines };
	const end = lines.findIndex((l, i) => i > start && l.text.trim() === '---');
	if (end < 0) return { lines };
	let title: Line | undefined;
	for (const line of lines.slice(start + 1, end)) {
		const found = /^title\s*:\s*(.*)$/.exec(line.text.trim());
		if (found) title = { number: line.number, text: found[1]!.replace(/^(["'])(.*)\1$/, '$2') };
	}
	return { lines: lines.slice(end + 1), ...(title ? { title } : {}) };
}

function parseDiagram(all: Line[]): MermaidRead {
	const front = withoutFrontMatter(all);
	const first = firstWord(front.lines);
	if (!first) return fail({ kind: 'empty' });
	if (first.word.toLowerCase() !== 'journey') {
		return fail({ kind: 'not-journey', line: first.line, found: first.word });
	}
	let titleLine = front.title?.number ?? first.line;
	let title = front.title ? unescapeName(front.title.text) || null : null;
	let accTitle: string | null = null;
	let description = '';
	let descriptionLine = first.line;
	const sections: MermaidJourney['sections'] = [];
	const current = () => sections.at(-1);

	const body = front.lines.slice(front.lines.findIndex((l) => l.number === first.line));
	// What follows `journey` on its own line is read as a statement, as Mermaid does.
	const statements = [
		{ number: first.line, text: body[0]!.text.trim().slice('journey'.length) },
		...body.slice(1)
	];
	for (let i = 0; i < statements.length; i++) {
		const { number: line, text: raw } = statements[i]!;
		const text = raw.trim();
		// `%` opens a comment line in Mermaid's lexer (`%{` aside), `%%` the usual way.
		if (text === '' || /^%(?!\{)/.test(text)) continue;

		let found: RegExpExecArray | null;
		if ((found = /^accTitle\s*:\s*(.*)$/i.exec(text))) {
			accTitle = unescapeName(found[1]!) || null;
			if (title === null) titleLine = line;
			continue;
		}
		if ((found = /^accDescr\s*:\s*(.*)$/i.exec(text))) {
			description = found[1]!.trim();
			descriptionLine = line;
			continue;
		}
		if ((found = /^accDescr\s*\{(.*)$/i.exec(text))) {
			const parts: string[] = [];
			let rest = found[1]!;
			let closed = false;
			for (;;) {
				const end = rest.indexOf('}');
				if (end >= 0) {
					parts.push(rest.slice(0, end));
					closed = true;
					break;
				}
				parts.push(rest);
				if (++i >= statements.length) break;
				rest = statements[i]!.text;
			}
			if (!closed) return fail({ kind: 'unclosed-description', line });
			descriptionLine = line;
			description = parts
				.map((p) => p.trim())
				.join('\n')
				.trim();
			continue;
		}
		// Past the accessibility lines, `#` starts a comment and `;` is refused, as in Mermaid.
		const statement = text.replace(/#.*$/, '').trimEnd();
		if (statement.includes(';')) return fail({ kind: 'not-understood', line, text: raw.trim() });
		if (statement === '') continue;
		if ((found = /^title\s(.*)$/i.exec(statement))) {
			title = unescapeName(found[1]!) || null;
			titleLine = line;
			continue;
		}
		if ((found = /^section\s(.*)$/i.exec(statement))) {
			if (found[1]!.includes(':')) return fail({ kind: 'colon-in-section', line });
			const name = unescapeName(found[1]!);
			if (!name) return fail({ kind: 'no-name', line });
			sections.push({ line, name, tasks: [] });
			continue;
		}
		if (/^(journey\b|title$|section$)/i.test(statement)) {
			return fail({ kind: 'not-understood', line, text: raw.trim() });
		}
		const colon = statement.indexOf(':');
		if (colon < 0) return fail({ kind: 'no-score', line });
		const name = unescapeName(statement.slice(0, colon));
		if (!name) return fail({ kind: 'no-name', line });
		// Mermaid splits the rest at `:` into the score and the actors, and drops any further part.
		const [scoreText = '', actorText = ''] = statement.slice(colon + 1).split(':');
		const score = scoreText.trim();
		if (score === '') return fail({ kind: 'no-score', line });
		if (!/^[1-5]$/.test(score)) return fail({ kind: 'bad-score', line, score });
		const actors = [
			...new Set(
				actorText
					.split(',')
					.map(unescapeName)
					.filter((a) => a !== '')
			)
		];
		if (!current()) sections.push({ line, name: null, tasks: [] });
		current()!.tasks.push({ line, name, score: Number(score), actors });
	}
	const parsed = mermaidJourney.safeParse({
		titleLine,
		title: title ?? accTitle,
		description: description.split('\n').map(unescapeName).join('\n'),
		sections
	});
	if (parsed.success) return { ok: true, diagram: parsed.data };
	return fail(problemOf(parsed.error.issues[0]!, { titleLine, descriptionLine, sections }));
}

/** The line a zod issue is about, found through its path into the diagram. */
function problemOf(
	issue: z.core.$ZodIssue,
	diagram: Pick<MermaidJourney, 'titleLine' | 'sections'> & { descriptionLine: number }
): MermaidProblem {
	if (issue.code === 'too_big' && issue.origin === 'array') {
		return { kind: 'too-many', limit: Number(issue.maximum) };
	}
	const [key, s, , t] = issue.path;
	let line = key === 'description' ? diagram.descriptionLine : diagram.titleLine;
	if (key === 'sections' && typeof s === 'number') {
		const section = diagram.sections[s];
		line = (typeof t === 'number' ? section?.tasks[t]?.line : undefined) ?? section?.line ?? line;
	}
	const limit = issue.code === 'too_big' ? Number(issue.maximum) : LIMITS.name;
	return { kind: 'too-long', line, limit };
}
