/**
 * An element kept in a component's state, as an attachment
 * (`{@attach keepElement((node) => (root = node))}`): `set` gets the element once it is in the
 * DOM, and `undefined` when it leaves.
 *
 * Why not `bind:this`: its part of Svelte's runtime (`bindings/this.js`, which handles elements
 * in `{#each}` blocks too) came into the first view for two elements only; the runtime's
 * attachments are there already.
 */
import type { Attachment } from 'svelte/attachments';

export function keepElement<T extends Element>(set: (node: T | undefined) => void): Attachment<T> {
	return (node) => {
		set(node);
		return () => set(undefined);
	};
}
