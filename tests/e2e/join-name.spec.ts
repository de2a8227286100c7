/**
 * The name a person joining a live session shows the others, on a workshop's code page (/j)
 * and a participant's link (/join): checked before anything is asked of a server, in words
 * about that name, in both languages.
 */
import type { Page } from '@playwright/test';
import { LIMITS } from '../../src/lib/domain/format';
import { expect, test } from './fixtures';

async function join(page: Page, name: string) {
	const field = page.getByRole('textbox', { name: 'Your name' });
	await field.fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	return field;
}

test('the workshop code page asks for a name to show, then a short enough one', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/j#ABCDE-FGHJK');
	const field = await join(page, '   ');
	await expect(page.getByText('Give the name the others will see.')).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription('Give the name the others will see.');
	await expectAccessible();
	// Typing puts the message away.
	await field.press('A');
	await expect(page.getByText('Give the name the others will see.')).toHaveCount(0);

	await join(page, 'x'.repeat(LIMITS.name + 1));
	await expect(page.getByText(`Keep the name under ${LIMITS.name} characters.`)).toBeVisible();
});

test('a participant link asks for the name in the person’s language', async ({
	page,
	expectAccessible
}) => {
	await page.addInitScript(() => localStorage.setItem('touchpoint.locale', 'id'));
	await page.goto(`/join#room=${'a'.repeat(32)}&role=participant&key=${'k'.repeat(22)}`);
	const field = page.getByRole('textbox', { name: 'Nama Anda' });
	await expect(field).toBeVisible();
	await field.fill('');
	await page.getByRole('button', { name: 'Gabung' }).click();
	await expect(page.getByText('Isi nama yang akan dilihat peserta lain.')).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible();
});

test('the workshop code page keeps the name typed when joining fails, for the next try', async ({
	page
}) => {
	// No Touchpoint server behind this static host: the code cannot be looked up.
	await page.goto('/j#ABCDE-FGHJK');
	await join(page, 'Rina');
	await expect(page.getByRole('alert')).toContainText('The Touchpoint server does not answer.');
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Rina');
});
