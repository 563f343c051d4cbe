import { join } from 'node:path';
import { DemoIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { askGraph } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The console's inbox in real Chromium: a citizen's proposal reaches the demo commune's admin, whose bell counts it;
 * the inbox lists it in the console's language and marks it read; Tamazgana's admin sees none of it.
 */
const harness = browserHarness('inbox');

async function submitCitizenProposal(title: string): Promise<string> {
  const answer = await askGraph(harness.platform.baseUrl, 'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }', {
    input: {
      collectivityId: DemoIds.demoCommune,
      consultationId: DemoIds.events.demoCommuneConsultation,
      title,
      body: 'Un point d’eau potable près de l’école.',
      principle: 'ACCESS_TO_INFORMATION',
      consentToPublish: true,
    },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data.submitProposal.id as string;
}

describe("the console's inbox", () => {
  it("shows the commune's admin the new proposal behind the bell, in Arabic and French, and marks it read", async () => {
    const proposalId = await submitCitizenProposal('Une fontaine devant l’école');
    const page = await harness.signIn('admin@demo-commune.infitah.test', 'ar', 'proposals');
    const bell = page.locator('[data-testid="notification-bell"]');
    // the worker delivers within seconds; the bell counts again on every load of the page
    const deadline = Date.now() + 15_000;
    while (!(await bell.getAttribute('aria-label'))?.includes('1') && Date.now() < deadline) {
      await page.waitForTimeout(500);
      await page.reload();
      await bell.waitFor({ timeout: 15_000 });
    }
    expect(await page.locator('[data-testid="notification-bell-label"]').textContent()).toBe('الإشعارات (1 غير مقروءة)');
    await bell.click();
    await page.waitForURL(/#\/inbox$/);
    const item = page.locator('[data-testid="inbox-item"]');
    await item.first().waitFor({ timeout: 15_000 });
    expect(await item.count()).toBe(1);
    expect(await item.first().textContent()).toContain('مقترح جديد من مواطن');
    expect(await item.first().getAttribute('data-read')).toBe('false');
    expect(await page.locator('a', { hasText: 'فتح' }).getAttribute('href')).toMatch(new RegExp(`/admin/#/proposals/${proposalId}$`));
    await page.screenshot({ path: join(SCREENSHOTS, 'inbox-ar.png') });

    // in French, then marked read
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/inbox`);
    await page.reload();
    await page.locator('[data-testid="inbox-item"]', { hasText: 'Nouvelle proposition citoyenne' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Marquer comme lue' }).click();
    await page.locator('[data-testid="inbox-item"][data-read="true"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="notification-bell-label"]')?.textContent === 'Notifications (0 non lues)', undefined, { timeout: 15_000 });
  }, 90_000);

  it("shows Tamazgana's admin an empty inbox", async () => {
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'fr', 'proposals');
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/inbox`);
    await page.getByText('Aucune notification').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="inbox-item"]').count()).toBe(0);
    expect(await page.locator('[data-testid="notification-bell-label"]').textContent()).toBe('Notifications (0 non lues)');
  }, 60_000);
});
