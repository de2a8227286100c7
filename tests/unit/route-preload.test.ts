import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineRoutePreload } from '../../scripts/route-preload.js';

const page = (policy: string) => `<!doctype html>
<html>
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; ${policy}">
		<link href="/_app/immutable/entry/start.js" rel="modulepreload">
		<link href="/_app/immutable/assets/shared.css" rel="stylesheet">
		<!-- the route's scripts -->
		<script src="/_app/route-preload.js"></script>
	</head>
	<body></body>
</html>`;
const source =
	'const here = /* route-preload: here */ document.currentScript && document.currentScript.src;';

describe('the route-preload script written into the page', () => {
	const html = inlineRoutePreload(page("script-src 'self' 'sha256-kit='"), source);
	const script = /<script>(.*?)<\/script>/s.exec(html)?.[1];

	it('names the address the page named it by, and is no longer fetched', () => {
		expect(script).toBe('const here = new URL("/_app/route-preload.js", location.href).href;');
		expect(html).not.toContain('<script src=');
	});

	it('is allowed by its hash in the policy, beside the ones already there', () => {
		const hash = createHash('sha256').update(script!).digest('base64');
		expect(html).toContain(`script-src 'self' 'sha256-${hash}' 'sha256-kit='`);
	});

	it('runs before the first stylesheet, which would hold it back until it arrived', () => {
		expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('rel="modulepreload"'));
		expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('rel="stylesheet"'));
	});

	it('leaves a page already done as it is, and refuses a page without a script policy', () => {
		expect(inlineRoutePreload(html, source)).toBe(html);
		expect(() => inlineRoutePreload(page("style-src 'self'"), source)).toThrow(/script-src/);
	});

	it('refuses a page whose stylesheet comes before its policy, where it would run unchecked', () => {
		const early = page("script-src 'self'").replace(
			'<meta http-equiv',
			'<link href="/early.css" rel="stylesheet">\n\t\t<meta http-equiv'
		);
		expect(() => inlineRoutePreload(early, source)).toThrow(/stylesheet/);
	});
});
