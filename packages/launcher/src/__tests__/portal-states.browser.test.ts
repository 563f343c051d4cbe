import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { axeViolations } from './support/axe';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The portal honest about what it knows: loading, a failed query with a retry, a wrong address, a citizen's follow-up. */
const harness = browserHarness('portal-states', { width: 360, height: 780 });

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${harness.platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A citizen's proposal to the demo commune's open consultation, as the portal sends it: its id and reference. */
async function submitProposal(title: string): Promise<{ id: string; reference: string }> {
  const data = await graphql<{ submitProposal: { id: string; reference: string } }>(
    'mutation ($input: CitizenProposalInput!) { submitProposal(input: $input) { id reference } }',
    {
      input: {
        collectivityId: DemoIds.demoCommune,
        consultationId: DemoIds.events.demoCommuneConsultation,
        title,
        body: 'Éclairer le chemin entre le douar et l’école.',
        principle: 'CITIZEN_PARTICIPATION',
        consentToPublish: true,
      },
    },
  );
  return data.submitProposal;
}

async function openPortal(path: string): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.goto(`${harness.platform.baseUrl}/${path}`);
  return page;
}

describe('the portal when a query fails', () => {
  it.each([
    // the request never answers (the network dropped), then a gateway that answers 502 with no GraphQL body
    ['ar', 'abort', 'تعذر تحميل هذه الصفحة', 'إعادة المحاولة', 'جماعة تمزكانة'],
    ['fr', 'bad gateway', 'Impossible de charger cette page', 'Réessayer', 'Commune de Tamazgana'],
  ])('in %s (%s), says so with a Retry that then loads the page', async (locale, failure, message, retry, heading) => {
    const page = await harness.browser.newPage();
    let failed = 0;
    await page.route('**/graphql', async (route) => {
      if (failed++ > 0) return route.continue();
      if (failure === 'abort') return route.abort('failed');
      return route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>502 Bad Gateway</h1>' });
    });
    await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/collectivities/${DemoIds.tamazgana}`);
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(message);
    // no heading of a page that did not load, and nothing of it shown as if it were empty
    expect(await page.locator('main h1').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-load-error-${locale}.png`), fullPage: true });
    await page.click(`[role="alert"] button:has-text("${retry}")`);
    await page.waitForSelector(`h1:has-text("${heading}")`);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(await page.textContent('#timeline + ol')).toBeTruthy();
    expect(failed).toBe(2);
    await page.close();
  });
});

describe('the portal at a wrong address', () => {
  it.each([
    ['ar', 'الصفحة غير موجودة', 'العودة إلى الشبكة'],
    ['fr', 'Page introuvable', 'Retour au réseau'],
  ])('in %s, shows the translated not-found page for an unknown route, an unknown id and a malformed id', async (locale, title, back) => {
    for (const path of ['no-such-page/at/all', `collectivities/${DemoIds.accounts.demoCommuneAdmin}`, 'commitments/not-an-id', `library/${DemoIds.tamazgana}`]) {
      const page = await openPortal(`?locale=${locale}#/${path}`);
      await page.waitForSelector('main h1');
      expect({ path, title: await page.textContent('main h1') }).toEqual({ path, title });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await page.click(`main a:has-text("${back}")`);
      await page.waitForSelector('#figures');
      await page.close();
    }
  });
});

describe("a citizen's follow-up page", () => {
  let reference = '';
  const answer = 'شكرا على مقترحكم. ستُدرج الإنارة في ميزانية السنة المقبلة. / Merci : l’éclairage sera inscrit au budget de l’an prochain.';

  beforeAll(async () => {
    const submitted = await submitProposal('Éclairer le chemin de l’école');
    reference = submitted.reference;
    const { login } = await graphql<{ login: { token: string } }>('mutation { login(email: "admin@demo-commune.infitah.test", password: "infitah-demo") { token } }');
    await graphql('mutation ($id: ID!, $input: ProposalAnswerInput!) { answerProposal(id: $id, input: $input) { id } }', { id: submitted.id, input: { status: 'REJECTED', answer } }, login.token);
  });

  it('opens at #/follow-up/<reference> in Arabic with the status as a label and the answer', async () => {
    const page = await openPortal(`?locale=ar#/follow-up/${reference}`);
    await page.waitForSelector('#follow-up-status');
    expect(await page.textContent('#follow-up-status')).toBe('لم يتم اعتماده');
    expect(await page.textContent('#follow-up-answer')).toBe(answer);
    expect(await page.textContent('main')).toContain('Éclairer le chemin de l’école');
    expect(await page.textContent('main')).not.toContain('REJECTED');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-follow-up-ar.png'), fullPage: true });
    await page.close();
  });

  it('takes a typed reference in French (any case, spaces around) to the same page', async () => {
    const page = await openPortal('?locale=fr#/');
    await page.click('header a:has-text("Suivre une proposition")');
    await page.waitForSelector('h1:has-text("Suivre une proposition")');
    await page.click('button:has-text("Voir où elle en est")');
    expect(await page.textContent('#reference-error')).toBe('Saisissez une référence.');
    await page.fill('input[name="reference"]', `  ${reference.toLowerCase()} `);
    await page.click('button:has-text("Voir où elle en est")');
    await page.waitForSelector('#follow-up-status');
    expect(page.url()).toContain(`#/follow-up/${reference.toLowerCase()}`);
    expect(await page.textContent('#follow-up-status')).toBe('Non retenue');
    expect(await page.textContent('#follow-up-answer')).toBe(answer);
    expect(await page.textContent('main')).not.toContain('REJECTED');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-follow-up-fr.png'), fullPage: true });
    await page.close();
  });

  it('says plainly when no proposal has the reference', async () => {
    const page = await openPortal('?locale=fr#/follow-up/000000000000');
    await page.waitForSelector('#follow-up .empty');
    expect(await page.textContent('#follow-up')).toContain('Aucune proposition ne porte cette référence');
    await page.close();
  });

  it('is linked from the receipt a citizen gets after sending a proposal, which it shows as received', async () => {
    const page = await openPortal(`?locale=fr#/collectivities/${DemoIds.demoCommune}`);
    await page.waitForSelector('form:has(textarea[name="body"])');
    await page.fill('input[name="title"]', 'Des poubelles au marché');
    await page.fill('textarea[name="body"]', 'Installer des poubelles près du marché hebdomadaire.');
    await page.click('button:has-text("Envoyer")');
    await page.waitForSelector('[role="status"] strong');
    const received = (await page.textContent('[role="status"] strong')) ?? '';
    await page.click('[role="status"] a:has-text("Suivre ma proposition")');
    await page.waitForSelector('#follow-up-status');
    expect(page.url()).toContain(`#/follow-up/${received}`);
    expect(await page.textContent('#follow-up-status')).toBe('Reçue');
    expect(await page.textContent('#follow-up-answer')).toBe("La commune n'a pas encore répondu.");
    await page.close();
  });
});
