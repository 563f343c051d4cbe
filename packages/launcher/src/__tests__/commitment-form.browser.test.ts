import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, SCREENSHOTS, type TestBrowser } from './support/browser';
import { askGraph, demoToken, inputOf, signInConsole, writesSent } from './support/console-form';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

/**
 * The console's commitment form in real Chromium against the real processes: the commitment's fields and its
 * milestones saved as one write, a milestone the graph refuses shown at its field in the console's language.
 */
const VIEWPORT = { width: 1280, height: 900 };
const ADMIN = 'admin@demo-commune.infitah.test';
let platform: PlatformProcess;
let browser: TestBrowser;
let token: string;
/** The demo commune's programme, still in co-creation: its commitments are open to every change. */
let programId: string;

beforeAll(async () => {
  platform = await startPlatformProcess('commitment-form');
  token = await demoToken(platform.baseUrl, ADMIN);
  const me = await ask('{ me { collectivity { id } } }', {}, token);
  const programs = await ask('query ($c: ID!) { actionPrograms(filter: { collectivityId: $c }) { nodes { id status } } }', { c: me.data.me.collectivity.id }, token);
  programId = programs.data.actionPrograms.nodes.find((program: { status: string }) => program.status === 'CO_CREATION').id;
  browser = await launchBrowser(VIEWPORT, { timezoneId: 'America/New_York' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await platform?.dispose();
}, 60_000);

const ask = (query: string, variables: Record<string, unknown> = {}, bearer?: string) => askGraph(platform.baseUrl, query, variables, bearer);

/** A commitment running through 2026, created through the graph with one milestone due in April. */
async function commitmentOf2026(titleFr: string): Promise<string> {
  const created = await ask(
    'mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }',
    { p: programId, input: { titleFr, principles: ['TRANSPARENCY'], startsOn: '2026-01-01', endsOn: '2026-12-31' } },
    token,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data.createCommitment.id as string;
  const saved = await ask(
    'mutation ($id: ID!, $input: SaveCommitmentInput!) { saveCommitment(id: $id, input: $input) { id } }',
    { id, input: { milestones: [{ title: 'Registre ouvert', dueOn: '2026-04-30', weight: 1 }] } },
    token,
  );
  expect(saved.errors).toBeUndefined();
  return id;
}

/** What the graph stores of the commitment. */
async function stored(id: string) {
  const { data } = await ask('query ($id: ID!) { commitment(id: $id) { titleFr problem endsOn milestones { title dueOn doneOn weight } } }', { id }, token);
  return data.commitment;
}

const signIn = (context: BrowserContext, locale: string): Promise<Page> => signInConsole(context, platform.baseUrl, ADMIN, locale, 'commitments');

async function openCommitment(page: Page, id: string): Promise<void> {
  await page.goto(`${platform.baseUrl}/admin/#/commitments/${id}`);
  await page.waitForSelector('input[name="milestones.0.dueOn"]', { timeout: 15_000 });
}

describe('the commitment form', () => {
  it('saves the fields and the milestones in one write', async () => {
    const id = await commitmentOf2026('Registre des délibérations');
    const page = await signIn(browser.context, 'fr');
    await openCommitment(page, id);
    const writes = writesSent(page);
    await page.fill('textarea[name="problem"]', 'Les délibérations ne sont pas consultables.');
    await page.fill('input[name="milestones.0.doneOn"]', '15/04/2026');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/commitments(\?.*)?$/, { timeout: 15_000 });
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]).query).toContain('saveCommitment');
    expect(await stored(id)).toEqual({
      titleFr: 'Registre des délibérations',
      problem: 'Les délibérations ne sont pas consultables.',
      endsOn: '2026-12-31',
      milestones: [{ title: 'Registre ouvert', dueOn: '2026-04-30', doneOn: '2026-04-15', weight: 1 }],
    });
    await page.close();
  });

  it("marks a milestone's required title before submit, and sends nothing while it is missing", async () => {
    const id = await commitmentOf2026('Jalon sans titre');
    const before = await stored(id);
    const page = await signIn(browser.context, 'fr');
    await openCommitment(page, id);
    // react-admin puts an asterisk after the label of a required input, in the console's language
    expect(await page.locator('.ra-input-milestones .RaSimpleFormIterator-line').first().innerText()).toMatch(/Jalon\s*\*[\s\S]*Échéance[\s\S]*Réalisé le[\s\S]*Poids\s*\*/);
    const writes = writesSent(page);
    await page.fill('textarea[name="problem"]', 'Changé');
    await page.fill('input[name="milestones.0.title"]', '');
    await page.locator('input[name="milestones.0.title"]').blur();
    await page.click('button[type="submit"]');
    await inputOf(page, 'milestones.0.title').locator('.MuiFormHelperText-root', { hasText: 'Ce champ est requis' }).waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`#/commitments/${id}`);
    expect(writes).toEqual([]);
    expect(await stored(id)).toEqual(before);
    await page.close();
  });

  it.each([
    ['fr', "Ne doit pas dépasser la fin de l'engagement"],
    ['ar', 'يجب ألا يتجاوز نهاية الالتزام'],
  ])('shows a milestone the graph refuses at its field (%s), and stores none of the form', async (locale, reason) => {
    const id = await commitmentOf2026(`Engagement refusé (${locale})`);
    const before = await stored(id);
    const page = await signIn(browser.context, locale);
    await openCommitment(page, id);
    const writes = writesSent(page);
    await page.fill('textarea[name="problem"]', 'Ne doit pas être enregistré');
    await page.fill('input[name="milestones.0.title"]', 'Registre ouvert au public');
    // the commitment ends on 31 December 2026: a milestone due in 2027 is refused by the graph, not by the form
    await page.fill('input[name="milestones.0.dueOn"]', '31/03/2027');
    await page.click('button[type="submit"]');
    await inputOf(page, 'milestones.0.dueOn').locator('.MuiFormHelperText-root', { hasText: reason }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, `commitment-form-refused-${locale}.png`), fullPage: true });
    expect(await page.textContent('form')).not.toMatch(/must|Variable|invalid value/);

    // one write, refused whole: the new problem and milestone title were not stored either
    expect(writes).toHaveLength(1);
    const sent = JSON.parse(writes[0]);
    expect(sent.query).toContain('saveCommitment');
    expect(sent.variables.input).toMatchObject({ problem: 'Ne doit pas être enregistré', milestones: [{ title: 'Registre ouvert au public', dueOn: '2027-03-31' }] });
    expect(await stored(id)).toEqual(before);
    expect(page.url()).toContain(`#/commitments/${id}`);
    expect(await page.inputValue('textarea[name="problem"]')).toBe('Ne doit pas être enregistré');
    await page.close();
  });
});
