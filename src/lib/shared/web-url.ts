/**
 * Addresses from the data that the page shows as links: only absolute http(s) URLs written
 * exactly as they parse. A `javascript:` or `data:` address in a dataset must never become a
 * link a reader can click.
 */
export function isWebUrl(value: unknown): value is string {
	// Characters the URL parser drops or rewrites (edge spaces, tabs, newlines, controls, "\\"):
	// an address must go where it says. Inner spaces are only encoded, so they may stay.
	if (typeof value !== 'string' || value !== value.trim()) return false;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(value)) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
