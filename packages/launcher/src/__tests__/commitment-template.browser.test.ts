import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support/browser';
import { asTyped, askGraph, demoToken, inputOf } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The OGP Local template from the console, in real Chromium against the real processes: every field of a new
 * commitment, indicators and measurements, priority axes, adoption with its council session, and an amendment of an
 * adopted programme's commitment leaving a version. Each test arranges its own programme through the graph (its own
 * period, so that it overlaps no other programme of the commune) rather than relying on demo facts.
 */
const harness = browserHarness('commitment-template');
/** A commune of its own, made by the network for these tests: no programme of the demo data overlaps its periods. */
const ADMIN = 'admin@commune-du-modele.infitah.test';
let token: string;

beforeAll(async () => {
  const network = await demoToken(harness.platform.baseUrl, 'network@infitah.test');
  const made = await askGraph(
    harness.platform.baseUrl,
    'mutation ($input: CreateCollectivityInput!) { createCollectivity(input: $input) { id } }',
    { input: { kind: 'COMMUNE', nameAr: 'جماعة النموذج', nameFr: 'Commune du modèle', code: 'TEST-MODELE' } },
    network,
  );
  expect(made.errors).toBeUndefined();
  const account = await askGraph(
    harness.platform.baseUrl,
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    { input: { email: ADMIN, displayName: 'Admin du modèle', password: 'infitah-demo', role: 'COLLECTIVITY_ADMIN', collectivityId: made.data.createCollectivity.id } },
    network,
  );
  expect(account.errors).toBeUndefined();
  token = await demoToken(harness.platform.baseUrl, ADMIN);
}, 60_000);

const ask = async (query: string, variables: Record<string, unknown> = {}) => {
  const answer = await askGraph(harness.platform.baseUrl, query, variables, token);
  expect(answer.errors).toBeUndefined();
  return answer.data;
};
const signIn = (locale = 'fr') => harness.signIn(ADMIN, locale, 'commitments');
const open = async (page: Page, path: string, selector: string) => {
  await page.goto(`${harness.platform.baseUrl}/admin/#/${path}`);
  await page.waitForSelector(selector, { timeout: 15_000 });
};
/** Picks a choice of a react-admin or MUI select by its full source (its hidden input's name). */
async function choose(page: Page, source: string, value: string) {
  await inputOf(page, source).locator('[role="combobox"]').click();
  await page.click(`li[data-value="${value}"]`);
}
const today = () => new Date().toISOString().slice(0, 10);
/** `read()` once it gives `expected` (a write the page sent is stored a moment later), or its last answer after 15 s. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
  let value = await read();
  for (let waited = 0; waited < 15_000 && JSON.stringify(value) !== JSON.stringify(expected); waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** A programme of the commune in co-creation, over two years from `year`. */
async function programOf(year: number, titleFr: string): Promise<string> {
  const data = await ask('mutation ($input: ActionProgramInput!) { createActionProgram(input: $input) { id } }', {
    input: { titleFr, periodStart: `${year}-01-01`, periodEnd: `${year + 1}-12-31` },
  });
  return data.createActionProgram.id as string;
}

async function commitmentIn(programId: string, year: number, titleFr: string): Promise<string> {
  const data = await ask('mutation ($p: ID!, $input: CommitmentInput!) { createCommitment(programId: $p, input: $input) { id } }', {
    p: programId,
    input: { titleFr, principles: ['TRANSPARENCY'], startsOn: `${year}-01-01`, endsOn: `${year}-12-31` },
  });
  return data.createCommitment.id as string;
}

describe('the OGP Local template in the console', () => {
  it('sets every template field of a new commitment and its milestone from the console, read back through the graph and on the portal', async () => {
    const programId = await programOf(2041, 'Programme du modèle complet');
    const axis = await ask('mutation ($p: ID!) { createPriorityAxis(programId: $p, input: { titleFr: "Conseil ouvert", principles: [TRANSPARENCY] }) { id } }', { p: programId });
    const axisId = axis.createPriorityAxis.id as string;
    const page = await signIn('fr');
    await open(page, `commitments/create?source=${encodeURIComponent(JSON.stringify({ programId }))}`, 'input[name="titleFr"]');

    await page.fill('input[name="titleAr"]', 'سجل المداولات على الإنترنت');
    await page.fill('input[name="titleFr"]', 'Registre des délibérations en ligne');
    await page.fill('textarea[name="problem"]', 'Les délibérations ne sont pas consultables.');
    await page.fill('textarea[name="action"]', 'Publier chaque délibération sous huit jours.');
    await page.click('.ra-input-principles [role="combobox"]');
    await page.click('li[data-value="TRANSPARENCY"]');
    await page.click('li[data-value="CITIZEN_PARTICIPATION"]');
    await page.keyboard.press('Escape');
    await page.fill('input[name="leadUnit"]', 'Secrétariat général');
    await page.fill('input[name="startsOn"]', '01/02/2041');
    await page.fill('input[name="endsOn"]', '30/11/2041');
    await page.fill('textarea[name="statusQuo"]', 'Les registres sont tenus sur papier.');
    await page.fill('textarea[name="causes"]', 'Aucun outil de publication.');
    await page.fill('textarea[name="objective"]', 'Toutes les délibérations en ligne.');
    await page.fill('textarea[name="contribution"]', 'Les habitants suivent les décisions.');
    await page.click('.ra-input-relevance button.button-add');
    await choose(page, 'relevance.0.principle', 'TRANSPARENCY');
    await page.fill('textarea[name="relevance.0.text"]', 'Les décisions deviennent publiques.');
    await choose(page, 'axisId', axisId);
    await page.fill('textarea[name="partners"]', 'Association Tiwizi\nUniversité Ibn Zohr');
    await page.click('.ra-input-supportingActors button.button-add');
    await choose(page, 'supportingActors.0.kind', 'CIVIL_SOCIETY');
    await page.fill('input[name="supportingActors.0.name"]', 'Réseau des associations');
    await page.fill('input[name="contact.name"]', 'Fatima Zahra');
    await page.fill('input[name="contact.role"]', 'Point focal');
    await page.fill('input[name="contact.email"]', 'point.focal@modele.example');
    await page.fill('input[name="contact.phone"]', '+212 5 28 00 00 00');
    // every input is labelled in the console's language, never by the graph's field name
    expect(await page.textContent('form')).not.toMatch(/statusQuo|supportingActors|axisId|contact\.name/);
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/commitments\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const id = /#\/commitments\/([0-9a-f-]{36})$/.exec(page.url())![1];

    // its milestone, on its page: start, due date, deliverable and evidence
    await page.waitForSelector('.ra-input-milestones button.button-add', { timeout: 15_000 });
    await page.click('.ra-input-milestones button.button-add');
    await page.fill('input[name="milestones.0.title"]', 'Plateforme ouverte');
    await page.fill('input[name="milestones.0.startsOn"]', '01/03/2041');
    await page.fill('input[name="milestones.0.dueOn"]', '30/06/2041');
    await page.fill('input[name="milestones.0.deliverable"]', 'Site des délibérations');
    await page.fill('input[name="milestones.0.evidence"]', 'https://modele.example/deliberations');
    await page.screenshot({ path: join(SCREENSHOTS, 'commitment-template-form.png'), fullPage: true });
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/commitments(\?.*)?$/, { timeout: 15_000 });

    const { commitment } = await ask(
      `query ($id: ID!) { commitment(id: $id) {
        titleAr titleFr problem action principles leadUnit startsOn endsOn statusQuo causes objective contribution partners
        relevance { principle text } axis { id } supportingActors { kind name } contact { name role email phone }
        program { id } milestones { title startsOn dueOn deliverable evidence }
      } }`,
      { id },
    );
    expect(commitment).toEqual({
      titleAr: 'سجل المداولات على الإنترنت',
      titleFr: 'Registre des délibérations en ligne',
      problem: 'Les délibérations ne sont pas consultables.',
      action: 'Publier chaque délibération sous huit jours.',
      principles: ['TRANSPARENCY', 'CITIZEN_PARTICIPATION'],
      leadUnit: 'Secrétariat général',
      startsOn: '2041-02-01',
      endsOn: '2041-11-30',
      statusQuo: 'Les registres sont tenus sur papier.',
      causes: 'Aucun outil de publication.',
      objective: 'Toutes les délibérations en ligne.',
      contribution: 'Les habitants suivent les décisions.',
      partners: ['Association Tiwizi', 'Université Ibn Zohr'],
      relevance: [{ principle: 'TRANSPARENCY', text: 'Les décisions deviennent publiques.' }],
      axis: { id: axisId },
      supportingActors: [{ kind: 'CIVIL_SOCIETY', name: 'Réseau des associations' }],
      contact: { name: 'Fatima Zahra', role: 'Point focal', email: 'point.focal@modele.example', phone: '+212 5 28 00 00 00' },
      program: { id: programId },
      milestones: [{ title: 'Plateforme ouverte', startsOn: '2041-03-01', dueOn: '2041-06-30', deliverable: 'Site des délibérations', evidence: 'https://modele.example/deliberations' }],
    });

    // published, the portal's commitment page shows what the console set
    await ask('mutation ($id: ID!) { setActionProgramPublished(id: $id, published: true) { id } }', { id: programId });
    await ask('mutation ($id: ID!) { setCommitmentPublished(id: $id, published: true) { id } }', { id });
    await page.goto(`${harness.platform.baseUrl}/?locale=fr#/commitments/${id}`);
    await page.waitForSelector('h1:has-text("Registre des délibérations en ligne")', { timeout: 15_000 });
    const portal = (await page.textContent('main')) ?? '';
    for (const shown of [
      'Les registres sont tenus sur papier.',
      'Aucun outil de publication.',
      'Toutes les délibérations en ligne.',
      'Les habitants suivent les décisions.',
      'Les décisions deviennent publiques.',
      'Réseau des associations',
      'Association Tiwizi',
      'Site des délibérations',
    ]) {
      expect(portal).toContain(shown);
    }
    await page.close();
  });

  it('adds an indicator, records a measurement and corrects it from the commitment’s page', async () => {
    const programId = await programOf(2045, 'Programme des indicateurs');
    const id = await commitmentIn(programId, 2045, 'Demandes d’accès à l’information');
    const page = await signIn('fr');
    await open(page, `commitments/${id}`, 'input[name="newIndicator.title"]');
    await page.fill('input[name="newIndicator.title"]', 'Demandes traitées dans le délai');
    await page.fill('input[name="newIndicator.unit"]', '%');
    await page.fill('input[name="newIndicator.baseline"]', '20');
    await page.fill('input[name="newIndicator.target"]', '90');
    await page.click('.add-indicator button:has-text("Ajouter l’indicateur")');
    await page.waitForSelector('.indicator-row:has-text("Demandes traitées dans le délai")', { timeout: 15_000 });
    const added = await ask('query ($id: ID!) { commitment(id: $id) { indicators { id title unit baseline target direction } } }', { id });
    expect(added.commitment.indicators).toEqual([{ id: expect.any(String), title: 'Demandes traitées dans le délai', unit: '%', baseline: 20, target: 90, direction: 'INCREASE' }]);
    const indicatorId = added.commitment.indicators[0].id as string;

    await choose(page, 'indicatorId', indicatorId);
    await page.fill('.record-measurement input[name="measuredOn"]', '30/06/2025');
    await page.fill('.record-measurement input[name="value"]', '45');
    await page.click('.record-measurement button:has-text("Enregistrer la mesure")');
    await page.waitForSelector('.measurement-row:has-text("45")', { timeout: 15_000 });

    await page.click('.measurement-row button:has-text("Corriger")');
    await page.fill('input[name="measurement.value"]', '47.5');
    await page.fill('input[name="measurement.note"]', 'Registre du bureau d’ordre');
    await page.click('.measurement-row button:has-text("Enregistrer")');
    await page.waitForSelector('.measurement-row:has-text("47.5")', { timeout: 15_000 });
    const measured = await ask('query ($id: ID!) { commitment(id: $id) { indicators { measurements { measuredOn value note } latest { value } } } }', { id });
    expect(measured.commitment.indicators).toEqual([{ measurements: [{ measuredOn: '2025-06-30', value: 47.5, note: 'Registre du bureau d’ordre' }], latest: { value: 47.5 } }]);
    await page.close();
  });

  it('creates a priority axis on the programme’s page and renames it', async () => {
    const programId = await programOf(2047, 'Programme des axes');
    const page = await signIn('fr');
    await open(page, `actionPrograms/${programId}`, 'input[name="newAxis.titleFr"]');
    await page.fill('input[name="newAxis.titleFr"]', 'Gouvernance ouverte');
    await page.fill('input[name="newAxis.titleAr"]', 'الحكامة المنفتحة');
    await page.click('.add-axis button:has-text("Ajouter l’axe")');
    await page.waitForSelector('.axis-row:has-text("Gouvernance ouverte")', { timeout: 15_000 });
    await page.click('.axis-row button:has-text("Renommer")');
    await page.fill('input[name="axis.titleFr"]', 'Gouvernance ouverte et redevable');
    await page.click('.axis-row button:has-text("Enregistrer")');
    await page.waitForSelector('.axis-row:has-text("Gouvernance ouverte et redevable")', { timeout: 15_000 });
    const { actionProgram } = await ask('query ($id: ID!) { actionProgram(id: $id) { priorityAxes { titleAr titleFr } } }', { id: programId });
    expect(actionProgram.priorityAxes).toEqual([{ titleAr: 'الحكامة المنفتحة', titleFr: 'Gouvernance ouverte et redevable' }]);
    await page.close();
  });

  it('adopts a programme with its council session from the console, amends a commitment (version 2 listed, labelled) and carries it out', async () => {
    const programId = await programOf(2043, 'Programme adopté au conseil');
    const id = await commitmentIn(programId, 2043, 'Budget participatif');
    const startsAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const session = await ask('mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
      input: { kind: 'COUNCIL_SESSION', title: 'Session ordinaire — test du modèle', startsAt },
    });
    const sessionId = session.createEvent.id as string;
    await ask('mutation ($id: ID!, $input: SaveCommitmentInput!) { saveCommitment(id: $id, input: $input) { id } }', {
      id,
      input: { milestones: [{ title: 'Assemblées de quartier', dueOn: '2043-06-30', weight: 1 }] },
    });
    await ask('mutation ($id: ID!, $input: IndicatorInput!) { addIndicator(commitmentId: $id, input: $input) { id } }', {
      id,
      input: { title: 'Quartiers couverts', unit: 'quartiers', baseline: 0, target: 4, direction: 'INCREASE' },
    });
    await ask('mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: CONSULTATION }) { id } }', { id: programId });

    const page = await signIn('fr');
    await open(page, `actionPrograms/${programId}`, '.status-panel .status-forward');
    await page.fill('textarea[name="consultationWaiver"]', 'Aucune consultation publique tenue : programme de test.');
    await page.fill('input[name="adoptedOn"]', asTyped(today()));
    // no council session named: the graph's refusal at its field, in French, and the programme stays in consultation
    await page.click('.status-panel .status-forward');
    const refused = inputOf(page, 'councilSessionEventId').locator('.MuiFormHelperText-root.Mui-error');
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.innerText()).not.toMatch(/must|councilSessionEventId|BAD_USER_INPUT/);
    expect((await ask('query ($id: ID!) { actionProgram(id: $id) { status } }', { id: programId })).actionProgram.status).toBe('CONSULTATION');
    await choose(page, 'councilSessionEventId', sessionId);
    await page.click('.status-panel .status-forward');
    // adopted: the panel now offers the next step
    await page.waitForSelector('.status-panel .status-forward:has-text("Mise en œuvre")', { timeout: 15_000 });
    const adopted = await ask('query ($id: ID!) { actionProgram(id: $id) { status councilSessionEventId } }', { id: programId });
    expect(adopted.actionProgram).toEqual({ status: 'ADOPTED', councilSessionEventId: sessionId });

    // the adopted commitment is read, not edited: no direct form, an amendment instead
    await open(page, `commitments/${id}`, '.commitment-adopted');
    expect(await page.locator('textarea[name="problem"]').count()).toBe(0);
    await page.click('button:has-text("Amender")');
    await page.fill('textarea[name="amendmentReason"]', 'Le conseil a élargi le budget participatif aux quartiers.');
    await choose(page, 'councilSessionEventId', sessionId);
    await page.fill('input[name="amendedOn"]', asTyped(today()));
    await page.fill('input[name="titleFr"]', 'Budget participatif des quartiers');
    // an indicator's target changes only by an amendment
    await page.fill('input[name="amendIndicators.0.target"]', '8');
    await page.click('.amend-commitment button[type="submit"]');
    const version = page.locator('.version-row[data-number="2"]');
    await version.waitFor({ timeout: 15_000 });
    const text = await version.innerText();
    expect(text).toContain('Amendement');
    expect(text).toContain('Le conseil a élargi le budget participatif aux quartiers.');
    expect(text).toContain('Session ordinaire — test du modèle');
    expect(text).toMatch(/Titre \(français\)[\s\S]*Budget participatif[\s\S]*Budget participatif des quartiers/);
    expect(text).toMatch(/Indicateurs[\s\S]*Quartiers couverts : 0 → 4 quartiers[\s\S]*Quartiers couverts : 0 → 8 quartiers/);
    expect(text).not.toMatch(/titleFr|indicators/);
    await page.screenshot({ path: join(SCREENSHOTS, 'commitment-versions.png'), fullPage: true });

    // carrying it out stays open: a milestone done with its evidence, the completion declared
    await page.fill('input[name="carry.0.doneOn"]', asTyped(today()));
    await page.fill('input[name="carry.0.evidence"]', 'Procès-verbal des assemblées');
    await page.click('.carrying-out button:has-text("Marquer réalisé")');
    await page.waitForSelector('.carrying-out button:has-text("Remettre en attente")', { timeout: 15_000 });
    await choose(page, 'declaredCompletion', 'SUBSTANTIAL');
    await page.click('.carrying-out button:has-text("Déclarer")');
    const completion = async () => (await ask('query ($id: ID!) { commitment(id: $id) { completion } }', { id })).commitment.completion as string;
    expect(await eventually(completion, 'SUBSTANTIAL')).toBe('SUBSTANTIAL');

    const { commitment } = await ask(
      'query ($id: ID!) { commitment(id: $id) { titleFr indicators { target } milestones { doneOn evidence } versions { number kind reason councilSessionEventId changes { field } } } }',
      { id },
    );
    expect(commitment.titleFr).toBe('Budget participatif des quartiers');
    expect(commitment.milestones).toEqual([{ doneOn: today(), evidence: 'Procès-verbal des assemblées' }]);
    expect(commitment.versions).toEqual([
      expect.objectContaining({ number: 1, kind: 'ADOPTION' }),
      {
        number: 2,
        kind: 'AMENDMENT',
        reason: 'Le conseil a élargi le budget participatif aux quartiers.',
        councilSessionEventId: sessionId,
        changes: expect.arrayContaining([{ field: 'titleFr' }, { field: 'indicators' }]),
      },
    ]);
    expect(commitment.versions[1].changes).toHaveLength(2);
    expect(commitment.indicators).toEqual([{ target: 8 }]);
    await page.close();
  });
});
