/**
 * A dataset file read as it arrives, for files too big to be one string: a million events make a
 * file of about a gigabyte, longer than the longest string V8 can make (about 2^29 characters), so
 * `response.text()` and `JSON.parse` cannot read it. The format users write stays the same; only
 * the way it is read changes. Loaded on first use (`load.ts` imports it dynamically), with its
 * parser: ordinary datasets never fetch either.
 *
 * The parser is @streamparser/json: dependency-free, spec-compliant (its test suite checks it
 * against JSON.parse), fed bytes in chunks, and able to hand over each element of `events` and
 * then forget it (`keepStack: false`), so that only validated events stay in memory. Writing a
 * streaming JSON tokenizer by hand would be the one part of this file no library does better.
 */
import { JSONParser } from '@streamparser/json';
import type { Dataset } from './types.ts';
import { emptyDataset } from './empty-dataset.ts';
import { DatasetValidator } from './validate.ts';

/**
 * The top-level fields the validator reads besides `events`. Each is kept whole (they are small);
 * any other field is skipped unread, as `validateDataset` ignores it.
 */
const HEADER_FIELDS = [
	'format',
	'version',
	'title',
	'description',
	'sourceBase',
	'topics',
	'actors',
	'sources',
	'periods'
] as const;

/** What an event needs checked against: once these are in, each event is checked as it arrives. */
const EVENT_CONTEXT_FIELDS = ['format', 'version', 'topics', 'actors', 'sources'] as const;

/** How far reading has gone, in bytes; `total` when the server said the file's length. */
export interface ReadProgress {
	loaded: number;
	total?: number;
}

export interface StreamOptions {
	/** The file's length in bytes, when known (a Content-Length not of a compressed body). */
	total?: number;
	/** Called after each chunk read. */
	onProgress?: (progress: ReadProgress) => void;
	/**
	 * Let the page paint at least this often while a file already in memory is parsed, in ms
	 * (default 50): reading a chunk that has arrived does not give the browser a turn.
	 */
	yieldEveryMs?: number;
}

/** JSON's white space: space, tab, line feed, carriage return. */
const isJsonSpace = (byte: number) =>
	byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Raised for a failed read of the body (not for bad JSON): the caller says the file was unreadable. */
export class ReadError extends Error {}

/**
 * Reads a dataset file from `body` and validates it as `validateDataset` does, an event at a time:
 * the same problems, naming the file, the event and the field, and every valid event kept. A file
 * that is not valid JSON gives one problem naming the file and where the text went wrong. Throws
 * `ReadError` only when the body itself cannot be read.
 */
export async function parseDatasetStream(
	body: ReadableStream<Uint8Array>,
	file: string,
	{ total, onProgress, yieldEveryMs = 50 }: StreamOptions = {}
): Promise<Dataset> {
	// The header is filled as its fields arrive; the validator keeps a reference to it and reads
	// the fields that only matter at the end (title, description, sourceBase, periods) then.
	const header: Record<string, unknown> = {};
	let validator: DatasetValidator | undefined;
	/** Events that came before the fields they are checked against (a file in another order). */
	let waiting: [unknown, number][] = [];
	let count = 0;
	let eventsNotArray = false;
	const parser = new JSONParser({
		paths: ['$.events.*', ...HEADER_FIELDS.map((field) => `$.${field}`)],
		keepStack: false
	});
	parser.onValue = ({ value, key, parent, stack }) => {
		if (stack.length === 1) {
			header[key as string] = value;
			if (!validator && EVENT_CONTEXT_FIELDS.every((field) => field in header)) {
				validator = new DatasetValidator(header, { file });
				for (const [item, i] of waiting) validator.addEvent(item, i);
				waiting = [];
			}
			return;
		}
		// An element of `events`: it must be an array, as validateDataset requires.
		if (!Array.isArray(parent)) {
			eventsNotArray = true;
			return;
		}
		count++;
		if (validator) validator.addEvent(value, key as number);
		else waiting.push([value, key as number]);
	};
	const invalid = (error: unknown) =>
		emptyDataset(file, [
			{
				file,
				path: '(file)',
				message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
			}
		]);

	const reader = body.getReader();
	let loaded = 0;
	let lastTurn = Date.now();
	try {
		for (;;) {
			let chunk: ReadableStreamReadResult<Uint8Array>;
			try {
				chunk = await reader.read();
			} catch (error) {
				throw new ReadError(error instanceof Error ? error.message : String(error), {
					cause: error
				});
			}
			if (chunk.done) break;
			loaded += chunk.value.byteLength;
			try {
				// Text after the end of the one top-level value is an error, as for JSON.parse; white
				// space (the file's last line break, in a chunk of its own) is not.
				if (!parser.isEnded) parser.write(chunk.value);
				else if (!chunk.value.every(isJsonSpace))
					throw new Error('there is more text after the end of the dataset');
			} catch (error) {
				return invalid(error);
			}
			onProgress?.({ loaded, total });
			if (Date.now() - lastTurn >= yieldEveryMs) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				lastTurn = Date.now();
			}
		}
		try {
			if (!parser.isEnded) parser.end();
		} catch (error) {
			return invalid(error);
		}
	} finally {
		reader.releaseLock();
	}

	if (!validator) {
		// A field events need is missing: the validator says which, as for any other file.
		validator = new DatasetValidator(header, { file });
		for (const [item, i] of waiting) validator.addEvent(item, i);
	}
	if (validator.failed) return validator.failed;
	if (eventsNotArray) validator.check.fail('events', 'must be an array (got an object)');
	else if (count === 0)
		validator.check.fail('events', 'must be an array of events (none was found)');
	return validator.finish();
}
