import { expect, test } from '@playwright/test';

/** The filter menus: one open at a time, closed by Escape and by a click outside. */

test.use({ viewport: { width: 1280, height: 800 } });

test('filter menus close on Escape and on a click outside, one at a time, focus back on their button', async ({
	page
}) => {
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto('./');
	const bar = page.getByRole('search', { name: 'Filter the events' });
	const button = (name: string) =>
		bar.locator('summary').filter({ hasText: new RegExp(`^${name}`) });
	const menu = (name: string) =>
		bar
			.locator('details.facet')
			.filter({ has: page.locator('summary').filter({ hasText: new RegExp(`^${name}`) }) });
	const open = () => bar.locator('details.facet[open]');

	// Opening another closes the first.
	await button('Topic').click();
	await expect(menu('Topic').getByRole('checkbox').first()).toBeVisible();
	await button('Kind').click();
	await expect(open()).toHaveCount(1);
	await expect(menu('Kind')).toHaveAttribute('open', '');

	// Escape closes it and gives focus back to its button.
	await menu('Kind').getByRole('checkbox').first().focus();
	await page.keyboard.press('Escape');
	await expect(open()).toHaveCount(0);
	await expect(button('Kind')).toBeFocused();

	// A click outside closes it.
	await button('Actor').click();
	await expect(open()).toHaveCount(1);
	await page.getByRole('heading', { level: 1 }).click();
	await expect(open()).toHaveCount(0);
});
