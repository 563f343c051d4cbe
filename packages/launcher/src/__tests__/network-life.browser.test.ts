import { join } from 'node:path';
import { DemoCohortIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The network's life in the console, in real Chromium against the real processes: capacity-building figures and waves. */
const harness = browserHarness('network-life');
const signIn = (email: string, locale = 'fr') => harness.signIn(email, locale, 'cohorts');

describe('the network life in the console', () => {
  it('shows the capacity-building figures on the network dashboard', async () => {
    const page = await signIn('network@infitah.test', 'fr');
    await page.waitForSelector('text=Renforcement des capacités — formations tenues : 1 · collectivités formées : 1 · personnes formées : 6', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-capacity-building.png'), fullPage: true });
    await page.close();
  });

  it("lists the waves and shows, for December 2024, who is not yet trained and where each member stands", async () => {
    const page = await signIn('network@infitah.test', 'fr');
    await page.goto(`${harness.platform.baseUrl}/admin/#/cohorts`);
    await page.waitForSelector('table tbody tr:has-text("Vague de décembre 2024")', { timeout: 15_000 });
    expect(await page.textContent('table')).toContain('Membres fondateurs 2023');

    await page.goto(`${harness.platform.baseUrl}/admin/#/cohorts/${DemoCohortIds.december2024}/show`);
    await page.waitForSelector('[data-testid="untrained-members"] >> text=Commune Exemple', { timeout: 15_000 });
    const untrained = (await page.textContent('[data-testid="untrained-members"]')) ?? '';
    expect(untrained).not.toContain('Tamazgana');
    const members = (await page.textContent('[data-testid="cohort-members"]')) ?? '';
    expect(members).toContain('Commune de Tamazgana');
    // the step's date in the reader's language (it was ISO text before)
    expect(members).toContain('11 février 2025');
    await page.screenshot({ path: join(SCREENSHOTS, 'cohort-december-2024.png'), fullPage: true });
    await page.close();
  });

  it('labels the waves page in Arabic, right to left', async () => {
    const page = await signIn('admin@tamazgana.infitah.test', 'ar');
    await page.goto(`${harness.platform.baseUrl}/admin/#/cohorts/${DemoCohortIds.december2024}/show`);
    await page.waitForSelector('text=لم يستفيدوا بعد من التكوين: 1', { timeout: 15_000 });
    expect(await page.evaluate(() => document.dir)).toBe('rtl');
    // recording steps is the network's: a commune sees no form
    expect(await page.locator('input[name="completedOn"]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'cohort-ar.png'), fullPage: true });
    await page.close();
  });
});
