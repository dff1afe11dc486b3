import { describe, expect, it } from 'vitest';
import { datasetUrlFor } from './dataset-url.ts';

describe('datasetUrlFor', () => {
	it('loads events.json beside the page by default, under any sub-path', () => {
		expect(datasetUrlFor(new URL('https://x.org/a/b/')).url.href).toBe(
			'https://x.org/a/b/events.json'
		);
	});

	it('loads ?data= on the same origin', () => {
		expect(datasetUrlFor(new URL('https://x.org/app/?data=big/10k.json')).url.href).toBe(
			'https://x.org/app/big/10k.json'
		);
	});

	it('refuses ?data= on another origin and says so', () => {
		const result = datasetUrlFor(new URL('https://x.org/?data=https://evil.example/e.json'));
		expect(result.url.href).toBe('https://x.org/events.json');
		expect(result.error).toContain('another origin');
		expect(result.refused).toBe(
			'it is on another site (https://evil.example), and the app loads datasets from its own site only'
		);
	});
});
