/*
 * Evidence timeline: the host-page script for embedded frames (embed.html). Load it once on a page
 * that holds one or more timeline frames:
 *
 *   <iframe id="militias" src="…/embed.html?src=events.json" title="…"></iframe>
 *   <script src="…/embed-host.js" async></script>
 *
 * It sizes each frame to its content, and links the page's URL to the frames that have an id:
 * `page.html#militias=event-id` opens that frame on that event, and a selection in the frame
 * writes it there (replacing the history entry, so the back button is not flooded).
 * No globals, no storage, no requests. The message names are those of src/lib/embed/frame-protocol.ts.
 */
(() => {
	const HEIGHT = 'event-timeline:height';
	const READY = 'event-timeline:ready';
	const SELECT = 'event-timeline:select';

	/** The frame a message came from, or undefined. */
	function frameOf(source) {
		for (const frame of document.querySelectorAll('iframe')) {
			if (frame.contentWindow === source) return frame;
		}
		return undefined;
	}

	/** The page's hash as key → value pairs. */
	function hashParams() {
		return new URLSearchParams(location.hash.slice(1));
	}

	/** Asks a frame to select the event the page's hash names for it, if any. */
	function followHash(frame) {
		const id = frame.id && hashParams().get(frame.id);
		if (!id || !frame.contentWindow) return;
		frame.contentWindow.postMessage({ type: SELECT, id }, new URL(frame.src, location.href).origin);
	}

	addEventListener('message', (event) => {
		const data = event.data;
		if (typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
		const frame = frameOf(event.source);
		if (!frame) return;
		if (data.type === HEIGHT && Number.isFinite(data.height) && data.height > 0) {
			frame.style.height = `${Math.ceil(data.height)}px`;
		} else if (data.type === READY) {
			followHash(frame);
		} else if (data.type === SELECT && frame.id && typeof data.id === 'string') {
			const params = hashParams();
			if (params.get(frame.id) === data.id) return;
			params.set(frame.id, data.id);
			history.replaceState(history.state, '', `#${params}`);
		}
	});

	addEventListener('hashchange', () => {
		for (const frame of document.querySelectorAll('iframe[id]')) followHash(frame);
	});
})();
