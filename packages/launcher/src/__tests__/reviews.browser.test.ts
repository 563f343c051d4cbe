import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { askGraph, demoToken } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The review panel of a commitment in real Chromium against the real processes: the network saves a draft review,
 * edits it and publishes it, the public then reads it from the graph, and the commune's admin replies and publishes
 * the reply. Every label is in the console's language, never a field name of the graph.
 */
const harness = browserHarness('reviews');
const COMMITMENT = DemoIds.commitments.tamazganaCouncilMinutes;
const REVIEWS = `query ($id: ID!) { commitment(id: $id) { reviews { id comment verifiedCompletion didItOpenGovernment published reply { textAr textFr published } } } }`;

const ask = (query: string, variables: Record<string, unknown> = {}, bearer?: string) => askGraph(harness.platform.baseUrl, query, variables, bearer);

async function openPanel(email: string, locale: string): Promise<Page> {
  const page = await harness.signIn(email, locale, 'commitments');
  await page.goto(`${harness.platform.baseUrl}/admin/#/commitments/${COMMITMENT}`);
  await page.waitForSelector('[data-testid="review-panel"]', { timeout: 15_000 });
  return page;
}

/** Picks `value` in the select named `name` inside `scope` (MUI renders a combobox over a hidden input). */
async function choose(page: Page, scope: Locator, name: string, value: string): Promise<void> {
  await scope.locator('.MuiFormControl-root', { has: page.locator(`input[name="${name}"]`) }).locator('[role="combobox"]').click();
  await page.click(`li[data-value="${value}"]`);
}

/** Polls the graph until `check` holds of what `bearer` reads of the commitment's reviews. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the console's review panel", () => {
  it('lets the network save a draft review, edit it and publish it, the public read it, and the commune reply and publish its reply', async () => {
    const networkToken = await demoToken(harness.platform.baseUrl, 'network@infitah.test');
    const reviewsAs = async (bearer?: string) => (await ask(REVIEWS, { id: COMMITMENT }, bearer)).data.commitment.reviews as Array<Record<string, any>>;
    const before = new Set((await reviewsAs(networkToken)).map((review) => review.id));

    // the network writes a draft, in French
    const network = await openPanel('network@infitah.test', 'fr');
    const panel = network.locator('[data-testid="review-panel"]');
    expect(await panel.textContent()).toContain('Réalisation vérifiée');
    expect(await panel.textContent()).toContain('A-t-il ouvert le gouvernement ?');
    const form = network.locator('[data-testid="review-new"]');
    await choose(network, form, 'verifiedCompletion', 'LIMITED');
    await form.locator('textarea[name="comment"]').fill('Les procès-verbaux sont affichés, pas encore en ligne.');
    await form.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const drafts = await eventually(
      () => reviewsAs(networkToken),
      (reviews) => reviews.some((review) => !before.has(review.id)),
    );
    const review = drafts.find((candidate) => !before.has(candidate.id))!;
    expect(review).toMatchObject({ verifiedCompletion: 'LIMITED', comment: 'Les procès-verbaux sont affichés, pas encore en ligne.', published: false });
    expect((await ask('query ($id: ID!) { review(id: $id) { id } }', { id: review.id })).data.review).toBeNull();

    // it edits the draft: the card shows the ratings in words, then the form again
    const card = network.locator(`[data-testid="review-${review.id}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.textContent()).toContain('Brouillon');
    expect(await card.textContent()).toContain('Limité');
    expect(await panel.textContent()).not.toMatch(/verifiedCompletion|didItOpenGovernment|potentialForResults|LIMITED/);
    await card.getByRole('button', { name: 'Modifier' }).click();
    await choose(network, card, 'didItOpenGovernment', 'MAJOR');
    await card.locator('textarea[name="comment"]').fill('Procès-verbaux publiés en ligne chaque mois.');
    await card.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    // saved: the card shows the ratings again, in words
    await card.locator('textarea[name="comment"]').waitFor({ state: 'detached', timeout: 15_000 });
    expect(await card.textContent()).toContain('Majeur');
    expect((await reviewsAs(networkToken)).find((candidate) => candidate.id === review.id)).toMatchObject({
      comment: 'Procès-verbaux publiés en ligne chaque mois.',
      didItOpenGovernment: 'MAJOR',
      published: false,
    });

    // it publishes the review, and the public reads it from the graph
    await card.getByRole('button', { name: 'Publier' }).click();
    await card.getByText('Publiée').waitFor({ timeout: 15_000 });
    expect(await card.getByRole('button', { name: 'Modifier' }).count()).toBe(0);
    await network.screenshot({ path: join(SCREENSHOTS, 'review-panel-network-fr.png'), fullPage: true });
    const publicView = await ask('query ($id: ID!) { review(id: $id) { comment didItOpenGovernment published reply { textFr } } }', { id: review.id });
    expect(publicView.data.review).toEqual({ comment: 'Procès-verbaux publiés en ligne chaque mois.', didItOpenGovernment: 'MAJOR', published: true, reply: null });
    await network.close();

    // the commune's admin replies, in Arabic, and publishes its reply
    const commune = await openPanel('admin@tamazgana.infitah.test', 'ar');
    const reply = commune.locator(`[data-testid="reply-${review.id}"]`);
    await reply.waitFor({ timeout: 15_000 });
    expect(await reply.textContent()).toContain('رد الجماعة');
    expect(await commune.locator('[data-testid="review-new"]').count()).toBe(0);
    await reply.locator('textarea[name="replyAr"]').fill('شكرا، ننشر المحاضر على الموقع كل شهر.');
    await reply.locator('textarea[name="replyFr"]').fill('Merci, nous publions les procès-verbaux chaque mois.');
    await reply.getByRole('button', { name: 'حفظ الرد' }).click();
    await reply.getByRole('button', { name: 'نشر الرد' }).waitFor({ timeout: 15_000 });
    expect((await ask('query ($id: ID!) { review(id: $id) { reply { textFr } } }', { id: review.id })).data.review.reply).toBeNull();
    await reply.getByRole('button', { name: 'نشر الرد' }).click();
    await reply.getByRole('button', { name: 'إلغاء نشر الرد' }).waitFor({ timeout: 15_000 });
    await commune.screenshot({ path: join(SCREENSHOTS, 'review-panel-commune-ar.png'), fullPage: true });
    const answered = await ask('query ($id: ID!) { review(id: $id) { reply { textAr textFr published } } }', { id: review.id });
    expect(answered.data.review.reply).toEqual({ textAr: 'شكرا، ننشر المحاضر على الموقع كل شهر.', textFr: 'Merci, nous publions les procès-verbaux chaque mois.', published: true });
    await commune.close();
  });
});
