/**
 * Slugs: the kebab-case ids of the dataset format (events, sources, topics, actors, kinds), and
 * the one way this project makes them from text, so that the importer and `add-article` give the
 * same id for the same title.
 */

/** A kebab-case slug: lower-case ASCII letters and digits in runs joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Apostrophes and the quotes typed for them: removed, so "Iraq’s" gives "iraqs", not "iraq-s". */
const APOSTROPHES = /['’‘`]/g;

/**
 * A slug of `text` (it matches `SLUG`), or "" when `text` has no letter or digit. Accents are
 * dropped, apostrophes removed, and every other run of characters but ASCII letters and digits
 * becomes one hyphen. A slug is its own slug, so ids survive a round trip.
 *
 * A slug longer than `maxLength` is cut after its last whole word that fits; a first word longer
 * than that is cut at `maxLength`. Each caller chooses its length: ids are for people too.
 */
export function slugify(text: string, maxLength = Infinity): string {
	const words = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const longer = slug ? `${slug}-${word}` : word;
		if (longer.length > maxLength) return slug || word.slice(0, maxLength);
		slug = longer;
	}
	return slug;
}
