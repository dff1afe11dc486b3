/**
 * A part of the page loaded on first use (a dynamic `import()`), as reactive state: what the
 * first view does not need (the reader, the embed dialog, the exports, the canvas renderer)
 * stays out of the script the page loads before it can draw.
 */
export class Lazy<T> {
	/** The loaded part, once it is in. */
	value: T | undefined = $state.raw();
	/** Why loading failed, in one line for the page to show; a later `load()` tries again. */
	failed: string | undefined = $state();
	#load: () => Promise<T>;
	#pending: Promise<T> | undefined;

	/** `what` names the part in the message shown when it cannot be loaded ("the reader"). */
	constructor(
		readonly what: string,
		load: () => Promise<T>
	) {
		this.#load = load;
	}

	/** Loads the part once; every caller gets the same promise. Never rejects: see `failed`. */
	load(): Promise<T | undefined> {
		this.#pending ??= this.#load().then((value) => {
			this.value = value;
			this.failed = undefined;
			return value;
		});
		return this.#pending.catch((error: unknown) => {
			// A chunk that failed to arrive (offline, a new deployment) may arrive on the next try.
			this.#pending = undefined;
			const reason = error instanceof Error ? error.message : String(error);
			this.failed = `${what(this.what)} could not be loaded (${reason}); reload the page to try again.`;
			return undefined;
		});
	}
}

const what = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
