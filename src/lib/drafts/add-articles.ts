/**
 * The last stage of add-article, for many articles in one run (a folder, several files, the
 * page's batch): each article is drafted against the dataset as it was before the run, so that
 * the cost per article stays flat; drafts of one happening from several articles become one
 * candidate citing each; pages off the dataset's topic are reported and left out.
 *
 * Pure: no DOM, no Node API; the browser's worker runs it too.
 */
import type { DatasetFile, EventRecord, ExtractedFrom, SourceRecord } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { tagDates } from '../tagger/tagger.ts';
import {
	AddArticleError,
	addArticle,
	describeDate,
	inCanonicalOrder,
	PLACEHOLDER_DATE,
	type AddArticleResult,
	type NeedsDate
} from './add-article.ts';
import type { SetApart } from './confidence.ts';
import {
	actorNames,
	commonNames,
	indexEvents,
	joinDraft,
	proposeCitation,
	type IndexedEvent
} from './merge.ts';

/** One article of a run: its text (extracted, for a page) and what is known of it. */
export interface ArticleInput {
	/** The file name as given, for the report. */
	name: string;
	text: string;
	title?: string;
	url?: string;
	extractedFrom?: ExtractedFrom;
}

export interface AddArticlesOptions {
	topic?: string;
	outlet?: string;
	sourceTexts: ReadonlyMap<string, string>;
	datasetFile?: string;
	/** Add pages that are not about the dataset's topic too (they are reported and left out otherwise). */
	includeOffTopic?: boolean;
	/** Propose the drafts set apart as less likely to be events too (`AddArticleOptions.promote`). */
	promote?: 'all';
}

/** A page left out of a run, and why. */
export interface LeftOut {
	name: string;
	reason: string;
}

export interface AddArticlesResult {
	dataset: DatasetFile;
	/** The articles added, in the order given, with their source and file. */
	added: {
		name: string;
		source: SourceRecord;
		file: AddArticleResult['file'];
		text: string;
		/** What the reviewer must know about its publication date (see `AddArticleResult`). */
		warnings: string[];
	}[];
	/** Articles refused (no publication date, already in the dataset, …), each with its reasons. */
	refused: { name: string; problems: string[] }[];
	/** Pages not about the dataset's topic, left out unless `includeOffTopic`. */
	offTopic: LeftOut[];
	/** The drafts of the run, one per happening, each citing every article that reports it. */
	candidates: EventRecord[];
	/** Happenings whose date the articles do not give, with the article each is in. */
	needsDate: (NeedsDate & { name: string })[];
	/** Drafts set apart as less likely to be events, with the article each is in; not added. */
	setApart: (SetApart & { name: string })[];
	report: string[];
}

/** Distinct names (actors' names and aliases, event places) a page must hold to be about the dataset's topic. */
export const MIN_TOPIC_NAMES = 2;
/** Date mentions per 100 words above which a page is a schedule or a listing, not a story. */
export const SCHEDULE_DENSITY = 5;
/** A page with fewer date mentions than this is never called a schedule. */
export const SCHEDULE_MIN_MENTIONS = 20;

/**
 * Why a page is not about the dataset's topic, or undefined when it is: it names fewer than
 * `MIN_TOPIC_NAMES` of the dataset's actors (by name or alias) and event places, or it is a
 * schedule or listing, dense with dates. Such pages gave hundreds of drafts nobody wanted (a
 * genealogy page, radio schedules) in a real archive.
 */
export function offTopicReason(
	text: string,
	names: ReadonlyMap<string, string[]>,
	places: ReadonlySet<string>
): string | undefined {
	const lower = text.toLowerCase();
	const has = (name: string) =>
		name.length > 1 &&
		new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(lower);
	// Names, not records: "Washington" as the United States' alias and as a place is one name
	// (and, in "Spokane, Washington", not even that one).
	const named = new Set<string>();
	for (const all of names.values()) for (const n of all) if (has(n)) named.add(n);
	for (const p of places) if (has(p.toLowerCase())) named.add(p.toLowerCase());
	const words = lower.match(/\p{L}+/gu)?.length ?? 0;
	const mentions = tagDates(text, PLACEHOLDER_DATE).filter((m) => m.date).length;
	if (mentions >= SCHEDULE_MIN_MENTIONS && (mentions / Math.max(words, 1)) * 100 > SCHEDULE_DENSITY)
		return `a schedule or listing: ${mentions} dates in ${words} words`;
	if (named.size < MIN_TOPIC_NAMES)
		return `names ${named.size === 0 ? 'none' : `only ${[...named].join(', ')}`} of the dataset's actors and places`;
	return undefined;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Adds many articles in one run: the dataset is validated once, each article is drafted against
 * the events the dataset had before the run (so its cost does not grow with the run), and drafts
 * from different articles about the same happening become one candidate citing each article.
 * Pages not about the topic are left out unless asked for; an article that cannot be added is
 * refused alone, with its reasons, and the others go on.
 * @throws AddArticleError when the dataset itself has problems.
 */
export function addArticles(
	dataset: DatasetFile,
	articles: readonly ArticleInput[],
	options: AddArticlesOptions
): AddArticlesResult {
	const datasetFile = options.datasetFile ?? 'events.json';
	const before = validateDataset(dataset, { file: datasetFile, sourceTexts: options.sourceTexts });
	if (before.problems.length > 0)
		throw new AddArticleError([
			`${datasetFile} has problems of its own; fix them first (npm run check:data):`,
			...before.problems.map((p) =>
				`  ${p.item ? `(${p.item}) ` : ''}${p.path}: ${p.message}`.trimEnd()
			)
		]);
	const names = actorNames(dataset.actors);
	const common = commonNames(dataset.events);
	const prepared = { indexed: indexEvents(dataset.events), names, common };
	const places = new Set(dataset.events.flatMap((e) => e.places));
	const texts = new Map(options.sourceTexts);
	let sources = dataset.sources;
	const added: AddArticlesResult['added'] = [];
	const refused: AddArticlesResult['refused'] = [];
	const offTopic: LeftOut[] = [];
	const candidates: EventRecord[] = [];
	const needing: AddArticlesResult['needsDate'] = [];
	const apart: AddArticlesResult['setApart'] = [];
	const indexed: IndexedEvent[] = [];

	for (const article of articles) {
		const reason = options.includeOffTopic
			? undefined
			: offTopicReason(article.text, names, places);
		if (reason) {
			offTopic.push({ name: article.name, reason });
			continue;
		}
		let result: AddArticleResult;
		try {
			result = addArticle({ ...dataset, sources }, article.text, {
				title: article.title,
				url: article.url,
				extractedFrom: article.extractedFrom,
				outlet: options.outlet,
				topic: options.topic,
				sourceTexts: texts,
				datasetFile,
				checked: true,
				prepared,
				promote: options.promote
			});
		} catch (error) {
			if (!(error instanceof AddArticleError)) throw error;
			refused.push({ name: article.name, problems: error.problems });
			continue;
		}
		sources = result.dataset.sources;
		texts.set(result.file.name, article.text);
		needing.push(...result.needsDate.map((n) => ({ ...n, name: article.name })));
		apart.push(...result.setApart.map((s) => ({ ...s, name: article.name })));
		added.push({
			name: article.name,
			source: result.source,
			file: result.file,
			text: article.text,
			warnings: result.warnings
		});
		// One happening, one candidate: a draft that tells another article's candidate joins it.
		// The candidates' index grows by one entry per candidate, never rebuilt: the run's cost
		// per article stays flat.
		for (const draft of result.drafts) {
			const same = proposeCitation(draft, indexed, names, { amongDrafts: true, common });
			if (!same) {
				candidates.push(draft);
				indexed.push(...indexEvents([draft]));
				continue;
			}
			const at = candidates.indexOf(same.event);
			const [joined] = joinDraft([same.event, { ...draft, citationOf: same.event.id }], draft.id);
			candidates[at] = joined;
			indexed[indexed.findIndex((i) => i.event === same.event)] = indexEvents([joined])[0];
		}
	}

	const result: DatasetFile = {
		...dataset,
		sources,
		events: inCanonicalOrder([...dataset.events, ...candidates])
	};
	return {
		dataset: result,
		added,
		refused,
		offTopic,
		candidates,
		needsDate: needing,
		setApart: apart,
		report: batchReport(
			added,
			refused,
			offTopic,
			candidates,
			needing,
			apart,
			options.includeOffTopic === true
		)
	};
}

function batchReport(
	added: AddArticlesResult['added'],
	refused: AddArticlesResult['refused'],
	offTopic: LeftOut[],
	candidates: EventRecord[],
	needing: AddArticlesResult['needsDate'],
	apart: AddArticlesResult['setApart'],
	offTopicIncluded: boolean
): string[] {
	const sourcesOf = (e: EventRecord) => new Set(e.citations.map((c) => c.source)).size;
	const lines = [`${added.length} article${added.length === 1 ? '' : 's'} added:`];
	for (const a of added)
		lines.push(
			`  ${a.name} → ${a.source.id} (${a.file.name}), published ${a.source.published.date} (${a.source.published.confidence})`
		);
	if (offTopic.length > 0) {
		lines.push(
			'',
			`${offTopic.length} page(s) left out as not about the dataset's topic (add them with --include-off-topic):`
		);
		for (const o of offTopic) lines.push(`  ${o.name}: ${o.reason}`);
	} else if (offTopicIncluded)
		lines.push('', 'Pages off the topic were not looked for (--include-off-topic).');
	if (refused.length > 0) {
		lines.push('', `${refused.length} article(s) refused, nothing of them added:`);
		for (const r of refused) lines.push(`  ${r.name}: ${r.problems.join('; ')}`);
	}
	// Most reported first: what many articles tell is what a timeline of the story needs first.
	const ordered = candidates.slice().sort((a, b) => sourcesOf(b) - sourcesOf(a));
	lines.push(
		'',
		`${candidates.length} draft event${candidates.length === 1 ? '' : 's'}, most reported first:`
	);
	for (const c of ordered)
		lines.push(
			`  ${c.id}  ${describeDate(c.date)}  ${sourcesOf(c)} source${sourcesOf(c) === 1 ? '' : 's'}${c.citationOf ? `  → a citation of ${c.citationOf}` : ''}`,
			`    “${c.title}”`
		);
	if (needing.length > 0) {
		lines.push(
			'',
			`${needing.length} happening(s) that need a date (not added: the text does not give it; add them by hand with the date you find):`
		);
		for (const n of needing)
			lines.push(`  ${n.name}: ${n.why}`, `    “${n.citation.quote.replace(/\s+/g, ' ')}”`);
	}
	if (apart.length > 0) {
		lines.push(
			'',
			`${apart.length} other dated passage${apart.length === 1 ? '' : 's'}, less likely to be ${apart.length === 1 ? 'an event' : 'events'} (not added; add them all with --promote all, or one article at a time with --promote <id>):`
		);
		for (const a of apart)
			lines.push(
				`  ${a.name}: ${a.draft.id}  ${describeDate(a.draft.date)}  — ${a.reason}`,
				`    “${a.draft.summary}”`
			);
	}
	lines.push(
		'',
		'These are drafts: check:data refuses them until each is reviewed (see the README, "Add an article").'
	);
	return lines;
}
