/**
 * The session report as Markdown, to paste into an email or a wiki after the workshop.
 * User text is escaped so a frustration that contains `|`, `*` or a line break cannot
 * break a table or turn into formatting.
 */
import type { Measure } from '$lib/domain/rating-stats';
import {
	bands,
	formatMean,
	formatScore,
	levelName,
	type Band,
	type LevelWords
} from '$lib/domain/scoring';
import type { SessionReport } from '$lib/domain/session-report';

/**
 * The words the report is written in. Each language's catalog in i18n/ has them all, so the
 * caller passes its catalog; io defines the shape so that it need not import i18n.
 */
export interface ReportWords extends LevelWords {
	report: {
		title: string;
		summary: (
			participants: number,
			frustrations: number,
			rated: number,
			notRated: number
		) => string;
		topPriorities: string;
		notRatedYet: string;
		notRevealedYet: string;
		notRevealed: (n: number, m: number) => string;
		noPriorities: string;
		rank: string;
		touchPoint: string;
		stage: string;
		byStageAndBand: string;
		total: string;
		segments: string;
		noSegments: string;
		frustrationsColumn: string;
		urgent: string;
		totalPriority: string;
		whoTookPart: string;
		noParticipants: string;
		journeyDiagram: string;
	};
	frustration: string;
	priority: string;
	frequency: string;
	severity: string;
	segments: string;
	bands: Record<Band, string>;
}

export function escapeMarkdown(text: string): string {
	return text
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.replace(/([\\`*_{}[\]()#+\-!|<>~])/g, '\\$1')
		.trim();
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/**
 * `diagram`, the journey as Mermaid text (mermaid-export.ts), is embedded in a ```mermaid
 * block, which GitHub, GitLab, Notion and Obsidian draw where the report is pasted.
 */
export function reportMarkdown(
	report: SessionReport,
	m: ReportWords,
	date: string,
	diagram?: string
): string {
	const r = m.report;
	const lines: string[] = [
		`# ${r.title}: ${escapeMarkdown(report.journey)}`,
		'',
		`${date} · ${r.summary(report.participants.length, report.frustrations, report.rated, report.notRated.length)}`,
		'',
		`## ${r.topPriorities}`,
		''
	];
	if (report.topPriorities.length === 0) lines.push(r.noPriorities);
	else {
		const head = [
			r.rank,
			m.frustration,
			r.touchPoint,
			r.stage,
			m.priority,
			m.frequency,
			m.severity
		];
		lines.push(row(head), rule(head.length));
		for (const p of report.topPriorities) {
			const mean = (measure: Measure) => {
				const label = levelName(m, measure, p.ratings[measure]);
				return p.ratings.count > 0 ? `${formatMean(p.ratings[measure])} ${label}` : label;
			};
			lines.push(
				row([
					p.rank,
					escapeMarkdown(p.text),
					escapeMarkdown(p.touchPoint),
					escapeMarkdown(p.stage),
					`${formatScore(p.score)} ${m.bands[p.band]}`,
					mean('frequency'),
					mean('severity')
				])
			);
		}
	}

	if (report.notRated.length > 0) {
		lines.push('', `## ${r.notRatedYet}`, '');
		const head = [m.frustration, r.touchPoint, r.stage];
		lines.push(row(head), rule(head.length));
		for (const u of report.notRated) {
			lines.push(row([u.text, u.touchPoint, u.stage].map(escapeMarkdown)));
		}
	}

	if (report.notRevealed.length > 0) {
		lines.push('', `## ${r.notRevealedYet}`, '');
		const head = [m.frustration, r.touchPoint, r.stage, m.priority];
		lines.push(row(head), rule(head.length));
		for (const u of report.notRevealed) {
			const where = [u.text, u.touchPoint, u.stage].map(escapeMarkdown);
			lines.push(row([...where, r.notRevealed(u.rated, u.of)]));
		}
	}

	const bandHead = [r.stage, ...bands.map((b) => m.bands[b]), r.total];
	lines.push('', `## ${r.byStageAndBand}`, '', row(bandHead), rule(bandHead.length));
	for (const s of report.stages) {
		lines.push(row([escapeMarkdown(s.stage), ...bands.map((b) => s.counts[b]), s.total]));
	}
	lines.push(row([r.total, ...bands.map((b) => report.bandTotals[b]), report.scored]));

	if (diagram) lines.push('', `## ${r.journeyDiagram}`, '', '```mermaid', diagram.trimEnd(), '```');

	lines.push('', `## ${r.segments}`, '');
	if (report.segments.length === 0) lines.push(r.noSegments);
	else {
		const head = [m.segments, r.frustrationsColumn, r.urgent, r.totalPriority];
		lines.push(row(head), rule(head.length));
		for (const s of report.segments) {
			lines.push(
				row([escapeMarkdown(s.name), s.frustrations, s.urgent, formatScore(s.totalScore)])
			);
		}
	}

	lines.push('', `## ${r.whoTookPart}`, '');
	if (report.participants.length === 0) lines.push(r.noParticipants);
	else lines.push(report.participants.map(escapeMarkdown).join(', '));
	return lines.join('\n') + '\n';
}
