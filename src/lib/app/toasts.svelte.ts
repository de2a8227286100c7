/** Short messages at the bottom of the screen, optionally with one action (such as Undo). */
export interface Toast {
	id: number;
	message: string;
	action?: { label: string; run: () => void | Promise<void> };
	tone?: 'info' | 'error';
}

let nextId = 1;
let list = $state<Toast[]>([]);

export const toasts = {
	get list() {
		return list;
	},
	/** Shows a toast for `ms` milliseconds; long enough by default to reach an Undo button. */
	show(toast: Omit<Toast, 'id'>, ms = 10_000) {
		const id = nextId++;
		list = [...list, { ...toast, id }];
		setTimeout(() => this.dismiss(id), ms);
		return id;
	},
	dismiss(id: number) {
		list = list.filter((t) => t.id !== id);
	}
};
