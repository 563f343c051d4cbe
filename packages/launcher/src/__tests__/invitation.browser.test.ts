import { DemoIds } from '@infitah/demo-data';
import { askGraph, demoToken } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * A network training's invitation in real Chromium: the network publishes a planned training and invites the demo
 * commune; its admin finds the invitation in the inbox, opens the training and answers that the commune will attend;
 * the network reads it as the expected attendance on the same page.
 */
const harness = browserHarness('invitation');

const ask = (query: string, variables: Record<string, unknown>, token: string) => askGraph(harness.platform.baseUrl, query, variables, token);

async function invitedTraining(title: string): Promise<string> {
  const network = await demoToken(harness.platform.baseUrl, 'network@infitah.test');
  const created = await ask('mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', { input: { kind: 'TRAINING', title, startsAt: '2030-02-11T09:00:00Z', venue: 'Rabat' } }, network);
  expect(created.errors).toBeUndefined();
  const id = created.data.createEvent.id as string;
  for (const [query, variables] of [
    ['mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id }],
    ['mutation ($id: ID!, $c: ID!) { setEventParticipants(eventId: $id, participants: [{ collectivityId: $c }]) { id } }', { id, c: DemoIds.demoCommune }],
  ] as const) {
    const answer = await ask(query, variables, network);
    expect(answer.errors).toBeUndefined();
  }
  return id;
}

describe("a network training's invitation in the console", () => {
  it('reaches the invited admin, who answers from the training page; the network sees the expected attendance', async () => {
    const eventId = await invitedTraining('Formation à la co-construction (invitation)');
    const page = await harness.signIn('admin@demo-commune.infitah.test', 'fr', 'events');
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/inbox`);
    const item = page.locator('[data-testid="inbox-item"]', { hasText: 'Invitation à une formation du réseau' });
    // the worker delivers within seconds
    const deadline = Date.now() + 20_000;
    while (!(await item.count()) && Date.now() < deadline) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    await item.waitFor({ timeout: 5_000 });
    await item.getByRole('link', { name: 'Ouvrir' }).click();
    await page.waitForURL(new RegExp(`#/events/${eventId}$`));

    const panel = page.locator('[data-testid="invitation-panel"]');
    await panel.getByText('Votre collectivité participera-t-elle ?').waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Nous participerons' }).click();
    await panel.getByText('Votre réponse : participera').waitFor({ timeout: 15_000 });

    const networkPage = await harness.signIn('network@infitah.test', 'fr', 'events');
    await networkPage.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/events/${eventId}`);
    await networkPage.locator('[data-testid="expected-attendance"]', { hasText: 'Participation attendue : 1 sur 1 invitées' }).waitFor({ timeout: 15_000 });
    // in Arabic, the member's answer in the reader's words
    await networkPage.goto(`${harness.platform.baseUrl}/admin/?locale=ar#/events/${eventId}`);
    await networkPage.reload();
    const arabicPanel = networkPage.locator('[data-testid="invitation-panel"]');
    await arabicPanel.locator('[data-testid="expected-attendance"]', { hasText: 'المشاركة المرتقبة: 1 من أصل 1 مدعوة' }).waitFor({ timeout: 15_000 });
    expect(await arabicPanel.textContent()).toContain('ستشارك');
  }, 120_000);

  it("shows Tamazgana's admin, who was not invited, no answer to give", async () => {
    const eventId = await invitedTraining('Formation sans Tamazgana');
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'fr', 'events');
    await page.goto(`${harness.platform.baseUrl}/admin/?locale=fr#/events/${eventId}`);
    await page.locator('input[name="venue"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="invitation-panel"]').count()).toBe(0);
  }, 60_000);
});
