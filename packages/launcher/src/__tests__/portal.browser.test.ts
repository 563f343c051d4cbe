import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DemoIds } from '@infitah/demo-data';
import { axeViolations } from './support/axe';
import { launchBrowser, SCREENSHOTS } from './support/browser';
import { browserHarness } from './support/harness';

/** The public portal, anonymous, in real Chromium, each page checked with axe-core. */
const harness = browserHarness('portal', { width: 360, height: 780 });

async function open(path: string): Promise<Page> {
  const page = await harness.browser.newPage();

  await page.goto(`${harness.platform.baseUrl}/${path}`);
  await page.waitForSelector('h1');
  return page;
}

describe('the public portal', () => {
  it('is a right-to-left Arabic portal where a visitor finds Tamazgana and reads its timeline and programme', async () => {
    const page = await open('?locale=ar#/');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // members by region: the twelve regions, then those whose region is not recorded
    await page.waitForSelector('#regions');
    expect(await page.locator('#regions + ul li').count()).toBe(13);
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('input[name="search"]', 'تمزكانه');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#commitment-results', { state: 'attached' });
    expect(await page.locator('section[aria-labelledby="members"] > ul.list:last-of-type li').count()).toBe(1);
    await page.click('a:has-text("جماعة تمزكانة")');
    await page.waitForSelector('h1:has-text("جماعة تمزكانة")');
    expect(await page.textContent('#timeline + ol')).toContain('ورشة الإعداد المشترك');
    expect(await page.textContent('main')).toContain('انفتاح جماعة تمزكانة');
    expect(page.url()).toContain(`#/collectivities/${DemoIds.tamazgana}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-tamazgana-ar.png'), fullPage: true });
    await page.close();
  });

  it('reads the same page in French, and follows a retained proposal to the commitment it became', async () => {
    const page = await open(`?locale=fr#/collectivities/${DemoIds.tamazgana}`);
    expect(await page.textContent('h1')).toBe('Commune de Tamazgana');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.waitForSelector('#program');
    await page.click('a:has-text("Publier les procès-verbaux et délibérations du conseil") >> nth=1');
    await page.waitForSelector('h1:has-text("Publier les procès-verbaux")');
    expect(await page.textContent('main')).toContain('Sessions dont le procès-verbal est publié');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows an adopted programme's commitment with its indicator's measurements as a chart whose values are spoken", async () => {
    // Tamazgana's programme is still a draft in the demo (March 2025): the fictional commune's adopted one is measured
    const page = await open(`?locale=fr#/commitments/${DemoIds.commitments.demoCommuneRegisterOnline}`);
    await page.waitForSelector('h1:has-text("Publier en ligne le registre")');
    expect(await page.getAttribute('figure svg[role="img"]', 'aria-label')).toBe('Trimestres dont le registre est publié: 0, 25 → 100');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-commitment-fr.png'), fullPage: true });
    await page.close();
  });

  it('takes a proposal to an open consultation, which stays private until the commune publishes it', async () => {
    const page = await open(`?locale=fr#/collectivities/${DemoIds.demoCommune}`);
    await page.waitForSelector('form:has(textarea[name="body"])');
    await page.click('button:has-text("Envoyer")');
    await page.waitForSelector('.error');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('input[name="title"]', 'Un abri à l’arrêt de bus');
    await page.fill('textarea[name="body"]', 'Installer un abri à l’arrêt de bus près du marché.');
    await page.check('input[name="consentToPublish"]');
    await page.click('button:has-text("Envoyer")');
    await page.waitForSelector('[role="status"] strong');
    const reference = await page.textContent('[role="status"] strong');
    expect(reference).toMatch(/^[0-9A-F]{12}$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-submitted.png'), fullPage: true });
    // nothing is public until the commune publishes it
    await page.reload();
    await page.waitForSelector('h1');
    expect(await page.textContent('main')).not.toContain('Un abri à l’arrêt de bus');
    await page.close();
  });

  it('searches collectivities, commitments and proposals at once, forgiving accents', async () => {
    const page = await open('?locale=fr#/');
    await page.fill('input[name="search"]', 'deliberations');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#commitment-results li');
    expect(await page.textContent('#commitment-results')).toContain('Publier les procès-verbaux et délibérations du conseil');
    await page.fill('input[name="search"]', 'budget');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#proposal-results li:has-text("exécution du budget")');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('never shows an unpublished record', async () => {
    const page = await open(`?locale=fr#/collectivities/${DemoIds.demoCommune}`);
    await page.waitForSelector('#timeline');
    const text = (await page.textContent('main')) ?? '';
    expect(text).not.toContain("Réunion d'information (données de démonstration)");
    expect(text).not.toContain('Proposition en cours d’examen');
    await page.close();
  });

  it('lists the open datasets from its footer, each downloadable as CSV and JSON, with their licence, catalogue and archive', async () => {
    const page = await open('?locale=fr#/');
    await page.click('footer a[href="#/open-data"]');
    await page.waitForSelector('#open-data tbody tr');
    expect(await page.locator('#open-data tbody tr').count()).toBe(10);
    expect(await page.locator('#open-data tbody th').first().textContent()).toBe('Collectivités territoriales et leur adhésion au réseau');
    expect(await page.getAttribute('a[href="https://creativecommons.org/licenses/by/4.0/"]', 'lang')).toBe('en');
    expect(await page.locator('a[href="/open-data/catalog.jsonld"]').count()).toBe(1);
    expect(await page.locator('a[href="/open-data/all.zip"]').count()).toBe(1);
    const csv = await page.getAttribute('a[href="/open-data/collectivities.csv"]', 'href');
    const download = await fetch(`${harness.platform.baseUrl}${csv}`);
    expect(download.status).toBe(200);
    expect((await download.text()).split('\n')[0]).toMatch(/^id,kind/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'portal-open-data-fr.png'), fullPage: true });
    await page.close();
  });

  it("dates each dataset's last update on Morocco's calendar, whatever the visitor's time zone", async () => {
    const newYork = await launchBrowser({ width: 360, height: 780 }, { timezoneId: 'America/New_York' });
    try {
      const page = await newYork.context.newPage();
      // last updated at 00:30 on 2 June in Morocco: still 1 June in UTC (23:30) and in New York (19:30)
      await page.route('**/open-data/', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { datasets: Array<Record<string, unknown>> };
        await route.fulfill({ response, json: { ...body, datasets: body.datasets.map((dataset) => ({ ...dataset, lastUpdated: '2026-06-01T23:30:00.000Z' })) } });
      });
      await page.goto(`${harness.platform.baseUrl}/?locale=fr#/open-data`);
      await page.waitForSelector('#open-data tbody tr');
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
      expect(await page.locator('#open-data tbody tr td:nth-of-type(2)').allTextContents()).toEqual(Array(10).fill('2 juin 2026'));
    } finally {
      await newYork.close();
    }
  });

  it('loads nothing its Content-Security-Policy refuses', () => {
    expect(harness.testBrowser.cspViolations).toEqual([]);
  });
});
