import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The console in real Chromium (Debian's), against the real processes. Screenshots go to .data/screenshots. */
const harness = browserHarness('console');
const signIn = (email: string, locale = 'fr') => harness.signIn(email, locale, 'events');

/** The events table's text; with `awaited`, once that text is in it (a list shown from cache refreshes a moment later). */
async function eventTitles(page: Page, awaited?: string): Promise<string> {
  await page.goto(`${harness.platform.baseUrl}/admin/#/events?perPage=50`);
  await page.waitForSelector('table tbody tr', { timeout: 15_000 });
  // a list shows placeholder rows while it loads (its commune's filter and collectivity names included)
  await page.waitForFunction(() => (document.querySelector('table tbody')?.textContent ?? '').trim().length > 0, undefined, { timeout: 15_000 });
  if (awaited) await page.waitForSelector(`table tbody tr:has-text(${JSON.stringify(awaited)})`, { timeout: 15_000 }).catch(() => undefined);
  return (await page.textContent('table')) ?? '';
}

describe('the console', () => {
  it("shows Tamazgana's admin its timeline; an event it creates is in its list and not in another commune's", async () => {
    const page = await signIn('admin@tamazgana.infitah.test');
    expect(await eventTitles(page)).toContain('ورشة الإعداد المشترك');
    await page.screenshot({ path: join(SCREENSHOTS, 'events-tamazgana.png'), fullPage: true });

    await page.goto(`${harness.platform.baseUrl}/admin/#/events/create`);
    await page.fill('input[name="title"]', 'Réunion du comité de suivi — test navigateur');
    await page.click('.ra-input-kind [role="combobox"]');
    await page.click('li[data-value="COMMITTEE_MEETING"]');
    await page.fill('input[name="startsAt"]', '02/06/2026 10:00');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/events\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'event-edit.png'), fullPage: true });
    expect(await eventTitles(page, 'Réunion du comité de suivi — test navigateur')).toContain('Réunion du comité de suivi — test navigateur');

    const other = await signIn('admin@demo-commune.infitah.test');
    expect(await eventTitles(other)).not.toContain('Réunion du comité de suivi — test navigateur');
    await Promise.all([page.close(), other.close()]);
  });

  it('shows a refused input at the field it names, keeping what was typed', async () => {
    const page = await signIn('editor@tamazgana.infitah.test');
    await page.goto(`${harness.platform.baseUrl}/admin/#/events/create`);
    await page.fill('input[name="title"]', '   ');
    await page.click('.ra-input-kind [role="combobox"]');
    await page.click('li[data-value="COMMITTEE_MEETING"]');
    await page.fill('input[name="startsAt"]', '03/06/2026 10:00');
    await page.fill('input[name="venue"]', 'Salle des fêtes');
    await page.click('button[type="submit"]');
    // the graph's reason, in the console's language
    await page.waitForSelector('text=Ne doit pas être vide', { timeout: 15_000 });
    expect(await page.inputValue('input[name="venue"]')).toBe('Salle des fêtes');
    await page.screenshot({ path: join(SCREENSHOTS, 'field-error.png'), fullPage: true });
    await page.close();
  });

  it("lets a collectivity admin edit its profile, a bad email shown at its field", async () => {
    const page = await signIn('admin@tamazgana.infitah.test');
    await page.goto(`${harness.platform.baseUrl}/admin/#/profile`);
    await page.fill('input[name="focalPointRole"]', 'نقطة الارتكاز');
    await page.fill('input[name="contactEmail"]', 'not an email');
    await page.click('button:has-text("Enregistrer")');
    await page.waitForSelector('text=Doit être une adresse e-mail', { timeout: 15_000 });
    await page.fill('input[name="contactEmail"]', 'contact@tamazgana.example');
    await page.click('button:has-text("Enregistrer")');
    await page.waitForSelector('text=Doit être une adresse e-mail', { state: 'detached', timeout: 15_000 });
    const ask = async (query: string, token?: string) =>
      (await (
        await fetch(`${harness.platform.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as any;
    const { token } = (await ask('mutation { login(email: "admin@tamazgana.infitah.test", password: "infitah-demo") { token } }')).data.login;
    const profile = `{ collectivity(id: "${DemoIds.tamazgana}") { profile { focalPointRole contactEmail } } }`;
    expect((await ask(profile, token)).data.collectivity.profile).toEqual({ focalPointRole: 'نقطة الارتكاز', contactEmail: 'contact@tamazgana.example' });
    // contact details are personal data (law 09-08): the public sees the role, not the address
    expect((await ask(profile)).data.collectivity.profile).toEqual({ focalPointRole: 'نقطة الارتكاز', contactEmail: null });
    await page.close();
  });

  it("records an indicator's measurement on a commitment and shows the new latest value", async () => {
    const page = await signIn('editor@tamazgana.infitah.test');
    await page.goto(`${harness.platform.baseUrl}/admin/#/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await page.getByRole('combobox', { name: 'Indicateur' }).click();
    await page.click('li[role="option"]');
    await page.fill('input[name="measuredOn"]', '28/02/2026');
    await page.fill('input[name="value"]', '50');
    await page.click('button:has-text("Enregistrer la mesure")');
    // the date of the latest value in the reader's language (it was ISO text before)
    await page.waitForSelector('text=50 (28 février 2026)', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'commitment-indicators.png'), fullPage: true });
    await page.close();
  });

  it('gives an editor no way to account management', async () => {
    const page = await signIn('editor@tamazgana.infitah.test');
    expect(await page.locator('a[href="#/accounts"]').count()).toBe(0);
    const admin = await signIn('admin@tamazgana.infitah.test');
    expect(await admin.locator('a[href="#/accounts"]').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), admin.close()]);
  });

  it("draws the network's dashboard charts and lists several communes' events", async () => {
    const page = await signIn('network@infitah.test');
    await page.waitForSelector('.recharts-surface', { timeout: 15_000 });
    // members by kind and region, programmes, completion, attendance by gender and category, principles,
    // people trained by category and gender, library by kind
    expect(await page.locator('[data-testid="chart"] .recharts-surface').count()).toBe(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'network-dashboard.png'), fullPage: true });
    // each event's collectivity by its name, no longer by its id
    const table = await eventTitles(page);
    expect(table).toContain('Commune de Tamazgana');
    expect(table).toContain('Commune Exemple');
    expect(table).not.toContain(DemoIds.tamazgana);
    await page.close();
  });

  it("lets a commune admin move its programme through its statuses and shows the network's review panel only to the network", async () => {
    // Tamazgana's programme is in preparation in the demo (March 2025); the fictional commune's undated draft sits
    // beside its adopted programme, so it cannot move until it is dated
    const page = await signIn('admin@tamazgana.infitah.test');
    await page.goto(`${harness.platform.baseUrl}/admin/#/actionPrograms/${DemoIds.programs.tamazgana}`);
    // the next status named in the console's language (it was the raw code before)
    await page.click('button:has-text("Passer à : Consultation")');
    await page.waitForSelector('button:has-text("Passer à : Adopté")', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'program-status.png'), fullPage: true });
    const commune = await signIn('admin@tamazgana.infitah.test');
    await commune.goto(`${harness.platform.baseUrl}/admin/#/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    // the commitment's page, its form or (its programme adopted) its plan read: the indicators are on both
    await commune.waitForSelector('.commitment-indicators', { timeout: 15_000 });
    // the review panel's form for a new review (the console in French): the network's only
    expect(await commune.locator('form[aria-label="Nouvelle revue"]').count()).toBe(0);
    const network = await signIn('network@infitah.test');
    await network.goto(`${harness.platform.baseUrl}/admin/#/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await network.waitForSelector('form[aria-label="Nouvelle revue"]', { timeout: 15_000 });
    await network.screenshot({ path: join(SCREENSHOTS, 'commitment-review.png'), fullPage: true });
    await Promise.all([page.close(), commune.close(), network.close()]);
  });

  it('turns the whole console right to left in Arabic, and remembers the choice', async () => {
    const page = await signIn('admin@tamazgana.infitah.test', 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-ar.png'), fullPage: true });
    await page.goto(`${harness.platform.baseUrl}/admin/#/events`);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.close();
  });

  it('shows GraphiQL at /graphql with its example operations, every asset from the project itself, and runs a query', async () => {
    const page = await harness.browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(harness.platform.baseUrl) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) external.push(request.url());
    });
    await page.goto(`${harness.platform.baseUrl}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.waitForSelector('.graphiql-tab', { timeout: 20_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(3);
    // the editor (Monaco, with its workers) shows the first example once it is ready to run
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('memberCount'), undefined, { timeout: 30_000 });
    const answered = () => page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"memberCount"'), undefined, { timeout: 15_000 });
    await page.click('.graphiql-execute-button');
    await answered().catch(async () => {
      await page.click('.graphiql-execute-button');
      await answered();
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'graphiql.png'), fullPage: true });
    expect(external).toEqual([]);
    await page.close();
  });

  it('tells a refused sign-in why in the console\'s language, and a throttled one how long to wait', async () => {
    // an address unknown to the platform is throttled like an account: five failures, then a wait
    const email = 'personne@tamazgana.infitah.test';
    const tryInBrowser = async (locale: string) => {
      const page = await harness.browser.newPage();
      await page.goto(`${harness.platform.baseUrl}/admin/?locale=${locale}#/login`);
      await page.fill('input[name="username"]', email);
      await page.fill('input[name="password"]', 'pas-le-bon');
      await page.click('button[type="submit"]');
      return page;
    };
    const wrong = await tryInBrowser('fr');
    await wrong.getByText("Échec de l'authentification, merci de réessayer").waitFor({ timeout: 15_000 });
    await wrong.close();
    for (let failure = 2; failure <= 5; failure += 1) {
      const response = await fetch(`${harness.platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "pas-le-bon") { token } }` }),
      });
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }

    const throttled = await tryInBrowser('fr');
    const french = throttled.getByText(/^Trop de tentatives de connexion\. Réessayez dans (\d+) secondes?\.$/);
    await french.waitFor({ timeout: 15_000 });
    const seconds = Number(/(\d+)/.exec((await french.textContent()) ?? '')![1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(throttled.url()).toContain('#/login');
    await throttled.screenshot({ path: join(SCREENSHOTS, 'sign-in-throttled-fr.png') });
    await throttled.close();

    const arabic = await tryInBrowser('ar');
    await arabic.getByText(/^محاولات تسجيل دخول كثيرة\. أعد المحاولة بعد .*(ثانية|ثوانٍ|ثانيتين)\.$/).waitFor({ timeout: 15_000 });
    await arabic.close();
  });

  it('loads nothing its Content-Security-Policy refuses', () => {
    expect(harness.testBrowser.cspViolations).toEqual([]);
  });
});
