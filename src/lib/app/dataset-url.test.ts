import { describe, expect, it } from 'vitest';
import { bundledPageUrl, datasetUrlFor } from './dataset-url.ts';

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
		expect(result.refused).toBe(
			'it is on another site (https://evil.example), and the app loads datasets from its own site only'
		);
	});

	it('refuses an address that is not one, with the reason', () => {
		expect(datasetUrlFor(new URL('https://x.org/?src=http://%5B'), 'src').refused).toBe(
			'it is not a valid address'
		);
	});
});

describe('bundledPageUrl', () => {
	it('drops ?data= and the hash, keeping the rest of the address', () => {
		expect(
			bundledPageUrl(
				new URL('https://x.org/app/?data=big/10k.json&lang=en#event=a&from=2024-01-01')
			)?.href
		).toBe('https://x.org/app/?lang=en');
	});

	it('is undefined when the page already shows the bundled dataset', () => {
		expect(bundledPageUrl(new URL('https://x.org/app/#event=a'))).toBeUndefined();
	});
});
