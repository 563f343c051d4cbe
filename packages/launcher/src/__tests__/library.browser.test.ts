import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The network's library in the console and the portal, in real Chromium against the real processes. */
const harness = browserHarness('library');
const signIn = (email: string, locale = 'fr') => harness.signIn(email, locale, 'libraryEntries');

/** The library table once it shows the list the graph answered for this filter (a cached list shows first). */
async function libraryTable(page: Page, filter: Record<string, string> = {}): Promise<string> {
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('libraryEntries') && (response.request().postData() ?? '').includes(JSON.stringify(filter.q ?? '').slice(1, -1)),
    { timeout: 15_000 },
  );
  await page.goto(`${harness.platform.baseUrl}/admin/#/libraryEntries?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  const body = (await (await answered).json()) as { data: { result: { nodes: unknown[] } } };
  const rows = body.data.result.nodes.length;
  await page.waitForFunction((expected) => document.querySelectorAll('table tbody tr').length === expected, rows, { timeout: 15_000 });
  return (await page.textContent('table')) ?? '';
}

describe('the library in the console', () => {
  it('lists the library in French and searches it without accents', async () => {
    const page = await signIn('network@infitah.test', 'fr');
    expect(await libraryTable(page)).toContain("Modèle de fiche d'engagement");
    await page.screenshot({ path: join(SCREENSHOTS, 'library-list-fr.png'), fullPage: true });
    const found = await libraryTable(page, { q: 'methode' });
    expect(found).toContain("Méthode de co-construction d'un programme d'action d'ouverture");
    expect(found).not.toContain("Modèle de fiche d'engagement");
    await page.close();
  });

  it('lets an editor propose an entry from a commitment, which the network then accepts', async () => {
    const editor = await signIn('editor@tamazgana.infitah.test', 'ar');
    await editor.goto(`${harness.platform.baseUrl}/admin/#/libraryEntries/create`);
    await editor.click('.ra-input-commitmentId [role="combobox"]');
    await editor.click(`li[data-value="${DemoIds.commitments.tamazganaBudgetConsultations}"]`);
    await editor.fill('textarea[name="summaryFr"]', 'Des consultations dans les douars avant le budget.');
    await editor.screenshot({ path: join(SCREENSHOTS, 'library-propose-ar.png'), fullPage: true });
    await editor.click('button[type="submit"]');
    await editor.waitForURL(/#\/libraryEntries\/[0-9a-f-]{36}\/show$/, { timeout: 15_000 });

    const network = await signIn('network@infitah.test', 'fr');
    expect(await libraryTable(network, { status: 'PROPOSED' })).toContain('Consultations citoyennes avant la session budgétaire');
    await network.click('table tbody tr:has-text("Consultations citoyennes avant la session budgétaire")');
    await network.click('button:has-text("Accepter et publier")');
    await network.waitForSelector('button:has-text("Dépublier")', { timeout: 15_000 });
    await network.screenshot({ path: join(SCREENSHOTS, 'library-accepted.png'), fullPage: true });
    await Promise.all([editor.close(), network.close()]);
  });
});

describe('the library in the portal', () => {
  it('finds a published entry by an Arabic search with another final letter, and shows it', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.platform.baseUrl}/?locale=ar#/`);
    await page.waitForSelector('#library-results li', { timeout: 15_000 });
    await page.fill('input[name="search"]', 'بطاقه');
    await page.click('form[role="search"] button');
    await page.waitForFunction(() => document.querySelectorAll('#library-results li').length === 1, undefined, { timeout: 15_000 });
    expect(await page.textContent('#library-results')).toContain('نموذج بطاقة الالتزام');
    await page.click('#library-results a');
    await page.waitForSelector('h1:has-text("نموذج بطاقة الالتزام")', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-library-entry.png'), fullPage: true });
    await page.close();
  });
});
