/**
 * Dexie's liveQuery as Svelte 5 state: the view re-renders when any write (in this tab or
 * another) touches what the query read. The key is read reactively, so a query follows
 * route parameters; the query itself runs outside Svelte's tracking.
 */
import { liveQuery } from 'dexie';

export interface Live<T> {
	readonly current: T | undefined;
	readonly loading: boolean;
	readonly error: unknown;
}

export function live<K, T>(key: () => K, query: (key: K) => Promise<T>): Live<T> {
	let current = $state.raw<T | undefined>(undefined);
	let loading = $state(true);
	let error = $state.raw<unknown>(undefined);

	$effect(() => {
		const k = key();
		loading = true;
		const subscription = liveQuery(() => query(k)).subscribe({
			next: (value) => {
				current = value;
				error = undefined;
				loading = false;
			},
			error: (e: unknown) => {
				console.error(e);
				error = e;
				loading = false;
			}
		});
		return () => subscription.unsubscribe();
	});

	return {
		get current() {
			return current;
		},
		get loading() {
			return loading;
		},
		get error() {
			return error;
		}
	};
}
