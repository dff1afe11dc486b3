/**
 * `jiti scripts/eval-dates.ts [--floor 0.9] [--json]`: runs the temporal tagger on its
 * development set (`src/lib/tagger/dev-set.json`) and prints value accuracy, detection precision
 * and recall, scores by origin and kind, and every failure. Exits 1 when value accuracy is below
 * the floor (default 0.9), so CI can hold the tagger to it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, parseDevSet } from '../src/lib/tagger/evaluate.ts';
import { tagDates } from '../src/lib/tagger/tagger.ts';
import { fail } from './cli.ts';

let args;
try {
	args = parseArgs({
		options: {
			floor: { type: 'string', default: '0.9' },
			json: { type: 'boolean', default: false }
		}
	}).values;
} catch (error) {
	fail((error as Error).message);
}

const floor = Number(args.floor);
if (!/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/.test(args.floor ?? '') || Number.isNaN(floor)) {
	fail(`--floor must be a number from 0 to 1 (got ${JSON.stringify(args.floor)})`);
}

const devSetUrl = new URL('../src/lib/tagger/dev-set.json', import.meta.url);
let items;
try {
	items = parseDevSet(JSON.parse(readFileSync(devSetUrl, 'utf8')));
} catch (error) {
	fail((error as Error).message);
}

const report = evaluate(items, (text, documentDate) => tagDates(text, documentDate));
if (args.json) console.log(JSON.stringify(report, null, '\t'));
else console.log(formatReport(report).join('\n'));

const figure = `value accuracy ${(report.valueAccuracy * 100).toFixed(1)} %`;
if (report.valueAccuracy < floor) {
	console.error(`\n✗ ${figure} is below the floor of ${(floor * 100).toFixed(1)} %.`);
	process.exit(1);
}
console.log(`\n✓ ${figure} (floor ${(floor * 100).toFixed(1)} %).`);
