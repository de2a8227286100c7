/** The name this browser goes by in live sessions, remembered from the last one. */
const NAME_KEY = 'touchpoint.liveName';

export function rememberedName(): string {
	try {
		return localStorage.getItem(NAME_KEY) ?? '';
	} catch {
		return '';
	}
}

export function rememberName(name: string) {
	try {
		localStorage.setItem(NAME_KEY, name);
	} catch {
		// Storage refused (a private window): the name is asked again next time.
	}
}
