import { expect, openJourneyList, test } from './fixtures';

type Probe = Window & {
	__evalOutcome?: string;
	__functionOutcome?: string;
	__timerRan?: number;
	__injected?: number;
	__handlerRan?: number;
};

test('the app carries a strict Content-Security-Policy', async ({ page, expectAccessible }) => {
	await openJourneyList(page);
	// axe-core runs inside the page: the policy must not keep the scan from working.
	await expectAccessible();
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const directives = new Map(
		(policy ?? '')
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...sources]) => [name, sources] as const)
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('base-uri')).toEqual(["'none'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
	// Scripts: this origin and the hash of SvelteKit's start-up script, nothing else.
	const scripts = directives.get('script-src')!;
	expect(scripts[0]).toBe("'self'");
	expect(scripts.slice(1).length).toBeGreaterThan(0);
	expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
	expect(directives.get('style-src')).toEqual(["'self'"]);
	// Style attributes: at most the hashed one of SvelteKit's announcer.
	for (const source of directives.get('style-src-attr') ?? []) {
		expect(source).toMatch(/^'unsafe-hashes'$|^'sha256-[A-Za-z0-9+/=]+'$/);
	}
	expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
});

test('the policy refuses eval, injected scripts, inline handlers and style attributes', async ({
	page,
	cspViolations
}) => {
	await openJourneyList(page);
	await page.evaluate(() => {
		const probe = window as Probe;
		// Code run by Playwright itself may eval; the page's own callbacks may not.
		setTimeout(() => {
			try {
				eval('1');
				probe.__evalOutcome = 'ran';
			} catch (error) {
				probe.__evalOutcome = (error as Error).name;
			}
			try {
				new Function('return 1')();
				probe.__functionOutcome = 'ran';
			} catch (error) {
				probe.__functionOutcome = (error as Error).name;
			}
		});
		setTimeout('window.__timerRan = 1');
		const script = document.createElement('script');
		script.textContent = 'window.__injected = 1';
		document.body.append(script);
		const button = document.createElement('button');
		button.setAttribute('onclick', 'window.__handlerRan = 1');
		button.setAttribute('style', 'color: rgb(255, 0, 0)');
		button.id = 'probe';
		document.body.append(button);
	});
	await page.locator('#probe').dispatchEvent('click');
	await expect
		.poll(() =>
			page.evaluate(() => {
				const probe = window as Probe;
				return {
					evaluated: probe.__evalOutcome,
					constructed: probe.__functionOutcome,
					timer: probe.__timerRan,
					injected: probe.__injected,
					handler: probe.__handlerRan,
					colour: getComputedStyle(document.getElementById('probe')!).color
				};
			})
		)
		.toEqual({
			evaluated: 'EvalError',
			constructed: 'EvalError',
			timer: undefined,
			injected: undefined,
			handler: undefined,
			colour: expect.not.stringMatching(/rgb\(255, 0, 0\)/)
		});
	// Each refusal was reported, by the directive that refused it.
	await expect
		.poll(async () => new Set(await page.evaluate(() => window.__cspViolations ?? [])).size)
		.toBeGreaterThanOrEqual(4);
	const refused = (await page.evaluate(() => window.__cspViolations ?? [])).join('\n');
	for (const directive of [
		'script-src ',
		'script-src-elem ',
		'script-src-attr ',
		'style-src-attr '
	]) {
		expect(refused).toContain(directive);
	}
	// These were provoked on purpose, so they do not fail the test (once all have arrived).
	const count = (await page.evaluate(() => window.__cspViolations ?? [])).length;
	await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(count);
	cspViolations.length = 0;
});

test('a journey opened at its address asks for its page’s scripts from the page itself', async ({
	page,
	context,
	expectAccessible
}) => {
	await openJourneyList(page);
	const link = page.getByRole('list').getByRole('link').first();
	const name = (await link.textContent())!.trim();
	const address = new URL((await link.getAttribute('href'))!, page.url()).href;

	// A new page straight onto the journey, as a share link or a bookmark opens it, noting
	// whether the page was still being read when each of its route's scripts was asked for.
	const cold = await context.newPage();
	await cold.addInitScript(() => {
		const asked: string[] = [];
		(window as Window & { __asked?: string[] }).__asked = asked;
		new MutationObserver((changes) => {
			for (const change of changes)
				for (const node of change.addedNodes)
					if (node instanceof HTMLLinkElement && node.href.includes('/_app/immutable/nodes/'))
						asked.push(document.readyState);
		}).observe(document, { childList: true, subtree: true });
	});
	await cold.goto(address);
	await expect(cold.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(cold.getByRole('button', { name: 'Add frustration' }).first()).toBeVisible();
	await expectAccessible(cold);
	// The map's page and layout scripts were asked for by the page's own script, run (within
	// the policy, by its hash) while the page was still loading: not by the app once its
	// code had run, a round trip later.
	const asked = await cold.evaluate(() => (window as Window & { __asked?: string[] }).__asked);
	expect(asked!.length).toBeGreaterThan(1);
	expect(new Set(asked)).toEqual(new Set(['loading']));
});
