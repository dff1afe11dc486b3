import type { Page } from '@playwright/test';

/**
 * Starts listening on `page` for any sign that data ran as code: a dialog opened (dismissed at
 * once), an uncaught error, a refusal by the content security policy in the console. Returns the
 * list it fills, which a test expects to stay empty (`hostile.spec.ts`, `redteam.spec.ts`).
 */
export function guardPage(page: Page): string[] {
	const trouble: string[] = [];
	page.on('dialog', (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) trouble.push(message.text());
	});
	return trouble;
}
