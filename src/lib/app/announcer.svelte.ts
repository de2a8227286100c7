/** Messages for screen readers about what just happened (a move, an undo), read politely. */
let message = $state('');

export const announcer = {
	get message() {
		return message;
	},
	say(text: string) {
		// Clearing first makes a repeated message be read again.
		message = '';
		queueMicrotask(() => (message = text));
	}
};
