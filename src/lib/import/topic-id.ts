/**
 * Topic ids for group names in any script. The dataset's ids are ASCII slugs, and `slugify`
 * keeps only ASCII letters and digits, so "中国" and "日本" would both slug to "" and merge into
 * one topic. A name with letters or digits outside ASCII gets a short hash of itself appended:
 * distinct names give distinct ids, and the same name gives the same id on every import.
 */
import { slugify } from '../shared/slug.ts';

/** Letters and digits that survive `slugify` (after accents are stripped): ASCII ones. */
const LOSSY = /[\p{L}\p{N}]/u;

/**
 * FNV-1a over the UTF-16 code units, as 7 base-36 digits. Written here because ids need only a
 * stable, well-spread short hash, not a cryptographic one, and Web Crypto's digest is async.
 */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/**
 * The topic id of a group name: its slug when the slug keeps all its letters and digits
 * ("Group 1" → "group-1"), else the slug (or "topic") plus a hash of the NFC name
 * ("唐朝" → "topic-0k3x9a1", "Dynastie 唐" → "dynastie-…"). "" only for an empty name.
 */
export function topicIdFor(name: string): string {
	const nfc = name.normalize('NFC').trim();
	if (!nfc) return '';
	const slug = slugify(nfc);
	const dropped = nfc
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[A-Za-z0-9]/g, '');
	if (slug && !LOSSY.test(dropped)) return slug;
	return `${slug || 'topic'}-${shortHash(nfc)}`;
}
