import type { Page } from '@playwright/test';

/**
 * Counts what a step writes to the page, for the tests that hold a gesture's steps to writing only
 * what moved (`zoom-step.spec.ts`, `pan-layer.spec.ts`): writes are counted, never timed.
 */

/** One write a MutationObserver saw. */
export interface Write {
	type: string;
	name: string | null;
	/** The element written to, as `tag.class1.class2` (Svelte's scoping classes left out). */
	target: string;
	/** The classes of the mark the target belongs to, if it is in one. */
	mark: string;
	oldValue: string | null;
	value: string | null;
}

/** Starts recording every write under `selector` (attributes with their old value, nodes, text). */
export function recordWrites(page: Page, selector: string) {
	return page.evaluate((selector) => {
		const describe = (node: Node) => {
			if (!(node instanceof Element)) return '#text';
			const classes = [...node.classList].filter((c) => !c.startsWith('svelte-'));
			return [node.tagName.toLowerCase(), ...classes].join('.');
		};
		const writes: Write[] = [];
		(window as unknown as { writes: Write[] }).writes = writes;
		new MutationObserver((records) => {
			for (const r of records) {
				const element = r.target instanceof Element ? r.target : r.target.parentElement;
				writes.push({
					type: r.type,
					name: r.attributeName,
					target: describe(r.target),
					mark: element?.closest('g.mark')?.getAttribute('class') ?? '',
					oldValue: r.oldValue,
					value:
						r.type === 'attributes' && r.attributeName
							? (r.target as Element).getAttribute(r.attributeName)
							: null
				});
			}
		}).observe(document.querySelector(selector)!, {
			subtree: true,
			attributes: true,
			attributeOldValue: true,
			childList: true,
			characterData: true
		});
	}, selector);
}

export const writesSoFar = (page: Page) =>
	page.evaluate(() => (window as unknown as { writes: Write[] }).writes.splice(0));

/** A write as `type name on tag` (`attributes style on canvas`): enough to say which are allowed. */
export const writeSaid = (w: Write) => `${w.type} ${w.name ?? ''} on ${w.target.split('.')[0]}`;
