// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version from package.json, written into exported files. */
	const __APP_VERSION__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
