import { join } from 'node:path';
import { SCREENSHOTS } from './support/browser';
import { askGraph, demoToken } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The console's notification settings in real Chromium: reached from the inbox, every kind worded by @infitah/labels,
 * saved for the signed-in account only; the failed-deliveries page for the network alone.
 */
const harness = browserHarness('notification-settings');
const PREFERENCES = '{ notificationPreferences { language kinds { kind inbox email emailFrequency } } }';

describe("the console's notification settings", () => {
  it("lets an account turn a kind's e-mail off, choose the daily digest and its language, and keeps them for it alone", async () => {
    const page = await harness.signIn('admin@demo-commune.infitah.test', 'fr', 'proposals');
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/inbox`);
    await page.locator('[data-testid="notification-settings-link"]').click();
    await page.waitForURL(/#\/notification-settings$/);
    const rows = page.locator('[data-testid="settings-kind"]');
    await rows.first().waitFor({ timeout: 15_000 });
    // every NotificationKind of the graph (EVENT_PUBLISHED and WEBHOOK_DISABLED included)
    expect(await rows.count()).toBe(11);
    expect(await page.locator('[data-kind="PROPOSAL_SUBMITTED"]').textContent()).toContain('Nouvelle proposition');

    await page.getByLabel('Nouvelle proposition — E-mail', { exact: true }).uncheck();
    await page.locator('[data-testid="settings-frequency-TRAINING_INVITATION"]').click();
    await page.getByRole('option', { name: 'Résumé quotidien' }).click();
    await page.locator('[data-testid="settings-language"]').click();
    await page.getByRole('option', { name: 'Arabe', exact: true }).click();
    await page.locator('[data-testid="settings-save"]').click();
    await page.getByText('Vos réglages sont enregistrés').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'notification-settings-fr.png') });

    const mine = await askGraph(harness.platform.baseUrl, PREFERENCES, {}, await demoToken(harness.platform.baseUrl, 'admin@demo-commune.infitah.test'));
    const kinds = mine.data.notificationPreferences.kinds as Array<{ kind: string; inbox: boolean; email: boolean; emailFrequency: string }>;
    expect(mine.data.notificationPreferences.language).toBe('AR');
    expect(kinds.find((row) => row.kind === 'PROPOSAL_SUBMITTED')).toMatchObject({ inbox: true, email: false });
    expect(kinds.find((row) => row.kind === 'TRAINING_INVITATION')).toMatchObject({ email: true, emailFrequency: 'DAILY_DIGEST' });

    // in Arabic after a reload, as saved
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=ar#/notification-settings`);
    await page.reload();
    await page.getByLabel('مقترح جديد — البريد الإلكتروني', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('مقترح جديد — البريد الإلكتروني', { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel('مقترح جديد — صندوق الإشعارات', { exact: true }).isChecked()).toBe(true);

    // another account's settings are untouched
    const other = await askGraph(harness.platform.baseUrl, PREFERENCES, {}, await demoToken(harness.platform.baseUrl, 'admin@tamazgana.infitah.test'));
    expect(other.data.notificationPreferences.language).toBeNull();
    expect(other.data.notificationPreferences.kinds.every((row: { email: boolean }) => row.email)).toBe(true);
  }, 90_000);

  it("sets the signed-in account's mail language with the console's language switch (Arabic or French), for that account alone", async () => {
    const email = 'editor@tamazgana.infitah.test';
    const languageOf = async (who: string) =>
      (await askGraph(harness.platform.baseUrl, PREFERENCES, {}, await demoToken(harness.platform.baseUrl, who))).data.notificationPreferences.language as string | null;
    expect(await languageOf(email)).toBeNull();
    const page = await harness.signIn(email, 'fr', 'events');
    const switchTo = async (current: string, next: string, locale: string) => {
      await page.locator('button[aria-controls="simple-menu"]', { hasText: current }).click();
      await page.getByRole('menuitem', { name: next, exact: true }).click();
      await page.waitForURL(new RegExp(`locale=${locale}`));
      await page.locator('button[aria-controls="simple-menu"]', { hasText: next }).waitFor({ timeout: 15_000 });
    };
    await switchTo('Français', 'العربية', 'ar');
    expect(await languageOf(email)).toBe('AR');
    // mails are not written in English: that choice leaves the mails' language as it was
    await switchTo('العربية', 'English', 'en');
    expect(await languageOf(email)).toBe('AR');
    await switchTo('English', 'Français', 'fr');
    expect(await languageOf(email)).toBe('FR');
    // the kinds stay as they were, and nobody else's language moved
    const mine = await askGraph(harness.platform.baseUrl, PREFERENCES, {}, await demoToken(harness.platform.baseUrl, email));
    expect(mine.data.notificationPreferences.kinds.every((row: { inbox: boolean; email: boolean }) => row.inbox && row.email)).toBe(true);
    expect(await languageOf('admin@tamazgana.infitah.test')).toBeNull();
  }, 90_000);

  it('shows the failed deliveries to the network admin only', async () => {
    const network = await harness.signIn('network@infitah.test', 'fr', 'events');
    await network.locator('[data-testid="menu-failed-deliveries"]').click();
    await network.waitForURL(/#\/network\/failed-deliveries$/);
    await network.getByText('Aucun envoi en échec').waitFor({ timeout: 15_000 });

    const commune = await harness.signIn('admin@tamazgana.infitah.test', 'fr', 'proposals');
    expect(await commune.locator('[data-testid="menu-failed-deliveries"]').count()).toBe(0);
    await commune.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/network/failed-deliveries`);
    await commune.waitForTimeout(1_000);
    expect(await commune.getByText('Aucun envoi en échec').count()).toBe(0);
    expect(await commune.locator('[data-testid="failed-delivery"]').count()).toBe(0);
    const refused = await askGraph(harness.platform.baseUrl, '{ failedDeliveries { totalCount } }', {}, await demoToken(harness.platform.baseUrl, 'admin@tamazgana.infitah.test'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 60_000);
});
