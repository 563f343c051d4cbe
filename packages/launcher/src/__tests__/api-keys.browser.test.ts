import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { askGraph } from './support/console-form';
import { browserHarness } from './support/harness';

/** API keys in the console: made by a collectivity's admin, the secret shown once, listed, revoked; in real Chromium. */
const harness = browserHarness('api-keys');

/** The keys table once it shows the rows the graph answered (a cached list shows first). */
async function keysTable(page: Page, locale: string): Promise<string> {
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('ConsoleApiKeys'), { timeout: 15_000 });
  await page.goto(`${harness.platform.baseUrl}/admin/?locale=${locale}#/apiKeys`);
  const body = (await (await answered).json()) as { data: { result: { nodes: unknown[] } } };
  // no key yet: react-admin shows its invitation to create one, not a table
  if (body.data.result.nodes.length === 0) return '';
  await page.waitForFunction((expected) => document.querySelectorAll('table tbody tr').length === expected, body.data.result.nodes.length, { timeout: 15_000 });
  return (await page.textContent('table')) ?? '';
}

describe('API keys in the console', () => {
  it('creates a key whose secret is shown once with a copy button, lists it, and revokes it: the key is refused from then on', async () => {
    await harness.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.platform.baseUrl });
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'fr', 'apiKeys');
    await page.goto(`${harness.platform.baseUrl}/admin/#/apiKeys/create`);
    await page.fill('input[name="name"]', 'Site de la commune');
    await page.click('button[type="submit"]');
    const secretInput = page.locator('[data-testid="api-key-secret"]');
    await secretInput.waitFor({ timeout: 15_000 });
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^ifk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(await page.textContent('body')).toContain("il n'est affiché qu'une fois");
    await page.click('button:has-text("Copier")');
    await page.waitForSelector('text=Secret copié', { timeout: 5_000 });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.screenshot({ path: join(SCREENSHOTS, 'api-key-created-fr.png'), fullPage: true });

    const me = await askGraph(harness.platform.baseUrl, '{ me { email } }', {}, secret);
    expect(me.data.me.email).toBe('admin@tamazgana.infitah.test');
    const written = await askGraph(harness.platform.baseUrl, 'mutation { markNotificationsRead(ids: []) }', {}, secret);
    expect(written.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'API_KEY_READ_ONLY' });

    // the secret is nowhere in the list: only its prefix
    const table = await keysTable(page, 'fr');
    expect(table).toContain('Site de la commune');
    expect(table).toContain('Lecture seule');
    expect(table).toContain(secret.slice(0, 16));
    expect(table).not.toContain(secret.slice(17));
    await page.click('table tbody tr:has-text("Site de la commune") button:has-text("Révoquer")');
    await page.click('.MuiDialog-root button:has-text("Confirmer")');
    await page.waitForSelector('table tbody tr:has-text("Site de la commune"):has-text("Révoquée le")', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'api-keys-revoked-fr.png'), fullPage: true });
    const refused = await askGraph(harness.platform.baseUrl, '{ me { email } }', {}, secret);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.close();
  });

  it('speaks Arabic on the keys page, right to left', async () => {
    const page = await harness.signIn('network@infitah.test', 'ar', 'apiKeys');
    await keysTable(page, 'ar');
    expect(await page.evaluate(() => document.dir)).toBe('rtl');
    expect(await page.textContent('body')).toContain('مفاتيح الواجهة البرمجية');
    await page.screenshot({ path: join(SCREENSHOTS, 'api-keys-ar.png'), fullPage: true });
    await page.close();
  });

  it('offers no keys page to an editor', async () => {
    const page = await harness.signIn('editor@tamazgana.infitah.test', 'en', 'events');
    expect(await page.locator('a[href="#/apiKeys"]').count()).toBe(0);
    await page.close();
  });
});
