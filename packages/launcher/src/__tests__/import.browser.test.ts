import { join } from 'node:path';
import { DemoIds } from '@infitah/demo-data';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** CSV imports in the console, in real Chromium against the real processes: a dry run, its report, then the import. */
const harness = browserHarness('import');
const signIn = (email: string, locale = 'fr') => harness.signIn(email, locale, 'events');

/** A file adds commitments only to a programme being prepared: an adopted one is stepped back first, as its admin would. */
async function programBeingPrepared(email: string, programId: string): Promise<void> {
  const graphql = async (query: string, variables: Record<string, unknown>, token?: string) =>
    fetch(`${harness.platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<{ data: any; errors?: unknown[] }>);
  const login = await graphql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: 'infitah-demo' });
  const token = login.data.login.token as string;
  const program = await graphql('query ($id: ID!) { actionProgram(id: $id) { status } }', { id: programId }, token);
  if (['CO_CREATION', 'CONSULTATION'].includes(program.data.actionProgram.status)) return;
  const back = await graphql(
    'mutation ($id: ID!) { setProgramStatus(id: $id, input: { status: CONSULTATION, reason: "Des engagements sont ajoutés par fichier." }) { status } }',
    { id: programId },
    token,
  );
  expect(back.errors).toBeUndefined();
}

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('imports in the console', () => {
  it('lets the network check a member list, see the refused lines, then import a corrected one', async () => {
    const page = await signIn('network@infitah.test', 'fr');
    await page.goto(`${harness.platform.baseUrl}/admin/#/collectivities`);
    await page.waitForSelector('table tbody tr', { timeout: 15_000 });

    const header = 'kind;code;name_ar;name_fr;parent_code;member;joined_on;membership_status';
    const bad = [header, 'PROVINCE;B100;إقليم المتصفح;Province du navigateur;01;oui;2025-05;', 'COMMUNE;B101;جماعة المتصفح;Commune du navigateur;B100;oui;2025-13;'].join('\n');
    await page.click('button:has-text("Importer un CSV")');
    await page.setInputFiles('[data-testid="import-file"]', file('membres.csv', `\uFEFF${bad}`));
    await page.waitForSelector('[role="dialog"] >> text=1 problème relevé', { timeout: 15_000 });
    const report = (await page.textContent('[role="dialog"] table')) ?? '';
    expect(report).toContain('3');
    expect(report).toContain('joined_on');
    expect(await page.isDisabled('[role="dialog"] button:has-text("Importer")')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-collectivities-refused.png'), fullPage: true });
    await page.click('[role="dialog"] button:has-text("Annuler")');

    // over the import's size limit (1 MB): said so, in the console's language
    const large = [header, ...Array.from({ length: 12_000 }, (_, index) => `COMMUNE;L${index};جماعة كبيرة جدا رقم ${index};Commune d'un très grand fichier ${index};;;;`)].join('\n');
    await page.setInputFiles('[data-testid="import-file"]', file('grand.csv', large));
    await page.waitForSelector('text=Le fichier est trop volumineux', { timeout: 15_000 });
    // refused before it is sent: no dialog opened, nothing to cancel

    await page.setInputFiles('[data-testid="import-file"]', file('membres.csv', bad.replace('2025-13', '2025-06')));
    await page.waitForSelector('[role="dialog"] >> text=Le fichier est valide', { timeout: 15_000 });
    expect(await page.textContent('[role="dialog"]')).toContain('2 lignes lues : 2 à créer, 0 à modifier');
    await page.click('[role="dialog"] button:has-text("Importer")');
    await page.waitForSelector('text=Import terminé : 2 créés, 0 modifiés', { timeout: 15_000 });

    await page.goto(`${harness.platform.baseUrl}/admin/#/collectivities?filter=${encodeURIComponent(JSON.stringify({ q: 'navigateur' }))}`);
    await page.waitForSelector('table tbody tr:has-text("جماعة المتصفح")', { timeout: 15_000 });
    await page.close();
  });

  it("lets a commune's admin import commitments into its programme, in Arabic, right to left", async () => {
    await programBeingPrepared('admin@tamazgana.infitah.test', DemoIds.programs.tamazgana);
    const page = await signIn('admin@tamazgana.infitah.test', 'ar');
    await page.goto(`${harness.platform.baseUrl}/admin/#/actionPrograms`);
    await page.waitForSelector('table tbody tr', { timeout: 15_000 });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');

    const csv = ['commitment_title_ar,commitment_title_fr,principles,milestone,milestone_due_on', 'نشر الميزانية المواطنة,Budget citoyen (navigateur),TRANSPARENCY,نموذج أولي,2026-03-31'].join('\n');
    await page.click('button:has-text("استيراد ملف CSV")');
    await page.setInputFiles('[data-testid="import-file"]', file('برنامج.csv', csv));
    // into a new programme (the default), the file lacks the programme's title: refused
    await page.waitForSelector('[role="dialog"] td:has-text("program_title_fr")', { timeout: 15_000 });

    // into the commune's own programme instead: checked again, accepted
    await page.click('[role="dialog"] [role="combobox"]');
    await page.click(`li[data-value="${DemoIds.programs.tamazgana}"]`);
    await page.waitForSelector('[role="dialog"] >> text=الملف سليم', { timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'import-program-ar.png'), fullPage: true });
    await page.click('[role="dialog"] button:has-text("استيراد")');
    await page.waitForSelector('text=تم الاستيراد: 1 إضافة، 0 تعديل', { timeout: 15_000 });
    await page.close();

    const commitments = await fetch(`${harness.platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($p: ID) { commitments(filter: { programId: $p }, first: 100) { nodes { title } } }', variables: { p: DemoIds.programs.tamazgana } }),
    }).then((response) => response.json() as Promise<{ data: { commitments: { nodes: Array<{ title: string }> } } }>);
    // created unpublished: not among what the public sees
    expect(commitments.data.commitments.nodes.map((node) => node.title)).not.toContain('نشر الميزانية المواطنة');
  });
});
