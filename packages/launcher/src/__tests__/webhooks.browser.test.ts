import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DemoIds } from '@infitah/demo-data';
import { Webhook } from 'standardwebhooks';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { askGraph } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The console's Webhooks page in real Chromium: the demo commune's admin registers an endpoint (a receiver on 127.0.0.1,
 * allowed in development) and reads its secret once, a citizen's proposal reaches it signed, the delivery log shows the
 * attempt, and the endpoint is deleted; in Arabic the page reads right to left; an editor has no such page.
 */
const harness = browserHarness('webhooks');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious or critical WCAG 2.1 A/AA violations in the page's own content (`#main-content`): the app bar's bell and user
 * menu, shared by every console page, are not this page's to fix (axe finds their contrast and names wanting).
 */
async function pageViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations: Array<{ id: string; impact: string }> = await page.evaluate(async () => {
    const result = await (window as any).axe.run('#main-content', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}
let receiver: Server;
let receiverUrl: string;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => receiver?.close(resolve)));

describe("the console's webhooks page", () => {
  it('registers an endpoint, shows its secret once, logs the signed delivery of a new proposal and deletes the endpoint', async () => {
    const page = await harness.signIn('admin@demo-commune.infitah.test', 'fr', 'proposals');
    await page.click('[data-testid="menu-webhooks"]');
    await page.waitForURL(/#\/webhooks$/);
    await page.getByText('Aucun rappel HTTP enregistré').waitFor({ timeout: 15_000 });
    await page.fill('input[name="url"]', receiverUrl);
    // a new proposal is checked by default
    expect(await page.locator('input[name="kinds"][value="PROPOSAL_SUBMITTED"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const secretBox = page.locator('[data-testid="webhook-secret"] code');
    await secretBox.waitFor({ timeout: 15_000 });
    const secret = ((await secretBox.textContent()) ?? '').trim();
    expect(secret).toMatch(/^whsec_/);
    await page.locator('[data-testid="webhook-row"]', { hasText: receiverUrl }).waitFor();
    expect(await page.locator('[data-testid="webhook-row"]').first().textContent()).toContain('Nouvelle proposition');
    expect(await pageViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'webhooks-fr.png'), fullPage: true });

    // a reload shows the endpoint but never the secret again
    await page.reload();
    await page.locator('[data-testid="webhook-row"]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="webhook-secret"]').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    const answer = await askGraph(harness.platform.baseUrl, 'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id } }', {
      input: {
        collectivityId: DemoIds.demoCommune,
        consultationId: DemoIds.events.demoCommuneConsultation,
        title: 'Un abri pour l’arrêt de bus',
        body: 'Un abri contre le soleil à l’arrêt de bus du centre.',
        principle: 'CITIZEN_PARTICIPATION',
        consentToPublish: true,
      },
    });
    expect(answer.errors).toBeUndefined();
    const proposalId = answer.data.submitProposal.id as string;
    const deadline = Date.now() + 15_000;
    while (!received.some((request) => request.body.includes(proposalId)) && Date.now() < deadline) await page.waitForTimeout(200);
    const delivery = received.find((request) => request.body.includes(proposalId));
    expect(delivery).toBeDefined();
    expect(new Webhook(secret).verify(delivery!.body, delivery!.headers as Record<string, string>)).toMatchObject({ type: 'PROPOSAL_SUBMITTED', data: { proposalId } });

    await page.getByRole('button', { name: 'Journal des envois' }).click();
    await page.waitForURL(/#\/webhooks\/[0-9a-f-]+\/show$/);
    const attempt = page.locator('[data-testid="webhook-attempt"]').first();
    // the attempt is logged once the receiver has answered: a moment after the request arrived
    for (const until = Date.now() + 10_000; !(await attempt.isVisible()) && Date.now() < until; ) {
      await page.waitForTimeout(500);
      if (!(await attempt.isVisible())) await page.reload();
    }
    await attempt.waitFor({ timeout: 15_000 });
    expect(await attempt.textContent()).toContain('Livré');
    expect(await attempt.textContent()).toContain('204');
    expect(await attempt.textContent()).toContain(String(delivery!.headers['webhook-id']));

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Aucun rappel HTTP enregistré').waitFor({ timeout: 15_000 });
    await page.close();
  }, 90_000);

  it('reads right to left in Arabic and refuses a malformed address under its field, in Arabic', async () => {
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'ar', 'proposals');
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=ar#/webhooks`);
    await page.getByText('لا يوجد رابط مسجل').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.dir)).toBe('rtl');
    await page.fill('input[name="url"]', 'ftp://example.org/hook');
    await page.getByRole('button', { name: 'تسجيل' }).click();
    const helper = page.locator('#url-helper-text, .MuiFormHelperText-root.Mui-error').first();
    await helper.getByText('يجب أن يكون عنواناً يبدأ بـ http:// أو https://').waitFor({ timeout: 15_000 });
    expect(await helper.textContent()).not.toContain('@@');
    expect(await pageViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'webhooks-ar.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it("gives an editor no Webhooks page in the menu", async () => {
    const page = await harness.signIn('editor@tamazgana.infitah.test', 'fr', 'proposals');
    expect(await page.locator('[data-testid="menu-webhooks"]').count()).toBe(0);
    await page.close();
  }, 60_000);
});
