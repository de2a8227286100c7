/**
 * Mermaid itself, in the browser, to check what the app exports: the `mermaid` devDependency's
 * ES module build served from the app's own origin under /__mermaid__/ (so no request leaves
 * the machine), on a page of its own without the app's Content-Security-Policy (Mermaid's
 * drawing inserts styles the app's policy would rightly refuse).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

const DIST = fileURLToPath(new URL('../../node_modules/mermaid/dist/', import.meta.url));

export interface MermaidResult {
	/** Mermaid's parse error, if it refused the text. */
	error?: string;
	/** The diagram type Mermaid detected. */
	type?: string;
	/** Every text drawn in the SVG, trimmed, in document order. */
	texts: string[];
	/** The texts drawn as tasks (in their boxes), in order. */
	tasks: string[];
	/** Each task's score, read from where its face is drawn. */
	scores: number[];
}

/** A page in `context` where `check(text)` parses and draws `text` with Mermaid. */
export async function mermaidPage(context: BrowserContext, baseURL: string) {
	await context.route(`${baseURL}/__mermaid__/**`, (route) => {
		const path = new URL(route.request().url()).pathname.replace('/__mermaid__/', '');
		if (path === 'check.html') {
			return route.fulfill({
				contentType: 'text/html',
				body: '<!doctype html><html lang="en"><title>Mermaid check</title><main id="out"></main>'
			});
		}
		if (!/^[\w./-]+\.mjs$/.test(path) || path.includes('..')) return route.abort();
		return route.fulfill({
			contentType: 'text/javascript',
			body: readFileSync(DIST + path, 'utf8')
		});
	});
	const page = await context.newPage();
	await page.goto(`${baseURL}/__mermaid__/check.html`);
	await page.addScriptTag({
		type: 'module',
		content: `import mermaid from '/__mermaid__/mermaid.esm.min.mjs';
			mermaid.initialize({ startOnLoad: false });
			window.mermaid = mermaid;`
	});
	await page.waitForFunction(() => 'mermaid' in window);
	return {
		page,
		check: (text: string) => check(page, text)
	};
}

async function check(page: Page, text: string): Promise<MermaidResult> {
	return page.evaluate(async (text) => {
		const mermaid = (window as unknown as { mermaid: MermaidApi }).mermaid;
		const out = document.getElementById('out')!;
		out.innerHTML = '';
		try {
			const parsed = await mermaid.parse(text);
			const { svg } = await mermaid.render(`diagram-${Date.now()}`, text);
			out.innerHTML = svg;
			const texts = [...out.querySelectorAll('svg text')].map((t) => t.textContent!.trim());
			const tasks = [...out.querySelectorAll('svg text.task')].map((t) => t.textContent!);
			// Mermaid draws a task's face 30 px lower for each point below 5, from y = 300.
			const scores = [...out.querySelectorAll('svg circle.face')].map(
				(c) => 5 - (Number(c.getAttribute('cy')) - 300) / 30
			);
			return { type: parsed ? parsed.diagramType : undefined, texts, tasks, scores };
		} catch (error) {
			return { error: String((error as Error).message ?? error), texts: [], tasks: [], scores: [] };
		}

		interface MermaidApi {
			parse(text: string): Promise<{ diagramType: string } | false>;
			render(id: string, text: string): Promise<{ svg: string }>;
		}
	}, text);
}
