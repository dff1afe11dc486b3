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

	/** The page of a timeline frame: what this script manages, and nothing else. */
	const FRAME_PAGE = /\/embed\.html$/;

	/** The frame's own origin and page, as its src says; undefined for any other frame. */
	function timelineFrameSrc(frame) {
		try {
			const src = new URL(frame.getAttribute('src') || '', location.href);
			return FRAME_PAGE.test(src.pathname) ? src : undefined;
		} catch {
			return undefined;
		}
	}

	/**
	 * The timeline frame a message came from, or undefined. Another frame on the page (an ad, a
	 * video) may post the same messages: only a timeline frame's own window, speaking from the
	 * origin its src names, is listened to.
	 */
	function frameOf(event) {
		for (const frame of document.querySelectorAll('iframe')) {
			if (frame.contentWindow !== event.source) continue;
			const src = timelineFrameSrc(frame);
			return src && src.origin === event.origin ? frame : undefined;
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
		const src = timelineFrameSrc(frame);
		if (src) frame.contentWindow.postMessage({ type: SELECT, id }, src.origin);
	}

	addEventListener('message', (event) => {
		const data = event.data;
		if (typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
		const frame = frameOf(event);
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
		for (const frame of document.querySelectorAll('iframe[id]'))
			if (timelineFrameSrc(frame)) followHash(frame);
	});
})();
