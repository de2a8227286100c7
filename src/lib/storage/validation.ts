import type { z } from 'zod';

/** A write refused because the data did not match the schema; nothing was stored. */
export class ValidationError extends Error {
	constructor(readonly issues: z.core.$ZodIssue[]) {
		super(
			'Invalid journey data: ' +
				issues
					.slice(0, 5)
					.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
					.join('; ')
		);
		this.name = 'ValidationError';
	}
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
	const result = schema.safeParse(value);
	if (!result.success) throw new ValidationError(result.error.issues);
	return result.data;
}
