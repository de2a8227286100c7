/**
 * Who a browser is in a live session and what proves it: its role, the secrets it holds, the
 * token its socket presents (protocol.js holds the contract the server checks), the links an
 * owner hands out, and whether this origin's server runs live sessions at all.
 */
import { editorToken, HEALTH_PATH, joinLink, ownerToken, participantToken } from './protocol.js';

export type LiveRole = 'owner' | 'editor' | 'participant';

/** What a session needs to connect: its document and the secrets this browser holds. */
export interface LiveSecrets {
	roomId: string;
	role: LiveRole;
	/** The owner: all three; others: their own under their role. */
	secrets: { owner?: string; editor?: string; participant?: string };
	personalKey?: string;
	/** The owner's join code (protocol.js newJoinCode); the participant secret derives from it. */
	code?: string;
}

/** The provider's token of the contract: the secret travels in the socket's first message. */
export function tokenFor({ role, secrets, personalKey, code }: LiveSecrets): string {
	if (role === 'owner') {
		return ownerToken({
			ownerSecret: secrets.owner ?? '',
			editorSecret: secrets.editor ?? '',
			participantSecret: secrets.participant ?? '',
			code
		});
	}
	if (role === 'editor') return editorToken(secrets.editor ?? '');
	return participantToken(secrets.participant ?? '', personalKey ?? '');
}

/** The links an owner hands out; the secret only after `#`, so no server ever logs it. */
export function joinLinks(origin: string, { roomId, secrets }: LiveSecrets) {
	const link = (role: 'editor' | 'participant') =>
		joinLink(origin, { room: roomId, role, key: secrets[role] ?? '' });
	return { editor: link('editor'), participant: link('participant') };
}

/** Whether this origin is the Touchpoint server (a static host answers anything else). */
export async function liveServerAnswers(): Promise<boolean> {
	try {
		const response = await fetch(HEALTH_PATH, { cache: 'no-store' });
		if (!response.ok) return false;
		const body = (await response.json()) as { touchpoint?: unknown };
		return body.touchpoint === 'live';
	} catch {
		return false;
	}
}
