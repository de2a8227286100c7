/**
 * Mermaid's own journey grammar (its jison parser, from the `mermaid` devDependency), run in
 * Node: the unit tests check exported text with it, not only with our reader. Its database is
 * replaced by one that records what the parser hands it, read the way Mermaid's journeyDb does
 * (`addTask` splits the data at `:` into the score and the actors, split at `,`), since the real
 * one sanitises through DOMPurify, which needs a browser. The e2e tests run the whole of
 * Mermaid (its preprocessing and renderer included) in Chromium.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface MermaidSeen {
	title?: string;
	accTitle?: string;
	accDescr?: string;
	sections: string[];
	tasks: { section: string; task: string; score: number; people: string[] }[];
}

interface JisonParser {
	yy: unknown;
	parse(text: string): unknown;
}

const chunks = fileURLToPath(
	new URL('../../node_modules/mermaid/dist/chunks/mermaid.core/', import.meta.url)
);
const file = readdirSync(chunks).find((name) => /^journeyDiagram-.*\.mjs$/.test(name));
if (!file) throw new Error(`Mermaid's journey diagram is not in ${chunks}`);
const { diagram } = (await import(/* @vite-ignore */ chunks + file)) as {
	diagram: { parser: JisonParser & { parser?: JisonParser } };
};
const parser = diagram.parser.parser ?? diagram.parser;

/** Parses with Mermaid's grammar; throws Mermaid's own parse error. */
export function mermaidGrammar(text: string): MermaidSeen {
	const seen: MermaidSeen = { sections: [], tasks: [] };
	let section = '';
	parser.yy = {
		setDiagramTitle: (title: string) => (seen.title = title),
		setAccTitle: (title: string) => (seen.accTitle = title),
		setAccDescription: (description: string) => (seen.accDescr = description),
		addSection: (name: string) => {
			section = name;
			seen.sections.push(name);
		},
		addTask: (task: string, data: string) => {
			const pieces = data.slice(1).split(':');
			seen.tasks.push({
				section,
				task,
				score: Number(pieces[0]),
				people: pieces.length > 1 ? pieces[1]!.split(',').map((s) => s.trim()) : []
			});
		}
	};
	parser.parse(text);
	return seen;
}
