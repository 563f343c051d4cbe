import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The consultation's proposal form (the collectivity page also holds the follow form). */
const PROPOSAL_FORM = 'form[aria-describedby~="required-note"]';

/**
 * The portal's pages that inform, in Arabic and French on a 360-pixel phone: events and what comes next, a commitment
 * on the OGP Local template, its indicators, the proposal form that says every problem before sending, the privacy
 * notice, the printable programme. Records are found by query, not by the demo's facts, which may change.
 */
const harness = browserHarness('portal-pages', { width: 360, height: 780 });

type Locale = 'ar' | 'fr';
const LOCALES: Locale[] = ['ar', 'fr'];

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${harness.platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A title kept in both languages, as the page shows it: the reader's, else the other one. */
const titleIn = (record: { titleAr?: string | null; titleFr?: string | null }, locale: Locale) =>
  (locale === 'ar' ? record.titleAr || record.titleFr : record.titleFr || record.titleAr) ?? '';

async function open(path: string, locale: Locale): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/${path}`);
  await page.waitForSelector('main h1');
  return page;
}

/** Every code of the schema's enums a reader could meet on these pages, and an ISO date written as such. */
const RAW_CODE =
  /\b(PLANNED|HELD|CANCELLED|CO_CREATION|CONSULTATION|ADOPTED|IMPLEMENTATION|CLOSED|NO_EVIDENCE|NOT_STARTED|LIMITED|SUBSTANTIAL|COMPLETE|SUBMITTED|UNDER_REVIEW|RETAINED|MERGED|REJECTED|REGION|PREFECTURE|PROVINCE|COMMUNE|TRAINING|INFORMATION_MEETING|COMMITTEE_MEETING|CO_CREATION_WORKSHOP|PUBLIC_CONSULTATION|COUNCIL_SESSION|NETWORK_MEETING|FEMALE|MALE|UNSPECIFIED|INCREASE|DECREASE|MINUTE|TRANSPARENCY|ACCOUNTABILITY|CITIZEN_PARTICIPATION|DIGITALIZATION|WELCOME|PRESENTATION|WORKSHOP)\b/;
const ISO_DATE = /\b\d{4}-\d{2}(-\d{2})?(T\d{2}:\d{2})?\b/;

async function expectReadable(page: Page) {
  const text = (await page.textContent('main')) ?? '';
  expect(text).not.toMatch(RAW_CODE);
  expect(text).not.toMatch(ISO_DATE);
  // nothing wider than the phone: no sideways scrolling
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
}

interface EventRecord {
  id: string;
  kind: string;
  status: string;
  titleAr: string | null;
  titleFr: string | null;
  startsAt: string;
  endsAt: string | null;
  venue: string | null;
  outcome: string | null;
  collectivity: { id: string } | null;
  agenda: Array<{ titleAr: string | null; titleFr: string | null }>;
  attendance: Array<{ count: number | null }>;
}

interface CommitmentRecord {
  id: string;
  problem: string | null;
  causes: string | null;
  objective: string | null;
  relevance: Array<{ text: string }>;
  supportingActors: Array<{ name: string }>;
  titleAr: string | null;
  titleFr: string | null;
  program: { id: string } | null;
  sourceProposals: Array<{ id: string; title: string }> | null;
  indicators: Array<{ title: string; unit: string; baseline: number; target: number; measurements: Array<{ value: number }> }>;
}

let events: EventRecord[] = [];
let openConsultation: EventRecord;
let eventWithAgenda: EventRecord;
let commitments: CommitmentRecord[] = [];

beforeAll(async () => {
  const data = await graphql<{ events: { nodes: EventRecord[] }; commitments: { nodes: CommitmentRecord[] } }>(`{
    events(first: 100) { nodes { id kind status titleAr titleFr startsAt endsAt venue outcome collectivity { id } agenda { titleAr titleFr } attendance { count } } }
    commitments(first: 100) { nodes { id titleAr titleFr problem causes objective relevance { text } supportingActors { name } program { id } sourceProposals { id title } indicators { title unit baseline target measurements { value } } } }
  }`);
  events = data.events.nodes;
  commitments = data.commitments.nodes;
  const now = Date.now();
  const open = events.find(
    (event) => event.kind === 'PUBLIC_CONSULTATION' && event.status !== 'CANCELLED' && Date.parse(event.startsAt) <= now && event.endsAt && Date.parse(event.endsAt) >= now,
  );
  const withAgenda = events.find((event) => event.agenda.length > 0);
  if (!open || !withAgenda) throw new Error('the demo data holds a published open consultation and an event with an agenda');
  openConsultation = open;
  eventWithAgenda = withAgenda;
}, 30_000);

describe('events and what comes next', () => {
  it.each(LOCALES)('in %s, #/upcoming lists the open consultation, whose link opens its event page', async (locale) => {
    const page = await open('upcoming', locale);
    await page.waitForSelector('#open-consultation-list');
    const title = titleIn(openConsultation, locale);
    expect(await page.textContent('#open-consultation-list')).toContain(title);
    await expectReadable(page);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-upcoming-${locale}.png`), fullPage: true });
    await page.click(`#open-consultation-list a[href="#/events/${openConsultation.id}"]`);
    await page.waitForSelector('#event-facts');
    expect(await page.textContent('main h1')).toBe(title);
    expect(await page.textContent('#event-facts')).toContain(locale === 'ar' ? 'استشارة عمومية' : 'Consultation publique');
    await expectReadable(page);
    await page.close();
  });

  it('reads what comes next at the end of the chronological lists, however long they are', async () => {
    const page = await harness.browser.newPage();
    const asked: Array<Record<string, unknown>> = [];
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { query: string; variables: Record<string, unknown> };
      // a network with 250 planned events and 130 consultations recorded
      if (body.query.includes('PortalUpcomingCounts')) return route.fulfill({ json: { data: { planned: { totalCount: 250 }, consultations: { totalCount: 130 } } } });
      if (body.query.includes('query PortalUpcoming(')) asked.push(body.variables);
      return route.continue();
    });
    await page.goto(`${harness.platform.baseUrl}/?locale=fr#/upcoming`);
    await page.waitForSelector('#upcoming-events');
    expect(asked).toEqual([{ plannedOffset: 150, consultationsOffset: 30 }]);
    await page.close();
  });

  it.each(LOCALES)("in %s, an event's page shows its agenda in order, its venue, its outcome and its attendance", async (locale) => {
    const page = await open(`events/${eventWithAgenda.id}`, locale);
    await page.waitForSelector('#agenda-table');
    expect(await page.textContent('main h1')).toBe(titleIn(eventWithAgenda, locale));
    const rows = await page.locator('#agenda-table tbody tr td:nth-of-type(2)').allTextContents();
    expect(rows.map((row, index) => row.startsWith(titleIn(eventWithAgenda.agenda[index], locale)))).toEqual(eventWithAgenda.agenda.map(() => true));
    // times as the wall clock reads them, in a range that reads left to right in Arabic too
    expect(await page.locator('#agenda-table tbody tr td:first-child bdi[dir="ltr"]').first().textContent()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
    const facts = (await page.textContent('#event-facts')) ?? '';
    expect(facts).toContain(eventWithAgenda.venue ?? (locale === 'ar' ? 'غير محدد' : 'non renseigné'));
    if (eventWithAgenda.outcome) expect(await page.textContent('#event-outcome')).toBe(eventWithAgenda.outcome);
    if (eventWithAgenda.attendance.length > 0) {
      // a total is a sum of counts; where nobody was counted it says so rather than 0
      const counted = eventWithAgenda.attendance.filter((row) => row.count !== null);
      const total = counted.length ? String(counted.reduce((sum, row) => sum + (row.count ?? 0), 0)) : locale === 'ar' ? 'غير محصى' : 'non compté';
      expect(await page.textContent('#attendance-table tfoot td:last-child')).toBe(total);
    } else {
      expect(await page.textContent('section[aria-labelledby="attendance"] .empty')).toBeTruthy();
    }
    await expectReadable(page);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-event-${locale}.png`), fullPage: true });
    await page.close();
  });
});

/** The OGP Local commitment template's fields, in its order, as each page heads them. */
const TEMPLATE_HEADINGS: Record<Locale, string[]> = {
  ar: [
    'تاريخ البداية والنهاية',
    'الجهة المسؤولة عن التنفيذ',
    'المحور ذو الأولوية',
    'الإشكالية المراد معالجتها',
    'أسباب الإشكالية',
    'ما تم القيام به إلى حد الآن',
    'وصف الالتزام: الحل المقترح',
    'النتائج المنتظرة',
    'مساهمته في حل الإشكالية',
    'مبادئ الانفتاح المعنية',
    'الصلة بقيم الانفتاح',
    'الشركاء في التنفيذ',
    'الفاعلون الداعمون',
    'جهة الاتصال',
    'مستوى الإنجاز المصرح به',
  ],
  fr: [
    'Date de début et de fin',
    'Structure responsable de la mise en œuvre',
    'Axe prioritaire',
    'Problème à résoudre',
    'Causes du problème',
    "Ce qui a été fait jusqu'ici",
    "Description de l'engagement : la solution proposée",
    'Résultats attendus',
    'Contribution à la résolution du problème',
    "Principes d'ouverture servis",
    "Pertinence au regard des valeurs d'ouverture",
    'Partenaires de la mise en œuvre',
    'Acteurs associés',
    'Contact',
    'Niveau de réalisation déclaré',
  ],
};
const PARTS: Record<Locale, string[]> = {
  ar: ['المراحل (المخرجات المنتظرة وتواريخها)', 'مؤشرات التتبع'],
  fr: ['Jalons (livrables attendus et échéances)', 'Indicateurs de suivi'],
};

describe("a commitment's page", () => {
  it.each(LOCALES)('in %s, labels every template field and links the proposals it came from', async (locale) => {
    const commitment = commitments.find((candidate) => (candidate.sourceProposals?.length ?? 0) > 0);
    if (!commitment?.sourceProposals) throw new Error('the demo data holds a commitment that a published proposal became');
    const page = await open(`commitments/${commitment.id}`, locale);
    expect(await page.textContent('main h1')).toBe(titleIn(commitment, locale));
    expect(await page.locator('dl.template > div > dt').allTextContents()).toEqual(TEMPLATE_HEADINGS[locale]);
    // what the commune wrote is under its heading; what it left empty says so
    const none = locale === 'ar' ? 'غير محدد' : 'non renseigné';
    for (const field of ['problem', 'causes', 'objective'] as const) {
      expect({ field, text: await page.textContent(`[data-field="${field}"] > dd`) }).toEqual({ field, text: commitment[field] ?? none });
    }
    for (const entry of commitment.relevance) expect(await page.textContent('[data-field="relevance"] > dd')).toContain(entry.text);
    for (const actor of commitment.supportingActors) expect(await page.textContent('[data-field="supportingActors"] > dd')).toContain(actor.name);
    expect(await page.locator('main h2').allTextContents()).toEqual(expect.arrayContaining(PARTS[locale]));
    const links = page.locator('#source-proposals a');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
      commitment.sourceProposals.map((proposal) => `#/proposals/${proposal.id}`),
    );
    await expectReadable(page);
    await links.first().click();
    await page.waitForSelector('#proposal-status');
    expect(await page.textContent('main h1')).toBe(commitment.sourceProposals[0].title);
    // the proposal leads back to the commitment it became
    expect(await page.locator(`main a[href="#/commitments/${commitment.id}"]`).count()).toBe(1);
    await expectReadable(page);
    await page.close();
  });

  it.each(LOCALES)("in %s, draws each measured indicator with labelled axes, baseline and target, and a table of the same figures", async (locale) => {
    const commitment = commitments.find((candidate) => candidate.indicators.some((indicator) => indicator.measurements.length > 0));
    if (!commitment) throw new Error('the demo data holds a commitment with a measured indicator');
    const indicator = commitment.indicators.find((candidate) => candidate.measurements.length > 0)!;
    const page = await open(`commitments/${commitment.id}`, locale);
    const figure = page.locator('figure.indicator', { hasText: indicator.title }).first();
    await figure.waitFor();
    const axisLabels = await figure.locator('svg .axis-label').allTextContents();
    const value = locale === 'ar' ? 'القيمة' : 'Valeur';
    expect(axisLabels).toEqual(expect.arrayContaining([locale === 'ar' ? 'التاريخ' : 'Date', indicator.unit ? `${value} (${indicator.unit})` : value]));
    const svgText = (await figure.locator('svg').textContent()) ?? '';
    expect(svgText).toContain(locale === 'ar' ? 'القيمة الأساسية' : 'Référence');
    expect(svgText).toContain(locale === 'ar' ? 'الهدف' : 'Cible');
    // the chart speaks its values from the baseline to the target, and points to the table that dates them
    const svg = figure.locator('svg[role="img"]');
    expect(await svg.getAttribute('aria-label')).toMatch(new RegExp(`^${indicator.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${indicator.baseline}, .* → ${indicator.target}$`));
    // the table beside the chart: baseline, each measurement, target
    const table = figure.locator('table.values');
    expect(await table.getAttribute('id')).toBe(await svg.getAttribute('aria-describedby'));
    expect(await table.locator('tbody tr').count()).toBe(indicator.measurements.length + 2);
    expect(await table.locator('tr.baseline td').textContent()).toBe(String(indicator.baseline));
    expect(await table.locator('tr.target td').textContent()).toBe(String(indicator.target));
    expect(await table.locator('tbody tr:not(.baseline):not(.target) td').allTextContents()).toEqual(
      expect.arrayContaining(indicator.measurements.map((measurement) => String(measurement.value))),
    );
    await expectReadable(page);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-indicator-${locale}.png`), fullPage: true });
    await page.close();
  });
});

const FORM_MESSAGES: Record<Locale, { required: string; blank: string; length: string; contact: string; closed: string }> = {
  ar: {
    required: 'هذه الخانة إلزامية.',
    blank: 'لا يجوز أن تكون فارغة.',
    length: 'يجب أن يتراوح عدد الأحرف بين 3 و300.',
    contact: 'يجب ألا يتجاوز عدد الأحرف 300.',
    closed: 'لم تعد هذه الاستشارة مفتوحة',
  },
  fr: {
    required: 'Ce champ est obligatoire.',
    blank: 'Ne doit pas être vide.',
    length: 'Doit compter entre 3 et 300 caractères.',
    contact: 'Doit compter au plus 300 caractères.',
    closed: "Cette consultation n'est plus ouverte",
  },
};

describe('the proposal form', () => {
  /** The consultation's commune page with its form, and the count of GraphQL requests the page sends from then on. */
  async function openForm(locale: Locale) {
    const page = await harness.browser.newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) sent.push(request.postData() ?? '');
    });
    await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/collectivities/${openConsultation.collectivity!.id}`);
    await page.waitForSelector('form:has(textarea[name="body"])');
    sent.length = 0;
    return { page, sent };
  }

  it.each(LOCALES)('in %s, marks the required fields, then shows every invalid field its message at once without sending anything', async (locale) => {
    const { page, sent } = await openForm(locale);
    const messages = FORM_MESSAGES[locale];
    // marked before any attempt: principle, title and text
    expect(await page.locator(`${PROPOSAL_FORM} label:has(abbr.required)`).count()).toBe(3);
    expect(await page.locator(`${PROPOSAL_FORM} [aria-required="true"]`).evaluateAll((fields) => fields.map((field) => field.getAttribute('name')))).toEqual(['principle', 'title', 'body']);
    await page.click(`${PROPOSAL_FORM} button[type="submit"]`);
    expect(await page.textContent('#title-error')).toBe(messages.required);
    expect(await page.textContent('#body-error')).toBe(messages.required);
    await page.fill('input[name="title"]', 'ab');
    await page.fill('textarea[name="body"]', '   ');
    await page.fill('input[name="contact"]', 'x'.repeat(301));
    await page.click(`${PROPOSAL_FORM} button[type="submit"]`);
    expect(await page.textContent('#title-error')).toBe(messages.length);
    expect(await page.textContent('#body-error')).toBe(messages.blank);
    expect(await page.textContent('#contact-error')).toBe(messages.contact);
    expect(await page.locator(`${PROPOSAL_FORM} [aria-invalid="true"]`).count()).toBe(3);
    expect(await page.locator(`${PROPOSAL_FORM} [role="alert"] li`).count()).toBe(3);
    // the first field at fault has the focus
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    expect(sent).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-form-problems-${locale}.png`), fullPage: true });
    // corrected, a field loses its message as it is typed
    await page.fill('input[name="title"]', 'Un titre correct');
    expect(await page.locator('#title-error').count()).toBe(0);
    await page.close();
  });

  it.each(LOCALES)("in %s, shows the server's refusals at their fields, in the reader's words", async (locale) => {
    const { page, sent } = await openForm(locale);
    const messages = FORM_MESSAGES[locale];
    let answer: unknown = {
      data: null,
      errors: [
        {
          message: 'title: must be between 3 and 300 characters',
          extensions: { code: 'BAD_USER_INPUT', field: 'title', rule: 'isLength', problems: [{ field: 'title', rule: 'isLength', message: 'must be between 3 and 300 characters' }] },
        },
      ],
    };
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('submitProposal') ? route.fulfill({ json: answer }) : route.continue()));
    await page.fill('input[name="title"]', 'Une idée');
    await page.fill('textarea[name="body"]', 'Un texte.');
    await page.click(`${PROPOSAL_FORM} button[type="submit"]`);
    await page.waitForSelector('#title-error');
    expect(await page.textContent('#title-error')).toBe(messages.length);
    answer = { data: null, errors: [{ message: 'consultationId: names no open public consultation of this commune', extensions: { code: 'BAD_USER_INPUT', field: 'consultationId' } }] };
    await page.click(`${PROPOSAL_FORM} button[type="submit"]`);
    await page.waitForSelector('#form-error');
    expect(await page.textContent('#form-error')).toContain(messages.closed);
    expect(await page.textContent('form')).not.toMatch(/must|names no/);
    expect(sent.filter((body) => body.includes('submitProposal'))).toHaveLength(2);
    await page.close();
  });

  it.each(LOCALES)('in %s, links the privacy notice, which names the controller, purposes, retention, followers, rights and contact', async (locale) => {
    const { page } = await openForm(locale);
    await page.click(`${PROPOSAL_FORM} a[href="#/privacy"]`);
    await page.waitForSelector('#privacy-controller');
    expect(await page.locator('main h2').allTextContents()).toEqual(
      locale === 'ar'
        ? ['المسؤول عن المعالجة', 'المعطيات التي يتم جمعها', 'الغايات', 'من يطلع عليها', 'مدة الاحتفاظ', 'متابعة جماعة عبر البريد الإلكتروني', 'حقوقك', 'الاتصال']
        : ['Responsable du traitement', 'Données recueillies', 'Finalités', 'Qui y a accès', 'Durée de conservation', 'Suivre une collectivité par e-mail', 'Vos droits', 'Contact'],
    );
    expect(await page.textContent('main')).toContain('09-08');
    expect(await page.textContent('#privacy-retention + ul')).toContain('12');
    // the notifications' daily purge: sent mails 90 days, read notifications 180, unconfirmed follow requests 7
    const retention = (await page.textContent('#privacy-retention + ul'))!;
    for (const days of ['90', '180', '7']) expect(retention).toContain(days);
    expect(retention).toContain(locale === 'ar' ? 'الرسائل الإلكترونية التي ترسلها المنصة' : 'les e-mails que la plateforme envoie');
    await expectReadable(page);
    await page.close();
  });
});

describe('the home page and the printable programme', () => {
  it.each([
    ['ar', 'ما هي الجماعة المنفتحة؟', 'الجماعة المنفتحة هي التي تعزز الشفافية'],
    ['fr', "Qu'est-ce qu'une collectivité ouverte ?", 'Une collectivité ouverte renforce la transparence'],
  ] as const)('in %s, says what an open collectivity is', async (locale, heading, sentence) => {
    const page = await open('', locale);
    expect(await page.textContent('#open-collectivity')).toBe(heading);
    expect(await page.textContent('section[aria-labelledby="open-collectivity"]')).toContain(sentence);
    await page.waitForSelector('#figures');
    await expectReadable(page);
    await page.close();
  });

  it.each(LOCALES)('in %s, holds every template field heading for each commitment, in order, and prints to A4 without the site around it', async (locale) => {
    const withProgram = commitments.filter((commitment) => commitment.program);
    if (withProgram.length === 0) throw new Error('the demo data holds a published programme with commitments');
    const programId = withProgram[0].program!.id;
    const expected = withProgram.filter((commitment) => commitment.program!.id === programId);
    const page = await open(`programs/${programId}/print`, locale);
    const sections = page.locator('section.commitment');
    expect(await sections.count()).toBe(expected.length);
    for (let index = 0; index < expected.length; index += 1) {
      const section = sections.nth(index);
      expect(await section.locator('h3').textContent()).toContain(titleIn(expected[index], locale));
      expect(await section.locator('dl.template > div > dt').allTextContents()).toEqual(TEMPLATE_HEADINGS[locale]);
      expect(await section.locator('h4').allTextContents()).toEqual(PARTS[locale]);
    }
    await expectReadable(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('.no-print').isVisible()).toBe(false);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(SCREENSHOTS, `portal-program-print-${locale}.png`), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, path: join(SCREENSHOTS, `portal-program-${locale}.pdf`) });
    // A4 in points (595 × 842), one page per commitment at least, after the programme's own page
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(expected.length + 1);
    await page.close();
  });
});

describe('every page of the portal', () => {
  it('fits a 360-pixel phone in Arabic and in French, with no code, no ISO date and no serious axe violation', async () => {
    const { libraryEntries, actionPrograms } = await graphql<{ libraryEntries: { nodes: Array<{ id: string }> }; actionPrograms: { nodes: Array<{ id: string }> } }>(
      '{ libraryEntries(first: 1) { nodes { id } } actionPrograms(first: 100) { nodes { id } } }',
    );
    const proposalId = commitments.flatMap((commitment) => commitment.sourceProposals ?? [])[0]?.id;
    const collectivities = [...new Set(events.map((event) => event.collectivity?.id).filter((id): id is string => Boolean(id)))];
    const paths = [
      '',
      'upcoming',
      'privacy',
      'follow-up',
      'open-data',
      ...collectivities.map((id) => `collectivities/${id}`),
      ...events.map((event) => `events/${event.id}`),
      ...commitments.map((commitment) => `commitments/${commitment.id}`),
      ...actionPrograms.nodes.map((program) => `programs/${program.id}/print`),
      ...(proposalId ? [`proposals/${proposalId}`] : []),
      ...libraryEntries.nodes.map((entry) => `library/${entry.id}`),
    ];
    const page = await harness.browser.newPage();
    for (const locale of LOCALES) {
      for (const path of paths) {
        await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/${path}`);
        await page.reload();
        await page.waitForSelector('main h1');
        await page.waitForFunction(() => !document.querySelector('main [role="status"].state'));
        // each address names a published record: its page, never the not-found one
        expect({ path, title: await page.textContent('main h1') }).not.toEqual({ path, title: locale === 'ar' ? 'الصفحة غير موجودة' : 'Page introuvable' });
        try {
          await expectReadable(page);
        } catch (error) {
          throw new Error(`${locale} #/${path}: ${(error as Error).message}`, { cause: error });
        }
      }
    }
    await page.close();
  }, 300_000);

  it.each([
    ['ar', 'دورة أكتوبر 2025', 'session'],
    ['fr', 'session d’octobre 2025', 'دورة'],
  ] as const)("in %s, shows a council session written in both languages in the reader's only", async (locale, shown, hidden) => {
    const collectivityId = openConsultation.collectivity!.id;
    const page = await harness.browser.newPage();
    // a programme whose session is recorded as one bilingual string, as older records hold it
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('PortalCollectivity')) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { collectivity: Record<string, unknown> } };
      body.data.collectivity.currentProgram = {
        id: '00000000-0000-4000-8000-000000000001',
        titleAr: 'برنامج تجريبي',
        titleFr: 'Programme de démonstration',
        status: 'ADOPTED',
        adoptedOn: '2025-10',
        councilSession: 'دورة أكتوبر 2025 — session d’octobre 2025',
        commitments: [],
      };
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/collectivities/${collectivityId}`);
    await page.waitForSelector('#program');
    const meta = (await page.textContent('section[aria-labelledby="program"] .meta')) ?? '';
    expect(meta).toContain(shown);
    expect(meta).not.toContain(hidden);
    // a month-precision adoption reads as a month
    expect(meta).toContain(locale === 'ar' ? 'أكتوبر 2025' : 'octobre 2025');
    expect(meta).not.toMatch(ISO_DATE);
    await page.close();
  });
});

describe('a wrong address on the new pages', () => {
  it.each([
    ['ar', 'الصفحة غير موجودة'],
    ['fr', 'Page introuvable'],
  ] as const)('in %s, answers an unknown or malformed event, proposal or programme with the translated not-found page', async (locale, title) => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    for (const path of [`events/${unknown}`, 'events/not-an-id', `proposals/${unknown}`, `programs/${unknown}/print`, 'programs/not-an-id/print']) {
      const page = await open(path, locale);
      expect({ path, title: await page.textContent('main h1') }).toEqual({ path, title });
      await page.close();
    }
  });
});

describe('the new pages when their query fails', () => {
  it.each(LOCALES)('in %s, each says so with a Retry that then loads it', async (locale) => {
    const commitment = commitments.find((candidate) => candidate.program)!;
    const paths = ['upcoming', `events/${eventWithAgenda.id}`, `commitments/${commitment.id}`, `programs/${commitment.program!.id}/print`, `proposals/${commitment.sourceProposals?.[0]?.id ?? ''}`];
    for (const path of paths) {
      const page = await harness.browser.newPage();
      let failed = 0;
      await page.route('**/graphql', (route) => (failed++ > 0 ? route.continue() : route.abort('failed')));
      await page.goto(`${harness.platform.baseUrl}/?locale=${locale}#/${path}`);
      const alert = page.locator('main [role="alert"]');
      await alert.waitFor();
      expect({ path, message: await alert.textContent() }).toEqual({ path, message: expect.stringContaining(locale === 'ar' ? 'تعذر تحميل هذه الصفحة' : 'Impossible de charger cette page') });
      await alert.locator('button').click();
      await page.waitForFunction(() => !document.querySelector('main [role="alert"]') && !document.querySelector('main [role="status"].state'));
      await page.waitForSelector('main h1');
      expect({ path, title: await page.textContent('main h1') }).not.toEqual({ path, title: locale === 'ar' ? 'الصفحة غير موجودة' : 'Page introuvable' });
      expect(failed).toBeGreaterThanOrEqual(2);
      await page.close();
    }
  });
});

describe("a network event's attendance", () => {
  it('sums the people each collectivity sent, by category and gender', async () => {
    const page = await harness.browser.newPage();
    // two collectivities' delegations to one training, as the network records them
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('PortalEvent')) return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { data: { event: Record<string, unknown> } };
      body.data.event.attendance = [];
      body.data.event.collectivityAttendance = [
        { category: 'COUNCIL_MEMBER', gender: 'FEMALE', count: 2 },
        { category: 'COUNCIL_MEMBER', gender: 'FEMALE', count: 1 },
        { category: 'STAFF', gender: 'MALE', count: 4 },
      ];
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${harness.platform.baseUrl}/?locale=fr#/events/${eventWithAgenda.id}`);
    await page.waitForSelector('#attendance-table');
    expect(await page.locator('#attendance-table thead th').allTextContents()).toEqual(['Catégorie', 'Femmes', 'Hommes', 'Total']);
    expect(await page.locator('#attendance-table tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent))).toEqual(['Élus3—3', 'Personnel—44']);
    expect(await page.textContent('#attendance-table tfoot tr')).toBe('Total347');
    await page.close();
  });
});
