/**
 * A plain Yjs client in the test process, on a Touchpoint server's WebSocket, as a script
 * holding a link's secret would be: no browser, no app code deciding what it sends.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export function forgedClient(touchpointUrl: string) {
	const socket = new HocuspocusProviderWebsocket({
		url: `${touchpointUrl.replace('http', 'ws')}live`,
		WebSocketPolyfill: WebSocket
	});
	const providers: HocuspocusProvider[] = [];
	return {
		/** One of the room's documents, on the client's one socket (as a browser's are). */
		open(name: string, token: string, options: { awareness?: null } = {}) {
			const provider = new HocuspocusProvider({
				websocketProvider: socket,
				name,
				token,
				document: new Y.Doc(),
				...options
			});
			provider.attach();
			providers.push(provider);
			return provider;
		},
		close() {
			for (const provider of providers.reverse()) provider.destroy();
			socket.destroy();
		}
	};
}
