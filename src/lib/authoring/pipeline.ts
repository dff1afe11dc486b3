/**
 * "Find events" in the page: the same drafting as `npm run add-article` (`addArticle` for one
 * article with what the author typed about it, `addArticles` for several), on the working
 * dataset. Pure, so the worker (`pipeline.worker.ts`) and the tests run the same function; the
 * CLI's words for its flags are turned into the panel's field names.
 */
import type { DatasetFile, ExtractedFrom, PublishedRecord } from '../data/types.ts';
import { AddArticleError, addArticle, type NeedsDate } from '../drafts/add-article.ts';
import { addArticles } from '../drafts/add-articles.ts';
import type { SetApart } from '../drafts/confidence.ts';

/** One article as the panel read it: pasted or from a file (a page's main text extracted). */
export interface ArticleIn {
	/** Where it came from, for messages: "pasted text", a file name. */
	name: string;
	text: string;
	/** A saved page's own title, when the author gave none. */
	pageTitle?: string;
	extractedFrom?: ExtractedFrom;
}

/** What the author typed in the panel; only for a single article. */
export interface ArticleFields {
	title?: string;
	outlet?: string;
	url?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD; inferred from the article when left out. */
	published?: string;
}

export interface FindRequest {
	dataset: DatasetFile;
	texts: Record<string, string>;
	articles: ArticleIn[];
	fields: ArticleFields;
}

/** An article added, with the publication date the dataset now gives it and how it is known. */
export interface AddedArticle {
	name: string;
	sourceId: string;
	title: string;
	published: PublishedRecord;
	/** What the reviewer must know about that date: a given one the article contradicts, in the panel's words. */
	warnings: string[];
	/** The source text, for the evidence of an inferred date. */
	text: string;
	/** Its happenings whose date the text does not give: listed for the reviewer, never drafted. */
	needsDate: NeedsDate[];
	/**
	 * Its other dated passages, less likely to be events, each with why: not in the dataset, for
	 * the reviewer to read and promote one into a draft (`promote` in `review.ts`).
	 */
	setApart: SetApart[];
}

export type FindResult =
	| {
			ok: true;
			dataset: DatasetFile;
			/** The new sources' texts, by file name. */
			texts: Record<string, string>;
			/** Ids of the drafts proposed, in the dataset's order. */
			draftIds: string[];
			added: AddedArticle[];
			/** Articles not added, each with its reasons. */
			refused: { name: string; problems: string[] }[];
	  }
	| { ok: false; problems: string[] };

/** The CLI's flags, as the panel names them. */
const FIELD_NAMES: [RegExp, string][] = [
	[/give one with --published/g, 'give one in Publication date'],
	[/--published/g, 'Publication date'],
	[/--title/g, 'Title'],
	[/--outlet/g, 'Outlet'],
	[/--url/g, 'URL'],
	[/give another --id/g, 'give the article another title'],
	[/give one with --id/g, 'give a title'],
	[/ \(npm run check:data\)/g, '']
];

/** A problem of the pipeline in the panel's words. */
export function inPanelWords(problem: string): string {
	return FIELD_NAMES.reduce((text, [from, to]) => text.replace(from, to), problem);
}

function present(text: string | undefined): string | undefined {
	return text === undefined || text.trim() === '' ? undefined : text.trim();
}

/** Drafts the articles into the working dataset. Never throws for bad input: it says why. */
export function findEvents(request: FindRequest): FindResult {
	const { dataset, articles, fields } = request;
	const sourceTexts = new Map(Object.entries(request.texts));
	if (articles.length === 0) return { ok: false, problems: ['Paste an article, or choose a file'] };
	const before = new Set(dataset.events.map((e) => e.id));
	try {
		if (articles.length === 1) {
			const [article] = articles;
			const result = addArticle(dataset, article.text, {
				title: present(fields.title) ?? article.pageTitle,
				outlet: present(fields.outlet),
				url: present(fields.url),
				published: present(fields.published),
				givenIn: 'form',
				extractedFrom: article.extractedFrom,
				sourceTexts
			});
			return {
				ok: true,
				dataset: result.dataset,
				texts: { [result.file.name]: article.text },
				draftIds: result.drafts.map((d) => d.id),
				added: [
					{
						name: article.name,
						sourceId: result.source.id,
						title: result.source.title,
						published: result.source.published,
						warnings: result.warnings.map(inPanelWords),
						text: article.text,
						needsDate: result.needsDate,
						setApart: result.setApart
					}
				],
				refused: []
			};
		}
		const run = addArticles(
			dataset,
			articles.map((a) => ({
				name: a.name,
				text: a.text,
				title: a.pageTitle,
				extractedFrom: a.extractedFrom
			})),
			{
				outlet: present(fields.outlet),
				sourceTexts,
				// A timeline without actors has nothing to tell its topic by: every page is kept.
				includeOffTopic: dataset.actors.length === 0
			}
		);
		const texts: Record<string, string> = {};
		for (const a of run.added) texts[a.file.name] = a.text;
		return {
			ok: true,
			dataset: run.dataset,
			texts,
			draftIds: run.dataset.events.filter((e) => e.draft && !before.has(e.id)).map((e) => e.id),
			added: run.added.map((a) => ({
				name: a.name,
				sourceId: a.source.id,
				title: a.source.title,
				published: a.source.published,
				warnings: a.warnings.map(inPanelWords),
				text: a.text,
				needsDate: run.needsDate.filter((n) => n.name === a.name),
				setApart: run.setApart.filter((s) => s.name === a.name)
			})),
			refused: [
				...run.refused.map((r) => ({ name: r.name, problems: r.problems.map(inPanelWords) })),
				...run.offTopic.map((o) => ({
					name: o.name,
					problems: [`not about this timeline: ${o.reason}`]
				}))
			]
		};
	} catch (error) {
		if (error instanceof AddArticleError)
			return { ok: false, problems: error.problems.map(inPanelWords) };
		return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
	}
}
