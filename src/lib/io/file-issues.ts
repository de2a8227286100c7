/**
 * What is wrong with an invalid file, in a form the UI can say in either language: the
 * field's path as a reader writes it (`frustrations[3].severity`) and the rule it breaks,
 * with the field's full range looked up in the schema, so a severity of 9 reads "must be
 * between 1 and 5" rather than "too big".
 */
import type { z } from 'zod';

export type FileIssue =
	| { path: string; rule: 'range'; min?: number; max?: number }
	| { path: string; rule: 'length'; min?: number; max?: number }
	| { path: string; rule: 'count'; max?: number }
	| { path: string; rule: 'type'; expected: string }
	| { path: string; rule: 'choice'; values: string[] }
	| { path: string; rule: 'format'; format: string }
	| { path: string; rule: 'integer' }
	| { path: string; rule: 'duplicate-id' }
	| { path: string; rule: 'missing-reference'; what: string }
	| { path: string; rule: 'invalid' };

/** `['document', 'frustrations', 3, 'severity']` → `frustrations[3].severity`. */
export function pathText(path: readonly PropertyKey[]): string {
	const inner = path[0] === 'document' ? path.slice(1) : path;
	let text = '';
	for (const key of inner) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += (text ? '.' : '') + String(key);
	}
	return text;
}

type Def = {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of the field at `path`, through objects, arrays, records and wrappers. */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	let schema: z.ZodType | undefined = root;
	const unwrap = (s: z.ZodType): z.ZodType => {
		const def = defOf(s);
		const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
		return inner ? unwrap(inner) : s;
	};
	for (const key of path) {
		if (!schema) return undefined;
		const def = defOf(unwrap(schema));
		if (def.type === 'object') schema = def.shape?.[String(key)];
		else if (def.type === 'array') schema = def.element;
		else if (def.type === 'record') schema = def.valueType;
		else return undefined;
	}
	return schema && unwrap(schema);
}

function boundsAt(root: z.ZodType, path: readonly PropertyKey[]) {
	const field = schemaAt(root, path) as
		| {
				minValue?: number | null;
				maxValue?: number | null;
				minLength?: number | null;
				maxLength?: number | null;
		  }
		| undefined;
	const finite = (n: number | null | undefined) =>
		typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER
			? n
			: undefined;
	return {
		min: finite(field?.minValue) ?? finite(field?.minLength),
		max: finite(field?.maxValue) ?? finite(field?.maxLength)
	};
}

export function describeIssue(root: z.ZodType, issue: z.core.$ZodIssue): FileIssue {
	const path = pathText(issue.path);
	switch (issue.code) {
		case 'too_big':
		case 'too_small': {
			if (issue.origin === 'array' || issue.origin === 'set') {
				return {
					path,
					rule: 'count',
					max: issue.code === 'too_big' ? Number(issue.maximum) : undefined
				};
			}
			const { min, max } = boundsAt(root, issue.path);
			return { path, rule: issue.origin === 'string' ? 'length' : 'range', min, max };
		}
		case 'invalid_type':
			return { path, rule: 'type', expected: issue.expected };
		case 'invalid_value':
			return { path, rule: 'choice', values: issue.values.map((v) => String(v)) };
		case 'invalid_format':
			return { path, rule: 'format', format: issue.format };
		case 'not_multiple_of':
			return { path, rule: 'integer' };
		case 'custom': {
			const params = (issue.params ?? {}) as { reason?: string; what?: string };
			if (params.reason === 'duplicate-id') return { path, rule: 'duplicate-id' };
			if (params.reason === 'missing-reference')
				return { path, rule: 'missing-reference', what: params.what ?? '' };
			return { path, rule: 'invalid' };
		}
		default:
			return { path, rule: 'invalid' };
	}
}
