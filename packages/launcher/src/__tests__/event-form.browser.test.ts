import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { launchBrowser, SCREENSHOTS, type TestBrowser } from './support/browser';
import { askGraph, demoToken, inputOf, signInConsole, writesSent } from './support/console-form';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

/**
 * The console's event form in real Chromium against the real processes: times read and typed on Morocco's wall clock
 * whatever the browser's own time zone, and the event, its agenda and its attendance saved as one write.
 */
const VIEWPORT = { width: 1280, height: 900 };
let platform: PlatformProcess;
let token: string;

const EDITOR = 'editor@tamazgana.infitah.test';

beforeAll(async () => {
  platform = await startPlatformProcess('event-form');
  token = await demoToken(platform.baseUrl, EDITOR);
}, 120_000);
afterAll(() => platform?.dispose(), 60_000);

const ask = (query: string, variables: Record<string, unknown> = {}, bearer?: string) => askGraph(platform.baseUrl, query, variables, bearer);

/**
 * A Tamazgana workshop created through the graph at 10:30–12:00 Morocco time on 2 June 2026 (UTC+1 then: 09:30Z),
 * with one agenda item at 10:30–11:00.
 */
async function workshopAtHalfPastTen(title: string): Promise<string> {
  const created = await ask(
    'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    { input: { kind: 'CO_CREATION_WORKSHOP', title, startsAt: '2026-06-02T10:30:00+01:00', endsAt: '2026-06-02T12:00:00+01:00', venue: 'Salle des fêtes' } },
    token,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data.createEvent.id as string;
  const agenda = [{ startsAt: '2026-06-02T10:30:00+01:00', endsAt: '2026-06-02T11:00:00+01:00', titleFr: 'Accueil', kind: 'WELCOME' }];
  const attendance = [{ category: 'CIVIL_SOCIETY', gender: 'FEMALE', count: 12 }];
  const saved = await ask('mutation ($id: ID!, $input: SaveEventInput!) { saveEvent(id: $id, input: $input) { id } }', { id, input: { agenda, attendance } }, token);
  expect(saved.errors).toBeUndefined();
  return id;
}

/** What the graph stores of the event: instants in UTC. */
async function stored(id: string) {
  const { data } = await ask(
    'query ($id: ID!) { event(id: $id) { startsAt endsAt venue agenda { startsAt endsAt titleFr } attendance { category gender count } } }',
    { id },
    token,
  );
  return data.event;
}

const signIn = (context: BrowserContext, locale: string): Promise<Page> => signInConsole(context, platform.baseUrl, EDITOR, locale, 'events');

async function openEvent(page: Page, id: string): Promise<void> {
  await page.goto(`${platform.baseUrl}/admin/#/events/${id}`);
  await page.waitForSelector('input[name="agenda.0.endsAt"]', { timeout: 15_000 });
}

const timesShown = (page: Page) =>
  Promise.all(['startsAt', 'endsAt', 'agenda.0.startsAt', 'agenda.0.endsAt'].map((name) => page.inputValue(`input[name="${name}"]`)));

describe.each(['UTC', 'America/New_York'])('the event form in a browser set to %s', (zone) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(VIEWPORT, { timezoneId: zone });
  }, 60_000);
  afterAll(() => browser?.close());

  it('shows an event created at 10:30 Morocco time at 10:30, and after a save it is still 10:30 in Morocco', async () => {
    const id = await workshopAtHalfPastTen(`Atelier vu depuis ${zone}`);
    const page = await signIn(browser.context, 'fr');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    await openEvent(page, id);
    expect(await timesShown(page)).toEqual(['02/06/2026 10:30', '02/06/2026 12:00', '02/06/2026 10:30', '02/06/2026 11:00']);

    // a time typed in the form is Morocco's too: the event now ends at 12:30 in Morocco
    await page.fill('input[name="venue"]', `Salle du conseil (${zone})`);
    await page.fill('input[name="endsAt"]', '02/06/2026 12:30');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/events(\?.*)?$/, { timeout: 15_000 });
    expect(await stored(id)).toMatchObject({
      venue: `Salle du conseil (${zone})`,
      startsAt: '2026-06-02T09:30:00.000Z',
      endsAt: '2026-06-02T11:30:00.000Z',
      agenda: [{ startsAt: '2026-06-02T09:30:00.000Z', endsAt: '2026-06-02T10:00:00.000Z', titleFr: 'Accueil' }],
    });

    await openEvent(page, id);
    expect(await timesShown(page)).toEqual(['02/06/2026 10:30', '02/06/2026 12:30', '02/06/2026 10:30', '02/06/2026 11:00']);
    await page.screenshot({ path: join(SCREENSHOTS, `event-form-${zone.replace('/', '-')}.png`), fullPage: true });
    await page.close();
  });
});

describe('saving the event form', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(VIEWPORT, { timezoneId: 'America/New_York' });
  }, 60_000);
  afterAll(() => browser?.close());

  it("marks an agenda item's required times before submit, and sends nothing while one is missing", async () => {
    const id = await workshopAtHalfPastTen('Atelier sans fin de séquence');
    const before = await stored(id);
    const page = await signIn(browser.context, 'fr');
    await openEvent(page, id);
    // react-admin puts an asterisk after the label of a required input, in the console's language
    expect(await inputOf(page, 'startsAt').locator('label').first().textContent()).toMatch(/^Début\s*\*$/);
    const agendaItem = await page.locator('.ra-input-agenda .RaSimpleFormIterator-line').first().innerText();
    expect(agendaItem).toMatch(/Début\s*\*[\s\S]*Fin\s*\*[\s\S]*Titre \(arabe\)[\s\S]*Titre \(français\)[\s\S]*Type\s*\*/);
    expect(agendaItem).not.toMatch(/Titre \(\w+\)\s*\*/);
    expect(await page.locator('.ra-input-attendance .RaSimpleFormIterator-line').first().innerText()).toMatch(/Catégorie\s*\*[\s\S]*Genre\s*\*/);
    const writes = writesSent(page);
    await page.fill('input[name="venue"]', 'Ailleurs');
    await page.fill('input[name="agenda.0.endsAt"]', '');
    await page.locator('input[name="agenda.0.endsAt"]').blur();
    await page.click('button[type="submit"]');
    await inputOf(page, 'agenda.0.endsAt').locator('.MuiFormHelperText-root', { hasText: 'Ce champ est requis' }).waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`#/events/${id}`);
    expect(writes).toEqual([]);
    expect(await stored(id)).toEqual(before);
    await page.close();
  });

  it('shows an agenda item the graph refuses at its field, in Arabic, and stores none of the form', async () => {
    const id = await workshopAtHalfPastTen('Atelier hors cadre');
    const before = await stored(id);
    const page = await signIn(browser.context, 'ar');
    await openEvent(page, id);
    const writes = writesSent(page);
    await page.fill('input[name="venue"]', 'قاعة أخرى');
    await page.fill('input[name="agenda.0.titleFr"]', 'Accueil des participants');
    // the event ends at 12:00 in Morocco: an item ending at 13:00 is refused by the graph, not by the form
    await page.fill('input[name="agenda.0.endsAt"]', '02/06/2026 13:00');
    await page.click('button[type="submit"]');
    await inputOf(page, 'agenda.0.endsAt').locator('.MuiFormHelperText-root', { hasText: 'يجب ألا يتجاوز نهاية النشاط' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'event-form-refused-ar.png'), fullPage: true });
    expect(await page.textContent('form')).not.toMatch(/must|Variable|invalid value/);

    // one write, refused whole: the new venue and title were not stored either
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0]).query).toContain('saveEvent');
    expect(JSON.parse(writes[0]).variables.input).toMatchObject({ venue: 'قاعة أخرى', agenda: [{ titleFr: 'Accueil des participants', endsAt: '2026-06-02T12:00:00.000Z' }] });
    expect(await stored(id)).toEqual(before);
    expect(page.url()).toContain(`#/events/${id}`);
    expect(await page.inputValue('input[name="venue"]')).toBe('قاعة أخرى');
    await page.close();
  });
});

/** What a date input shows a reader: its type, mask, typed text, label, and the direction its digits run in. */
const dateInput = (page: Page, name: string) =>
  page.locator(`input[name="${name}"]`).evaluate((input: HTMLInputElement) => ({
    type: input.type,
    placeholder: input.placeholder,
    value: input.value,
    label: input.closest('.MuiFormControl-root')?.querySelector('label')?.textContent?.replace(/\s*\*$/, '') ?? '',
    direction: getComputedStyle(input).direction,
    page: document.documentElement.dir,
  }));

describe.each([
  { locale: 'fr', label: 'Fin', day: 'Mesuré le', dayTime: 'jj/mm/aaaa hh:mm', dayOnly: 'jj/mm/aaaa', page: 'ltr', refusal: 'Date incomplète ou inexistante : attendue sous la forme jj/mm/aaaa hh:mm' },
  { locale: 'ar', label: 'النهاية', day: 'تاريخ القياس', dayTime: 'يوم/شهر/سنة ساعة:دقيقة', dayOnly: 'يوم/شهر/سنة', page: 'rtl', refusal: 'تاريخ ناقص أو غير موجود: يُكتب على الشكل يوم/شهر/سنة ساعة:دقيقة' },
])('date inputs read in $locale by a browser set to US English in New York', ({ locale, label, day, dayTime, dayOnly, page: pageDirection, refusal }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(VIEWPORT, { timezoneId: 'America/New_York', locale: 'en-US' });
  }, 60_000);
  afterAll(() => browser?.close());

  it("ask for the reader's day/month/year and 24-hour clock, never mm/dd/yyyy or AM/PM, and save what is typed as Morocco's time", async () => {
    const id = await workshopAtHalfPastTen(`Atelier saisi en ${locale}`);
    const page = await signIn(browser.context, locale);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await openEvent(page, id);
    const shown = await dateInput(page, 'endsAt');
    // the digits run left to right, day first, as Moroccan forms write dates, in an Arabic page too
    expect(shown).toEqual({ type: 'text', placeholder: dayTime, value: '02/06/2026 12:00', label, direction: 'ltr', page: pageDirection });
    for (const text of [shown.placeholder, shown.value]) expect(text).not.toMatch(/mm\/dd|yyyy|\bAM\b|\bPM\b/i);

    // typed digit by digit, the separators come by themselves; the time is Morocco's (UTC+1 on 2 June 2026)
    await page.locator('input[name="endsAt"]').fill('');
    await page.locator('input[name="endsAt"]').pressSequentially('020620261245');
    expect(await page.inputValue('input[name="endsAt"]')).toBe('02/06/2026 12:45');
    await page.screenshot({ path: join(SCREENSHOTS, `date-inputs-event-${locale}.png`) });
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/events(\?.*)?$/, { timeout: 15_000 });
    expect(await stored(id)).toMatchObject({ startsAt: '2026-06-02T09:30:00.000Z', endsAt: '2026-06-02T11:45:00.000Z' });

    // a half-typed date is refused at its field in the reader's language, and nothing is sent
    await openEvent(page, id);
    const writes = writesSent(page);
    await page.fill('input[name="endsAt"]', '02/06/2026 12');
    await page.click('button[type="submit"]');
    const refused = inputOf(page, 'endsAt').locator('.MuiFormHelperText-root.Mui-error');
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.innerText()).toBe(refusal);
    expect(writes).toEqual([]);

    // a calendar day: a measurement's date, day first too
    await page.goto(`${platform.baseUrl}/admin/#/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await page.waitForSelector('input[name="measuredOn"]', { timeout: 15_000 });
    expect(await dateInput(page, 'measuredOn')).toEqual({ type: 'text', placeholder: dayOnly, value: '', label: day, direction: 'ltr', page: pageDirection });
    await page.screenshot({ path: join(SCREENSHOTS, `date-inputs-${locale}.png`), fullPage: true });
    await page.close();
  });
});
