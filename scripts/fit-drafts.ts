/**
 * `npm run fit:drafts [-- --check]`: fits the learned scorer of drafts (`src/lib/drafts/learned.ts`)
 * on the annotated sets retired into development material and writes its table,
 * `src/lib/drafts/scorer-table.json`, which the pipeline reads in the CLI and the browser's worker.
 *
 * Every candidate the pipeline produces (before it decides what to propose) is one row: its
 * features, and a label from the eval's own matcher (`scoreArticle`): 1 for a draft the eval
 * counts right (an annotated event, news dated by the publication, a citation of an existing
 * event), 0 for one it counts wrong (furniture, a wrong date, a repeat, a duplicate, no event),
 * left out for an optional happening (the eval counts it neither way).
 *
 * Model choice by leave-one-set-out: for each set, the L2 strength and the threshold are chosen
 * on the other sets alone (an inner leave-one-set-out over them), the scorer is fitted on them and
 * the left-out set is scored with the eval's figures, beside the rules of `confidence.ts` on the
 * same candidates. The table is `adopted` only if the scorer beats the rules on the left-out sets
 * in total (F1 of the pooled recall and precision). `--check` (run by `npm test`) fits without
 * writing and fails when the committed table is not what it would write.
 *
 * Refit after a change to the candidates (the pipeline before `assessCandidates`), the features
 * or the annotated sets; never on a set still unseen (`tests/heldout-11/`, `tests/heldout-12/`).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
	FEATURES,
	fitLogistic,
	scoreCandidate,
	type ScorerTable
} from '../src/lib/drafts/learned.ts';
import { scoreArticle, totalScores, type Totals } from '../src/lib/drafts/score.ts';
import { CliError, fail, writeFileAtomically } from './cli.ts';
import { loadDataset, runSet, toScore, type SetArticle } from './drafts-sets.ts';

/** The annotated sets the scorer learns from: all retired into development material. */
export const FIT_SETS = [
	'tests/heldout',
	'tests/heldout-2',
	'tests/heldout-3',
	'tests/heldout-4',
	'tests/heldout-5',
	'tests/heldout-6',
	'tests/heldout-7',
	'tests/heldout-8',
	'tests/heldout-9',
	'tests/heldout-10'
] as const;
/** L2 strengths tried (per row, on features in [0, 1]). */
const LAMBDAS = [0.0001, 0.001, 0.01];
/** Thresholds tried on the probability. */
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.2 + i * 0.05);
const GOOD = new Set(['right', 'publication-dated', 'citation of existing']);

let args;
try {
	args = parseArgs({ options: { check: { type: 'boolean', default: false } } }).values;
} catch (error) {
	fail((error as Error).message);
}

interface Row {
	features: number[];
	label: number;
	weight: number;
}
interface Article extends SetArticle {
	rows: Row[];
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const loaded = loadDataset(root);
const sets: Article[][] = FIT_SETS.map((set) =>
	runSet(root, join(root, set), loaded).map((a) => {
		// Scored with the rules' proposals first, so that a second mention the rules set apart is
		// the duplicate and the first proposed mention the right one, whatever their text order:
		// the eval's matcher gives an event to the first draft that meets it.
		const order = a.result.candidates
			.map((c, i) => ({ c, i }))
			.sort((x, y) => +!!x.c.rule - +!!y.c.rule || x.i - y.i);
		const sorted = scoreArticle({
			annotation: a.annotation,
			text: a.text,
			drafts: order.map(({ c }) => toScore(c.draft)),
			published: a.result.source.published,
			existing: loaded.existing,
			ms: 0
		}).verdicts;
		const verdicts = a.result.candidates.map((_, i) => sorted[order.findIndex((o) => o.i === i)]);
		const rows = a.result.candidates.map((c, i) => ({
			features: c.features,
			label: GOOD.has(verdicts[i].verdict) ? 1 : 0,
			weight: verdicts[i].verdict === 'optional' ? 0 : 1
		}));
		return { ...a, rows };
	})
);

/** The eval's totals when each article proposes the candidates `keep` says. */
function figures(articles: Article[], keep: (a: Article, i: number) => boolean): Totals {
	return totalScores(
		articles.map((a) => {
			const all = a.result.candidates.map((c) => toScore(c.draft));
			return scoreArticle({
				annotation: a.annotation,
				text: a.text,
				drafts: all.filter((_, i) => keep(a, i)),
				setApart: all.filter((_, i) => !keep(a, i)),
				published: a.result.source.published,
				existing: loaded.existing,
				ms: 0
			});
		})
	);
}
const f1 = (t: Totals) =>
	t.recall + t.precision === 0 ? 0 : (2 * t.recall * t.precision) / (t.recall + t.precision);

function fit(articles: Article[], lambda: number, threshold: number): ScorerTable {
	const rows = articles.flatMap((a) => a.rows);
	const { bias, weights } = fitLogistic(
		rows.map((r) => r.features),
		rows.map((r) => r.label),
		{ lambda, weights: rows.map((r) => r.weight) }
	);
	return {
		about: '',
		adopted: true,
		lambda,
		threshold,
		bias,
		weights: Object.fromEntries(FEATURES.map((f, i) => [f.id, weights[i]]))
	};
}

/** L2 strength and threshold chosen by leave-one-set-out over `training` alone. */
function choose(training: Article[][]): { lambda: number; threshold: number; f1: number } {
	let best = { lambda: LAMBDAS[0], threshold: 0.5, f1: -1 };
	for (const lambda of LAMBDAS) {
		const p = new Map<Article, number[]>();
		training.forEach((held, k) => {
			const table = fit(training.filter((_, j) => j !== k).flat(), lambda, 0.5);
			for (const a of held)
				p.set(
					a,
					a.rows.map((r) => scoreCandidate(table, r.features))
				);
		});
		for (const threshold of THRESHOLDS) {
			const score = f1(figures(training.flat(), (a, i) => p.get(a)![i] >= threshold));
			if (score > best.f1 + 1e-9) best = { lambda, threshold, f1: score };
		}
	}
	return best;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const line = (t: Totals) =>
	`recall ${pct(t.recall)} (${t.found}/${t.events}), precision ${pct(t.precision)} (${t.right}/${t.counted}), furniture ${t.furniture}, news ${t.publicationDatedFound}/${t.publicationDated}`;
const pooled = (ts: Totals[]) => {
	const sum = (f: (t: Totals) => number) => ts.reduce((a, t) => a + f(t), 0);
	const found = sum((t) => t.found),
		events = sum((t) => t.events);
	const right = sum((t) => t.right),
		counted = sum((t) => t.counted);
	return {
		recall: found / events,
		precision: right / counted,
		found,
		events,
		right,
		counted,
		furniture: sum((t) => t.furniture),
		publicationDated: sum((t) => t.publicationDated),
		publicationDatedFound: sum((t) => t.publicationDatedFound)
	} as Totals;
};

const folds: {
	set: string;
	candidates: Totals;
	rules: Totals;
	learned: Totals;
	lambda: number;
	threshold: number;
}[] = [];
console.log('Leave-one-set-out (the scorer fitted and tuned without the set it is scored on):');
FIT_SETS.forEach((set, k) => {
	const training = sets.filter((_, j) => j !== k);
	const chosen = choose(training);
	const table = fit(training.flat(), chosen.lambda, chosen.threshold);
	const held = sets[k];
	const rules = figures(held, (a, i) => !a.result.candidates[i].rule);
	const learned = figures(
		held,
		(a, i) => scoreCandidate(table, a.rows[i].features) >= chosen.threshold
	);
	const candidates = figures(held, () => true);
	folds.push({ set, candidates, rules, learned, ...chosen });
	console.log(
		`\n${set} (λ ${chosen.lambda}, threshold ${chosen.threshold.toFixed(2)} chosen on the others)`
	);
	console.log(
		`  candidates (upper bound) recall ${pct(candidates.recall)} (${candidates.found}/${candidates.events}), news dated by the publication ${candidates.publicationDatedFound}/${candidates.publicationDated}`
	);
	console.log(`  rules    ${line(rules)}`);
	console.log(`  learned  ${line(learned)}`);
});
const rulesTotal = pooled(folds.map((f) => f.rules));
const learnedTotal = pooled(folds.map((f) => f.learned));
const adopted = f1(learnedTotal) > f1(rulesTotal);
console.log(
	`\nPooled over the left-out sets:\n  rules    ${line(rulesTotal)} (F1 ${pct(f1(rulesTotal))})`
);
console.log(`  learned  ${line(learnedTotal)} (F1 ${pct(f1(learnedTotal))})`);
console.log(
	adopted
		? '  the scorer beats the rules: adopted'
		: '  the scorer does not beat the rules: the rules stay'
);

const chosen = choose(sets);
const final = fit(sets.flat(), chosen.lambda, chosen.threshold);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const table: ScorerTable & { validation: unknown } = {
	about:
		'Written by npm run fit:drafts (scripts/fit-drafts.ts): a logistic regression over the features of src/lib/drafts/learned.ts, fitted on the retired annotated sets. Do not edit by hand; refit.',
	adopted,
	lambda: chosen.lambda,
	threshold: round(chosen.threshold),
	bias: round(final.bias),
	weights: Object.fromEntries(Object.entries(final.weights).map(([k, v]) => [k, round(v)])),
	validation: {
		sets: FIT_SETS,
		folds: folds.map((f) => ({
			set: f.set,
			lambda: f.lambda,
			threshold: round(f.threshold),
			candidateRecall: round(f.candidates.recall),
			rules: { recall: round(f.rules.recall), precision: round(f.rules.precision) },
			learned: { recall: round(f.learned.recall), precision: round(f.learned.precision) }
		}))
	}
};
console.log(
	`\nFitted on all ${FIT_SETS.length} sets: λ ${chosen.lambda}, threshold ${chosen.threshold.toFixed(2)}.`
);
const out = join(root, 'src/lib/drafts/scorer-table.json');
const written = `${JSON.stringify(table, null, '\t')}\n`;
if (args.check) {
	// The committed table must be what this fit writes: a change to the candidates or the
	// features without a refit would leave the pipeline reading weights of other features.
	let committed = '';
	try {
		committed = readFileSync(out, 'utf8');
	} catch (error) {
		fail(`cannot read src/lib/drafts/scorer-table.json: ${(error as NodeJS.ErrnoException).code}`);
	}
	if (committed !== written)
		fail('src/lib/drafts/scorer-table.json is not what the fit writes now: run npm run fit:drafts');
	console.log('src/lib/drafts/scorer-table.json is what the fit writes.');
} else {
	try {
		writeFileAtomically(out, written);
	} catch (error) {
		fail(error instanceof CliError ? error.message : String(error));
	}
	console.log('Wrote src/lib/drafts/scorer-table.json.');
}
