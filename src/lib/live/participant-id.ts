/** Participant ids from pids: plain string work, free of Yjs, so the phone view can load without the session's code. */
/** A participant's record id: a UUID (version 4 in form) made from their pid, the same everywhere. */
export function participantIdFor(pid: string): string {
	const h = pid.toLowerCase();
	const variant = '89ab'[parseInt(h[16] ?? '0', 16) & 3];
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
