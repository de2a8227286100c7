/**
 * Installs the service worker (src/service-worker.ts) and announces a new version of the app.
 * A new version never takes over by itself: the page shows a prompt, and only when the user
 * chooses Reload are the open journey's queued edits stored, the waiting worker told to take
 * over, and the page reloaded into it. Registered here rather than by SvelteKit so that the
 * update waits for that choice.
 */
import { whenAllStored } from './unsaved-work';

export type UpdatePhase = 'none' | 'ready' | 'waiting-for-save' | 'reloading';

let phase = $state<UpdatePhase>('none');
/** The installed new version, waiting for the user's agreement. */
let waiting: ServiceWorker | undefined;
let reloadChosen = false;

export const appUpdate = {
	get phase() {
		return phase;
	},
	/** Hides the prompt; the new version takes over when every tab of the app is closed. */
	later() {
		if (phase === 'ready') phase = 'none';
	},
	/** The user agreed: store pending edits, then switch to the new version and reload. */
	async reload() {
		if (phase !== 'ready') return;
		phase = 'reloading';
		await whenAllStored(() => (phase = 'waiting-for-save'));
		phase = 'reloading';
		reloadChosen = true;
		// The reload follows on `controllerchange`, once the new worker controls this page;
		// without a waiting worker (another tab already switched), this page is simply old.
		if (waiting) waiting.postMessage({ type: 'skip-waiting' });
		else location.reload();
	}
};

function offer(worker: ServiceWorker) {
	waiting = worker;
	if (phase === 'none') phase = 'ready';
}

/** Call once, in the browser, from the root layout. Not in dev: Vite serves modules fresh. */
export async function registerServiceWorker(scriptUrl: string): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const container = navigator.serviceWorker;
	let controlled = container.controller !== null;

	container.addEventListener('controllerchange', () => {
		if (reloadChosen) {
			// Typing may have gone on in the instant the new version took to take over.
			void whenAllStored(() => (phase = 'waiting-for-save')).then(() => location.reload());
			return;
		}
		// Another tab's Reload switched the app to the new version under this page, which is
		// still the old one: offer the reload here too. (A first visit just gained its worker.)
		if (controlled) {
			waiting = undefined;
			if (phase === 'none') phase = 'ready';
		}
		controlled = true;
	});

	let registration: ServiceWorkerRegistration | undefined;
	try {
		// `undefined` where registration is blocked (automated browsers may stub it).
		registration = await container.register(scriptUrl, { type: 'classic' });
	} catch {
		return; // No worker (private mode, an unsupported host): the app works online as before.
	}
	if (!registration) return;
	const reg = registration;

	if (reg.waiting && container.controller) offer(reg.waiting);
	reg.addEventListener('updatefound', () => {
		const installing = reg.installing;
		installing?.addEventListener('statechange', () => {
			// `installed` with a controller present is a new version; without one, the first.
			if (installing.state === 'installed' && container.controller) offer(installing);
		});
	});

	// A single-page app rarely navigates, so also look for a new version when the tab comes
	// back into view and every hour it stays open.
	const check = () => void reg.update().catch(() => undefined);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') check();
	});
	setInterval(check, 60 * 60 * 1000);
}
