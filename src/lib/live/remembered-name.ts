/** The name this browser goes by in live sessions, remembered from the last one. */
import { readPreference, writePreference } from '$lib/storage/preferences';

const NAME_KEY = 'touchpoint.liveName';

export const rememberedName = (): string => readPreference(NAME_KEY) ?? '';

export const rememberName = (name: string) => writePreference(NAME_KEY, name);
