import { join } from 'node:path';
import { DemoIds } from '@infitah/demo-data';
import { axeViolations } from './support/axe';
import { SCREENSHOTS } from './support/browser';
import { askGraph, demoToken } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * Following a commune from the portal in real Chromium: the form on the collectivity page, the confirmation link from
 * the mail catcher's mail, a consultation's mail once confirmed, and the unfollow link of that mail.
 */
const harness = browserHarness('follow');

interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
}

const caughtMails = async () => (await (await fetch(`http://127.0.0.1:${harness.platform.ports.mailWeb}/email`)).json()) as CaughtMail[];

/** The first mail to `address` that `matches`, waited for (the worker delivers within seconds). */
async function mailTo(address: string, matches: (mail: CaughtMail) => boolean = () => true): Promise<CaughtMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await caughtMails()).find((mail) => mail.to.some((to) => to.address === address) && matches(mail));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** A link of a mail's plain text that goes to the portal route `route`. */
const linkOf = (mail: CaughtMail, route: string): string => new RegExp(`(http://\\S+#/${route}/[A-Za-z0-9_-]{43})`).exec(mail.text)![1];

describe('following the demo commune from the portal', () => {
  it('asks with the form, confirms by the mailed link, hears of a consultation, then unfollows by its link', async () => {
    const address = `suiveuse.${Date.now()}@example.org`;
    const page = await harness.browser.newPage();
    await page.goto(`${harness.platform.baseUrl}/?locale=fr#/collectivities/${DemoIds.demoCommune}`);
    const form = page.locator('section[aria-labelledby="follow"]');
    await form.locator('h2', { hasText: 'Suivre cette collectivité' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // checked in the browser first: a wrong address and no consent, both said, nothing sent
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('followCollectivity')) sent += 1;
    });
    await form.locator('[name="follow-email"]').fill('pas une adresse');
    await form.getByRole('button', { name: 'Suivre' }).click();
    const problems = form.locator('[role="alert"]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Doit être une adresse e-mail');
    expect(await problems.textContent()).toContain('Votre accord est nécessaire');
    expect(sent).toBe(0);
    expect(await form.locator('a[href="#/privacy"]').count()).toBe(1);

    await form.locator('[name="follow-email"]').fill(address);
    await form.locator('[name="follow-language"]').selectOption('FR');
    await form.locator('[name="follow-consent"]').check();
    await form.getByRole('button', { name: 'Suivre' }).click();
    await form.locator('#follow-requested').waitFor();
    expect(await form.locator('#follow-requested').textContent()).toContain('un e-mail vous arrive');
    expect(sent).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'follow-requested-fr.png'), fullPage: true });

    // the confirmation mail, in French, with its link to the portal
    const confirmation = await mailTo(address);
    expect(confirmation.subject).toContain('Confirmez le suivi');
    await page.goto(linkOf(confirmation, 'follow/confirm'));
    const outcome = page.locator('#follow-link-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('C’est confirmé');
    expect(await page.locator(`a[href="#/collectivities/${DemoIds.demoCommune}"]`).count()).toBe(1);

    // the commune opens a consultation: the follower is mailed, with an unfollow link
    const token = await demoToken(harness.platform.baseUrl, 'admin@demo-commune.infitah.test');
    const title = `Consultation sur les espaces verts ${Date.now()}`;
    const created = await askGraph(
      harness.platform.baseUrl,
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      { input: { kind: 'PUBLIC_CONSULTATION', title, startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 14 * 86_400_000).toISOString() } },
      token,
    );
    expect(created.errors).toBeUndefined();
    const eventId = created.data.createEvent.id as string;
    const published = await askGraph(harness.platform.baseUrl, 'mutation ($id: ID!) { setEventPublished(id: $id, published: true) { id } }', { id: eventId }, token);
    expect(published.errors).toBeUndefined();
    const opened = await mailTo(address, (mail) => mail.subject.includes(title));
    expect(opened.text).toContain(`#/events/${eventId}`);

    await page.goto(linkOf(opened, 'unfollow'));
    await page.locator('#follow-link-outcome').waitFor();
    expect(await page.locator('#follow-link-outcome').textContent()).toContain('Vous êtes désabonné');
    await page.screenshot({ path: join(SCREENSHOTS, 'unfollowed-fr.png'), fullPage: true });
    // the same link again: nothing left to stop
    await page.reload();
    await page.locator('#follow-link-outcome', { hasText: 'aucun abonnement' }).waitFor();
    await page.close();
  }, 120_000);

  it('in Arabic, says a confirmation link failed to reach the platform, and confirms on retry', async () => {
    const address = `moutabi3.${Date.now()}@example.org`;
    const asked = await askGraph(harness.platform.baseUrl, 'mutation ($email: String!, $id: ID!) { followCollectivity(email: $email, collectivityId: $id, language: AR) }', {
      email: address,
      id: DemoIds.tamazgana,
    });
    expect(asked.errors).toBeUndefined();
    const mail = await mailTo(address);
    expect(mail.html).toContain('dir="rtl"');
    const link = linkOf(mail, 'follow/confirm');
    expect(link).toContain('?locale=ar#');

    // the form in Arabic, right to left, its consent as the service records it
    const page = await harness.browser.newPage();
    await page.goto(`${harness.platform.baseUrl}/?locale=ar#/collectivities/${DemoIds.tamazgana}`);
    const form = page.locator('section[aria-labelledby="follow"]');
    await form.locator('h2', { hasText: 'تابعوا هذه الجماعة' }).waitFor();
    expect(await form.locator('label.check').textContent()).toContain('أوافق على أن تحتفظ منصة انفتاح بعنواني الإلكتروني');
    expect(await form.locator('[name="follow-language"]').inputValue()).toBe('AR');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'follow-form-ar.png'), fullPage: true });

    let failed = 0;
    await page.route('**/graphql', async (route) => {
      if (failed++ > 0) return route.continue();
      return route.abort('failed');
    });
    await page.goto(link);
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('تعذر الاتصال بالمنصة');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await alert.getByRole('button', { name: 'إعادة المحاولة' }).click();
    await page.locator('#follow-link-outcome', { hasText: 'تم التأكيد' }).waitFor();
    expect(failed).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it('in French, says a confirmation link that names no request is not valid', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.platform.baseUrl}/?locale=fr#/follow/confirm/${'A'.repeat(43)}`);
    await page.locator('#follow-link-outcome', { hasText: 'n’est pas valable' }).waitFor();
    await page.close();
  });
});
