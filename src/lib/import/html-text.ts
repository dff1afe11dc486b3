/**
 * HTML fragments (TimelineJS3 headlines and texts) to plain text, without a DOM, so the import runs
 * the same in Node and in the browser. The text is for reading and quoting, never for rendering:
 * elements whose content is not text a reader sees (script, style, …) are dropped with their
 * content, block elements become line breaks, other tags vanish, and character references are
 * decoded.
 */

/** Elements whose content is code or embedded media, not text; an unclosed one runs to the end. */
const DROPPED_ELEMENT =
	/<(script|style|template|noscript|iframe|object|embed|svg|math|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>/g;
/** Tags that end a line of text when rendered. */
const BLOCK_TAG =
	/<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|blockquote|pre|table|tr|thead|tbody|section|article|header|footer|aside|figure|figcaption|address|nav)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** Any other tag; a `<` not followed by a letter (as in "a < b") is text and stays. */
const TAG = /<\/?[a-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const CHARACTER_REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Named references in common use; Latin letters with accents are composed below. */
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	shy: '',
	zwnj: '\u200c',
	zwj: '\u200d',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	bull: '•',
	middot: '·',
	prime: '′',
	Prime: '″',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	minus: '−',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sup2: '²',
	sup3: '³',
	micro: 'µ',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	sect: '§',
	para: '¶',
	dagger: '†',
	Dagger: '‡',
	iexcl: '¡',
	iquest: '¿',
	szlig: 'ß',
	aelig: 'æ',
	AElig: 'Æ',
	oelig: 'œ',
	OElig: 'Œ',
	oslash: 'ø',
	Oslash: 'Ø',
	eth: 'ð',
	ETH: 'Ð',
	thorn: 'þ',
	THORN: 'Þ',
	larr: '←',
	rarr: '→',
	uarr: '↑',
	darr: '↓',
	harr: '↔'
};

/** `&eacute;`, `&Uuml;`, `&ccedil;`: a letter and a combining mark, composed. */
const ACCENTS: Record<string, string> = {
	grave: '\u0300',
	acute: '\u0301',
	circ: '\u0302',
	tilde: '\u0303',
	uml: '\u0308',
	ring: '\u030a',
	cedil: '\u0327',
	caron: '\u030c'
};
const ACCENTED = /^([A-Za-z])(grave|acute|circ|tilde|uml|ring|cedil|caron)$/;

function decodeNamed(name: string): string | undefined {
	if (Object.hasOwn(NAMED, name)) return NAMED[name];
	const accented = ACCENTED.exec(name);
	if (!accented) return undefined;
	const composed = (accented[1] + ACCENTS[accented[2]]).normalize('NFC');
	// A letter the mark does not compose with (`&qacute;`) is not a reference HTML knows.
	return composed.length === 1 ? composed : undefined;
}

function decodeCodePoint(code: number): string {
	const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
	return invalid ? '\ufffd' : String.fromCodePoint(code);
}

/** Decodes numeric and named character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(CHARACTER_REFERENCE, (whole, decimal, hex, name) => {
		if (decimal !== undefined) return decodeCodePoint(Number(decimal));
		if (hex !== undefined) return decodeCodePoint(parseInt(hex, 16));
		return decodeNamed(name) ?? whole;
	});
}

/**
 * The text of an HTML fragment as lines: one per paragraph or line break, each with its white
 * space collapsed and trimmed, empty lines left out (so the result never holds a blank line).
 */
export function htmlToText(html: string): string {
	const withoutCode = html.replace(COMMENT, '').replace(DROPPED_ELEMENT, '');
	const text = decodeEntities(withoutCode.replace(BLOCK_TAG, '\n').replace(TAG, ''));
	return text
		.split(/\r\n|[\n\r\u2028\u2029]/)
		.map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
		.filter((line) => line.length > 0)
		.join('\n');
}

/** The text of an HTML fragment on one line (for headlines and labels). */
export function htmlToLine(html: string): string {
	return htmlToText(html).replace(/\n/g, ' ');
}

/** Plain text as HTML that shows it unchanged. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * A saved web page's bytes as text: UTF-8 when they are UTF-8 (a byte order mark kept, as
 * check:data reads text), else the character encoding the page declares in its first 1 024 bytes
 * (`<meta charset>` or `<meta http-equiv="Content-Type">`), as a browser reads it: pages saved
 * from older sites are often windows-1252. Undefined when the bytes are not UTF-8 and the page
 * declares no encoding this runtime can decode. Only the extracted text is stored (as UTF-8), so
 * offsets are counted in that text whatever the page's encoding. Written by hand because the
 * decoding itself is TextDecoder's; what is left is the HTML standard's small prescan of the
 * charset declaration, for which no library the project has would do.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		// Not UTF-8: read the declaration below.
	}
	// Every encoding a page can declare agrees with ASCII on the bytes of a meta tag.
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	const declared =
		/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? undefined;
	if (!declared || declared === 'utf-8' || declared === 'utf8') return undefined;
	let decoder: TextDecoder;
	try {
		decoder = new TextDecoder(declared);
	} catch {
		return undefined;
	}
	const text = decoder.decode(bytes);
	// Node decodes windows-1252 (the encoding of every "latin1" and "iso-8859-1" label) as
	// ISO-8859-1, which gives C1 controls for its curly quotes and dashes; browsers do not. A
	// decoded C1 control can only be such a byte, so mapping them is right in both.
	return decoder.encoding === 'windows-1252'
		? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c)
		: text;
}

/** Bytes 0x80–0x9F in windows-1252 (the WHATWG Encoding Standard's index); "" is undefined. */
const WINDOWS_1252_C1 = [
	'€',
	'',
	'‚',
	'ƒ',
	'„',
	'…',
	'†',
	'‡',
	'ˆ',
	'‰',
	'Š',
	'‹',
	'Œ',
	'',
	'Ž',
	'',
	'',
	'‘',
	'’',
	'“',
	'”',
	'•',
	'–',
	'—',
	'˜',
	'™',
	'š',
	'›',
	'œ',
	'',
	'ž',
	'Ÿ'
];
