/**
 * JSON Schemas of the file formats, generated from the zod definitions so other tools can
 * read and write maps. They describe what a file may contain as written (`io: 'input'`:
 * fields with defaults may be left out); cross-references between items (a frustration's
 * touch point must exist) are checked on import but cannot be said in JSON Schema.
 */
import { z } from 'zod';
import { backupFile, journeyFile } from './journey-file';

const BASE = 'https://touchpoint.invalid/schemas/';

export function fileJsonSchemas(): Record<string, object> {
	const schema = (file: z.ZodType, name: string, title: string) => ({
		...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }),
		$id: BASE + name,
		title
	});
	return {
		'journey.schema.json': schema(journeyFile, 'journey.schema.json', 'Touchpoint journey file'),
		'backup.schema.json': schema(backupFile, 'backup.schema.json', 'Touchpoint backup file')
	};
}
