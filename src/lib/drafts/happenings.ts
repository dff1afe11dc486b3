/**
 * The kinds of happening a sentence names ("the landmark vote", "polls closed", "Mugabe's
 * ouster", "was ousted"), so that two sentences dating one happening can be told as one: a
 * news article names its main happening again and again, in other words and often at another
 * precision ("ousted last year" and "his ouster last November").
 *
 * A declarative table written by hand: no library maps news words to the happening they name,
 * and every word here must be visible and tested (`happenings.test.ts`, invented sentences).
 * Words are matched whole, in lower case. Pure: the browser runs it too.
 */
export const HAPPENING_WORDS = {
	vote: ['vote', 'votes', 'voted', 'voting', 'poll', 'polls', 'election', 'elections', 'ballot'],
	// How witnesses tell a quake: "the ground began to tremble", "the building shook".
	earthquake: [
		'earthquake',
		'earthquakes',
		'quake',
		'quakes',
		'tremor',
		'temblor',
		'tremble',
		'trembled',
		'trembling',
		'shook',
		'shaking'
	],
	aftershock: ['aftershock', 'aftershocks'],
	storm: [
		'cyclone',
		'cyclonic',
		'hurricane',
		'typhoon',
		'storm',
		'landfall',
		'tornado',
		'tornadoes'
	],
	flood: ['flood', 'floods', 'flooding', 'flooded'],
	ouster: ['ousted', 'ouster', 'ousting', 'overthrown', 'overthrow', 'toppled', 'coup'],
	ceasefire: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
	verdict: ['verdict', 'sentenced', 'convicted', 'acquitted', 'sentencing'],
	bombing: ['bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'bomber'],
	airstrike: ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids'],
	eruption: ['eruption', 'erupted', 'erupts'],
	landslide: ['landslide', 'landslides', 'mudslide', 'mudslides']
} as const satisfies Record<string, readonly string[]>;

/** One of the kinds of happening in `HAPPENING_WORDS`. */
export type HappeningKind = keyof typeof HAPPENING_WORDS;

const PATTERNS = Object.entries(HAPPENING_WORDS).map(
	([kind, words]) =>
		[
			kind as HappeningKind,
			new RegExp(
				`(?<![\\p{L}-])(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}-])`,
				'iu'
			)
		] as const
);

/** The kinds of happening `sentence` names. */
export function happeningKinds(sentence: string): Set<HappeningKind> {
	return new Set(PATTERNS.filter(([, re]) => re.test(sentence)).map(([kind]) => kind));
}
