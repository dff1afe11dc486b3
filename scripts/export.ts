/**
 * `npm run export -- --format timelinejs|sheet-csv|csv|json [--data <events.json>] --out <file>`:
 * writes the dataset (all its valid events) in one of the export formats, the same files the
 * app's download menu gives (`src/lib/export/formats.ts`). Problems of the dataset are listed by
 * file, event and field; the valid events are still exported. The file is written atomically.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	fail,
	ioErrorLine,
	isIoError,
	parseJsonText,
	printable,
	writeFileAtomically
} from './cli.ts';
import { validateDataset } from '../src/lib/data/validate.ts';
import { EXPORT_FORMATS, exportAs, isExportFormat } from '../src/lib/export/formats.ts';

const FORMATS = Object.keys(EXPORT_FORMATS).join('|');
const USAGE = `usage: npm run export -- --format ${FORMATS} [--data <events.json>] --out <file>`;

let parsed;
try {
	parsed = parseArgs({
		options: {
			format: { type: 'string' },
			data: { type: 'string', default: 'events.json' },
			out: { type: 'string' }
		}
	});
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const { format, data, out } = parsed.values;
if (!format || !out) fail(USAGE);
if (!isExportFormat(format))
	fail(`--format must be one of ${FORMATS} (got ${JSON.stringify(format)})`);

let raw: unknown;
try {
	raw = parseJsonText(readFileSync(data, 'utf8'));
} catch (error) {
	fail(
		error instanceof SyntaxError
			? `${data} is not valid JSON: ${error.message}`
			: `cannot read ${isIoError(error) ? ioErrorLine(error, data) : `${data}: ${(error as Error).message}`}`
	);
}
const dataset = validateDataset(raw, { file: data });
for (const p of dataset.problems)
	console.error(printable(`! ${p.file}${p.item ? ` (${p.item})` : ''} ${p.path}: ${p.message}`));
if (dataset.events.length === 0) fail(`${data} has no valid event to export; nothing written.`);

try {
	writeFileAtomically(out, exportAs(format, dataset, dataset.events));
} catch (error) {
	fail((error as Error).message);
}
console.log(
	`✓ ${out}: ${dataset.events.length} events and ${dataset.periods.length} periods as ${format}` +
		(dataset.problems.length > 0
			? ` (${dataset.problems.length} problem(s) above: what they name is left out)`
			: '.')
);
