import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Which layer may import which (docs/architecture.md says why). Each entry names the files it
 * covers and one pattern of the imports refused there; the reason is the error's message.
 * The file sets do not overlap: a later entry for the same file would replace the rule.
 */
const refuse = (files, regex, why) => ({ files, regex, message: `${why} (docs/architecture.md).` });
const pure = 'domain/ imports only zod and itself: the model stays pure and portable';
export const boundaries = [
	refuse(['src/lib/domain/*.ts'], '^(?!zod$|\\$lib/domain/|\\./)', pure),
	// One level up from a subfolder is still domain/; two would leave it.
	refuse(['src/lib/domain/*/**/*.ts'], '^(?!zod$|\\$lib/domain/|\\./|\\.\\./(?!\\.\\./))', pure),
	refuse(
		['src/lib/storage/**/*.ts'],
		'^(\\$lib/(io|app|components|charts|i18n)|\\$app|svelte)(/|$)',
		'storage/ builds on domain/ alone: it stores documents; it does not word or show them'
	),
	refuse(
		['src/lib/io/**/*.ts'],
		'^(\\$lib/(storage|app|components|charts|i18n)|\\$app|svelte)(/|$)',
		'io/ builds on domain/ alone: a file reads the same wherever it comes from'
	),
	refuse(
		['src/lib/charts/**/*'],
		'^(\\$lib/(storage|app|components|io)|\\$app)(/|$)',
		'charts/ draw from domain/ and i18n/ only: navigation, writes and the URL come in as callbacks and props'
	),
	refuse(
		['src/lib/components/**/*', 'src/routes/**/*'],
		'^\\$lib/storage(/|$)',
		'Components and routes reach stored data through app/, its one door, never storage/'
	)
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.tmp/',
			'reports/',
			'.stryker-tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with better messages.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Untrusted text must never be rendered as HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	...boundaries.map(({ files, regex, message }) => ({
		name: `boundaries: ${files.join(' ')}`,
		files,
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
			// import('…') too, which no-restricted-imports does not see.
			'no-restricted-syntax': [
				'error',
				{ selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`, message }
			]
		}
	})),
	{
		files: ['src/**/*'],
		ignores: ['src/lib/domain/ids.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				{
					object: 'crypto',
					property: 'randomUUID',
					message:
						'Use newId() from $lib/domain/ids: crypto.randomUUID is missing over plain http (a LAN).'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
