/** Shared by the property tests: text written to attack, and a check that nothing was polluted. */
import fc from 'fast-check';
import { expect } from 'vitest';

export const HOSTILE = [
	'<script>window.__pwned=1</script>',
	'<img src=x onerror="window.__pwned=1">',
	'"><svg onload=window.__pwned=1>',
	'javascript:window.__pwned=1',
	"{{constructor.constructor('window.__pwned=1')()}}",
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'=1+1',
	'@SUM(A1)',
	'+1',
	'-1',
	'\t=1',
	'\u2028\u2029',
	'\ud800',
	' ',
	''
];

export const hostileText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));

/** Own keys of the built-in prototypes a polluting parse or merge would reach. */
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((p) => Reflect.ownKeys(p).map(String).sort());
const pristine = prototypeKeys();

export function expectPrototypesClean() {
	expect(prototypeKeys()).toEqual(pristine);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(({} as Record<string, unknown>).__pwned).toBeUndefined();
	expect(Object.prototype.toString.call({})).toBe('[object Object]');
}
