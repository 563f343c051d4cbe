import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { DemoIds } from '@infitah/demo-data';
import { REPOSITORY_ROOT } from '../platform';
import { axeViolations } from './support/axe';
import { launchBrowser, SCREENSHOTS, type TestBrowser } from './support/browser';
import { inputOf, signInConsole } from './support/console-form';
import { browserHarness } from './support/harness';
import { seedEveryStatus, TIMED_EVENT } from './support/seed-statuses';

/**
 * The console read like a reviewer would: every page, in Arabic and in French, as the network, a commune admin and an
 * editor, with data in every status, fails on a raw enum code, a region code shown alone, an English label, a raw
 * timestamp, a page that scrolls sideways on a 360 px phone or a serious accessibility violation.
 */
const harness = browserHarness('console-reader');
let seeded: { timedEventId: string };
beforeAll(async () => {
  seeded = await seedEveryStatus(harness.platform.baseUrl);
}, 120_000);

/** Every value of every enum of the public schema. */
const ENUM_VALUES = new Set(
  [...readFileSync(join(REPOSITORY_ROOT, 'gateway', 'schema.graphql'), 'utf8').matchAll(/^enum \w+[^{]*\{([^}]*)\}/gm)].flatMap((match) =>
    match[1]
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').replace(/"""[\s\S]*?"""|"[^"]*"/g, '').trim())
      .filter((line) => /^[A-Z][A-Z0-9_]+$/.test(line)),
  ),
);
/** Codes the console once showed for what has no collectivity. */
const OTHER_CODES = ['NETWORK', 'SUSPEND', 'ADMIT'];

/** react-admin's English words (those French does not share), and the console's own former English labels. */
function leaves(messages: unknown, prefix = ''): Array<[string, string]> {
  if (typeof messages === 'string') return [[prefix, messages]];
  if (!messages || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}
const french = new Map(leaves(frenchMessages));
const ENGLISH = new Set(
  [
    ...leaves(englishMessages)
      .filter(([key, text]) => !text.includes('%{') && !text.includes('|||') && french.get(key) !== text && text.length > 2)
      .map(([, text]) => text),
    'Skip to content', 'Element created', 'Element updated', 'Not Found', 'indicator', 'baseline', 'target', 'latest', 'distanceToTarget',
    'measuredOn', 'value', 'record', 'review', 'profile', 'admit', 'councilSession', 'adoptedOn', 'reason', 'answer', 'commitment / proposal id',
    'periodStart', 'periodEnd', 'narrative', 'file', 'Title (Arabic)', 'Title (French)', 'Problem', 'Problem addressed', 'Action', 'What will be done',
    'Principles', 'Lead unit', 'Milestones', 'Due on', 'Done on', 'Weight', 'Online url', 'Online address', 'Outcome', 'Starts at', 'Starts',
    'Ends', 'Kind', 'Category', 'Gender', 'Count', 'Status', 'Published', 'Title', 'Venue', 'Agenda', 'Attendance', 'Completion', 'Progress',
    'Collectivity', 'Principle', 'Body', 'Name', 'Role', 'Email', 'Display name', 'Entity', 'Action', 'At', 'Actor',
  ].map((text) => text.toLowerCase()),
);

/** What a reader sees on the page: its visible text nodes (as written, before any text-transform) and labelling attributes. */
async function visibleTexts(page: Page): Promise<Array<{ text: string; where: string }>> {
  return page.evaluate(() => {
    const out: Array<{ text: string; where: string }> = [];
    const visible = (element: Element | null) => !!element && (element as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: false }) !== false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      const text = (node.textContent ?? '').trim();
      if (!text || !visible(parent)) continue;
      out.push({ text, where: parent.closest('td') ? 'cell' : parent.closest('.recharts-xAxis') ? 'axis' : parent.tagName.toLowerCase() });
    }
    for (const element of Array.from(document.querySelectorAll('[aria-label],[placeholder],[title]'))) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push({ text: value, where: `@${name}` });
      }
    }
    return out;
  });
}

/** What a reviewer would object to on the page now shown. */
async function objections(page: Page): Promise<string[]> {
  const found: string[] = [];
  // a native date input shows the browser's mask (mm/dd/yyyy, AM/PM in an English browser), not the reader's
  for (const type of await page.$$eval('input', (inputs) => inputs.map((input) => input.type).filter((type) => ['date', 'datetime-local', 'month', 'time', 'week'].includes(type)))) {
    found.push(`native ${type} input`);
  }
  for (const { text, where } of await visibleTexts(page)) {
    for (const token of text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g) ?? []) {
      if ((ENUM_VALUES.has(token) && token.length > 2) || OTHER_CODES.includes(token)) found.push(`raw code ${token} in "${text}" (${where})`);
    }
    if (/^(0[1-9]|1[0-2]|\?)$/.test(text) && where === 'axis') found.push(`region code "${text}" alone on a chart`);
    if (/^(0[1-9]|\?)$/.test(text) && where !== 'cell') found.push(`region code "${text}" alone`);
    if (ENGLISH.has(text.replace(/\s*\*$/, '').toLowerCase())) found.push(`English "${text}" (${where})`);
    if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) found.push(`raw timestamp "${text}"`);
    if (where === 'cell' && /^\d{4}-\d{2}(-\d{2})?$/.test(text)) found.push(`raw date "${text}" in a list`);
    if (/\b\d{1,2}:\d{2} ?(AM|PM)\b/.test(text)) found.push(`English time "${text}"`);
    if (where === '@placeholder' && (/mm\/dd|yyyy/i.test(text) || /\b(AM|PM)\b/.test(text))) found.push(`date mask in English or US order "${text}"`);
    if (/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/.test(text) && where !== '@title') found.push(`raw id "${text}" (${where})`);
  }
  return found;
}

/** Whether the page, on a 360 px wide phone, scrolls sideways: null, or the outermost elements that stick out. */
async function scrollsSideways(page: Page): Promise<string | null> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(400);
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return null;
    const out = Array.from(document.querySelectorAll('body *')).filter((element) => {
      const box = element.getBoundingClientRect();
      const parent = element.parentElement?.getBoundingClientRect();
      const outside = (b: DOMRect) => b.width > 0 && (b.right > width + 1 || b.left < -1);
      return outside(box) && !(parent && outside(parent));
    });
    return out.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).filter((name) => !name.startsWith('css-') && !name.startsWith('mui-')).slice(0, 3).join('.')}`).join(', ') || 'the page';
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  return wider;
}

/** A console page once its content is drawn (a list, a form, a chart, or a page's title). */
async function open(page: Page, hash: string) {
  await page.goto(`${harness.platform.baseUrl}/admin/#${hash}`);
  await page.waitForSelector('#main-content :is(table, form, [data-testid="chart"], .RaList-noResults, .RaEmpty-message, h1, h5, h6, li)', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.MuiLinearProgress-root, [data-testid="loading"]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(600);
}

const LISTS = ['events', 'proposals', 'organisations', 'actionPrograms', 'commitments', 'libraryEntries', 'collectivities', 'cohorts', 'accounts', 'auditLog'];

/** Who reads, and how the app bar names them: their own name, and their role in each language. */
const READERS = [
  { email: 'network@infitah.test', role: 'network', name: 'Nadia Alaoui', roleIn: { ar: 'مسؤول الشبكة', fr: 'Administrateur du réseau' } },
  { email: 'admin@tamazgana.infitah.test', role: 'commune admin', name: 'Youssef Amrani', roleIn: { ar: 'مسؤول الجماعة', fr: 'Administrateur de la collectivité' } },
  { email: 'editor@tamazgana.infitah.test', role: 'editor', name: 'Salma Ait Lahcen', roleIn: { ar: 'محرر الجماعة', fr: 'Rédacteur de la collectivité' } },
];

/** Every page `page`'s reader can reach, each read as a reviewer would: what they would object to, page by page. */
async function crawl(page: Page): Promise<string[]> {
  const report: string[] = [];
  const check = async (name: string) => {
    for (const objection of await objections(page)) report.push(`${name}: ${objection}`);
    for (const violation of await axeViolations(page, { where: true })) report.push(`${name}: axe ${violation}`);
    const wider = await scrollsSideways(page);
    if (wider) report.push(`${name}: scrolls sideways at 360 px (${wider})`);
  };
  await open(page, '/');
  await page.waitForSelector('[data-testid="chart"] .recharts-surface', { timeout: 15_000 }).catch(() => report.push('dashboard: no chart drawn'));
  await check('dashboard');
  for (const list of LISTS) {
    if (!(await page.locator(`a[href="#/${list}"]`).count())) continue;
    await open(page, `/${list}`);
    await check(`${list} list`);
    const row = page.locator('table tbody tr td:not(:has(button, a, input))').first();
    if (await row.count()) {
      const before = page.url();
      await row.click();
      await page.waitForURL((url) => url.toString() !== before, { timeout: 5_000 }).catch(() => undefined);
      if (page.url() !== before) {
        await open(page, new URL(page.url()).hash.slice(1));
        await check(`${list} ${new URL(page.url()).hash.replace(/[0-9a-f-]{36}/, ':id')}`);
      }
    }
  }
  await open(page, `/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
  await check('a commitment with its indicators');
  await open(page, '/events/create');
  await check('new event');
  await open(page, '/no-such-page');
  await check('a page that does not exist');
  return report;
}

describe('the console read by a reviewer', () => {
  for (const locale of ['ar', 'fr'] as const) {
    for (const reader of READERS) {
      it(`names the ${reader.role} in the app bar by their name and their role in ${locale === 'ar' ? 'Arabic' : 'French'}`, async () => {
        const page = await harness.signIn(reader.email, locale);
        await page.waitForFunction((name) => document.querySelector('header')?.textContent?.includes(name), reader.name, { timeout: 15_000 });
        const text = (await page.locator('header').textContent()) ?? '';
        expect(text).toContain(reader.roleIn[locale]);
        expect(text).not.toMatch(/administrator|editor|\(demo\)|\(fictional\)/i);
        await page.close();
      });

      it(`shows the ${reader.role} no code, no English, no sideways scroll and no serious axe violation on any page in ${locale === 'ar' ? 'Arabic' : 'French'}`, async () => {
        const page = await harness.signIn(reader.email, locale);
        const report = await crawl(page);
        await page.screenshot({ path: join(SCREENSHOTS, `reader-${reader.role.replace(/ /g, '-')}-${locale}.png`), fullPage: true });
        await page.close();
        expect(report).toEqual([]);
      }, 300_000);
    }
  }

  it("opens a commune admin's events on its own collectivity, named, and shows other communes' published ones once the filter is cleared", async () => {
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'fr');
    await page.goto(`${harness.platform.baseUrl}/admin/#/events`);
    await page.waitForSelector('table tbody tr', { timeout: 15_000 });
    await page.waitForTimeout(800);
    const own = (await page.textContent('table')) ?? '';
    expect(own).toContain('Tamazgana');
    expect(own).not.toContain(DemoIds.tamazgana);
    expect(own).not.toMatch(/Commune de démonstration|Demo/i);
    // the filter is explicit and can be cleared: the network's and other communes' published events are readable
    await page.click('.ra-input-collectivityId [role="combobox"]');
    await page.click('li[data-value=""]');
    await page.waitForFunction(() => !decodeURIComponent(location.hash).includes('collectivityId'), undefined, { timeout: 10_000 });
    await page.waitForTimeout(1000);
    const all = (await page.textContent('table')) ?? '';
    expect(all.length).toBeGreaterThan(own.length);
    await page.close();
  });

  it('shows an editor no Delete button, and the network no way to edit a commune record', async () => {
    const editor = await harness.signIn('editor@tamazgana.infitah.test', 'fr');
    await open(editor, `/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await editor.waitForSelector('input[name="titleFr"]', { timeout: 15_000 });
    // the record's Delete (an indicator's or a measurement's own "Supprimer" stays: the graph lets an editor change those)
    expect(await editor.locator('.ra-delete-button').count()).toBe(0);
    expect(await editor.locator('button:has-text("Publier"), button:has-text("Dépublier")').count()).toBe(0);
    expect(await editor.locator('button[type="submit"]').count()).toBe(1);
    const admin = await harness.signIn('admin@tamazgana.infitah.test', 'fr');
    await open(admin, `/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await admin.waitForSelector('.ra-delete-button:has-text("Supprimer")', { timeout: 15_000 });
    const network = await harness.signIn('network@infitah.test', 'fr');
    await open(network, `/commitments/${DemoIds.commitments.tamazganaCouncilMinutes}`);
    await network.waitForSelector('input[name="titleFr"]', { timeout: 15_000 });
    expect(await network.locator('button[type="submit"], button:has-text("Supprimer")').count()).toBe(0);
    expect(await network.locator('input[name="titleFr"]').isEditable()).toBe(false);
    await Promise.all([editor.close(), admin.close(), network.close()]);
  });

  it('says in French, at its field, why the graph refused a value, and marks every missing field at once before sending', async () => {
    const page = await harness.signIn('editor@tamazgana.infitah.test', 'fr');
    await open(page, '/events/create');
    // required fields are marked before anything is sent; one field typed, the others are all told at once
    expect(await inputOf(page, 'title').locator('label').textContent()).toContain('*');
    await page.fill('input[name="venue"]', 'Salle des fêtes');
    await page.click('button[type="submit"]');
    await page.waitForTimeout(500);
    for (const source of ['title', 'startsAt']) expect(await inputOf(page, source).textContent()).toContain('Ce champ est requis');
    expect(await page.locator('.ra-input-kind').textContent()).toContain('Ce champ est requis');

    await page.fill('input[name="title"]', 'Une rencontre à l’adresse mal écrite');
    await page.click('.ra-input-kind [role="combobox"]');
    await page.click('li[data-value="COMMITTEE_MEETING"]');
    await page.fill('input[name="startsAt"]', '03/06/2026 10:00');
    await page.fill('input[name="onlineUrl"]', 'salle-des-fetes');
    await page.click('button[type="submit"]');
    await inputOf(page, 'onlineUrl').getByText('Doit être une adresse commençant par http:// ou https://').waitFor({ timeout: 15_000 });
    expect(await page.inputValue('input[name="title"]')).toBe('Une rencontre à l’adresse mal écrite');
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-field-error-fr.png'), fullPage: true });
    await page.close();
  });
});

describe('the console in a browser set to Auckland', () => {
  let auckland: TestBrowser | undefined;
  beforeAll(async () => {
    auckland = await launchBrowser({ width: 1280, height: 900 }, { timezoneId: 'Pacific/Auckland' });
  }, 60_000);
  afterAll(() => auckland?.close(), 30_000);

  for (const locale of ['ar', 'fr']) {
    it(`reads times on Morocco's wall clock, and every page as a reviewer would, in ${locale === 'ar' ? 'Arabic' : 'French'}`, async () => {
      const page = await signInConsole(auckland!.context, harness.platform.baseUrl, 'admin@tamazgana.infitah.test', locale);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Pacific/Auckland');
      // the meeting at 09:30 UTC is shown in its form at 10:30, Morocco's wall clock, never at Auckland's 21:30
      await open(page, `/events/${seeded.timedEventId}`);
      await page.waitForSelector('input[name="startsAt"]', { timeout: 15_000 });
      expect(await page.inputValue('input[name="startsAt"]')).toBe(`10/06/2026 ${TIMED_EVENT.moroccoTime}`);
      const report = await crawl(page);
      await page.close();
      expect(report).toEqual([]);
    }, 300_000);
  }
});
