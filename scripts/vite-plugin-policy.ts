/**
 * Writes the Content-Security-Policy into every built page as
 * `<meta http-equiv="Content-Security-Policy">`, first in <head> so that it governs everything
 * after it. The dev server is left alone: Vite's client needs what the policy forbids.
 */
import type { Plugin } from 'vite';

export function policyMetaPlugin(policy: string): Plugin {
	return {
		name: 'evidence-timeline:policy-meta',
		apply: 'build',
		transformIndexHtml: {
			order: 'pre',
			handler: () => [
				{
					tag: 'meta',
					attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
					injectTo: 'head-prepend'
				}
			]
		}
	};
}
