import { describe, expect, it } from 'vitest';
import { isWebUrl } from './web-url.ts';

describe('isWebUrl', () => {
	it.each([
		'https://news.example/a?b=c#d',
		'http://archive.example/web/2024/x',
		'https://news.example/?q=" onmouseover="alert(1)'
	])('accepts %s', (url) => expect(isWebUrl(url)).toBe(true));
	it.each([
		'javascript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'//news.example/a',
		'/a',
		'https://news.example/a\nb',
		'https://news.example/ ',
		'https:\\\\news.example',
		42
	])('refuses %j', (url) => expect(isWebUrl(url)).toBe(false));
});
