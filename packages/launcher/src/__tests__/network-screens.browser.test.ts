import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { enumLabel, REGION_CODES, regionLabel } from '@infitah/labels';
import { axeViolations } from './support/axe';
import { SCREENSHOTS } from './support/browser';
import { askGraph, demoToken, inputOf } from './support/console-form';
import { browserHarness } from './support/harness';

/**
 * The network's screens (issue 21): the portal's network page (support programme, charter, reported composition beside
 * the platform's count, members by stage, the tile map of the regions) in Arabic and French, and the network admin's
 * "Network" pages in the console (the same map, each member's progress with filters and a CSV export).
 */
const harness = browserHarness('network-screens');

async function openPortal(path: string, width = 360): Promise<Page> {
  const page = await harness.browser.newPage();
  await page.setViewportSize({ width, height: 780 });
  await page.goto(`${harness.platform.baseUrl}/${path}`);
  await page.waitForSelector('h1');
  return page;
}

async function platformMemberCount(): Promise<number> {
  const answer = await askGraph(harness.platform.baseUrl, '{ network { memberCount } }');
  return answer.data.network.memberCount as number;
}

/** The x of the first two tiles of the map (Tanger-Tétouan-Al Hoceïma, then the Oriental, in code order). */
async function firstTiles(page: Page): Promise<[number, number]> {
  const tiles = page.locator('.region-map-tile');
  const first = await tiles.nth(0).boundingBox();
  const second = await tiles.nth(1).boundingBox();
  if (!first || !second) throw new Error('the map has no tiles');
  return [first.x, second.x];
}

describe('the network on the portal', () => {
  it.each([
    ['ar', 'برنامج الدعم'],
    ['fr', 'Le programme d’appui'],
  ] as const)('shows the support programme with 4 axes, the charter and 228 members reported beside the platform count (%s)', async (locale, programmeHeading) => {
    const memberCount = await platformMemberCount();
    const page = await openPortal(`?locale=${locale}#/network`);
    await page.waitForSelector('#programme');
    expect(await page.textContent('#programme')).toBe(programmeHeading);
    expect(await page.locator('ol.axes > li').count()).toBe(4);
    expect(await page.locator('#charter-commitments + ol li').count()).toBeGreaterThan(0);
    const reported = (await page.textContent('[data-testid="reported-composition"]')) ?? '';
    expect(reported).toContain('228');
    expect(reported).toContain(String(memberCount));
    expect(reported).toContain(locale === 'ar' ? 'على هذه المنصة' : 'sur cette plateforme');
    // the demo's "as of" note, dated in the reader's language
    expect(await page.textContent('[data-testid="demo-note"]')).toContain(locale === 'ar' ? 'مارس 2025' : 'mars 2025');
    // members by stage, by their labels
    expect(await page.textContent('table.stages')).toContain(enumLabel('MemberStage', 'JOINED', locale));
    expect(await page.textContent('table.stages')).not.toMatch(/\bCOMMITTEE_FORMED\b/);
    expect(await axeViolations(page)).toEqual([]);
    // nothing scrolls sideways at 360 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, `portal-network-${locale}.png`), fullPage: true });
    await page.close();
  });

  it('lists the 12 regions by name in the map’s table, and mirrors the grid in Arabic: the first tile is on the right, on the left in French', async () => {
    for (const locale of ['ar', 'fr'] as const) {
      const page = await openPortal(`?locale=${locale}#/network`);
      await page.waitForSelector('.region-map-table tbody tr');
      const names = await page.locator('.region-map-table tbody th').allTextContents();
      expect(names).toEqual(REGION_CODES.map((code) => regionLabel(code, locale)));
      expect(names.some((name) => /^\d+$/.test(name.trim()))).toBe(false);
      expect(await page.locator('.region-map-tile').count()).toBe(12);
      const [first, second] = await firstTiles(page);
      if (locale === 'ar') expect(first).toBeGreaterThan(second);
      else expect(first).toBeLessThan(second);
      // another figure colours the map: its legend says which
      await page.click(`input[type="radio"][value="commitments"]`);
      expect(await page.textContent('.region-map figcaption')).toContain(locale === 'ar' ? 'الالتزامات' : 'Engagements');
      await page.close();
    }
  });

  it("puts the reported composition beside the platform's count on the home page's figures, with a link to the network page", async () => {
    const memberCount = await platformMemberCount();
    for (const locale of ['ar', 'fr'] as const) {
      const page = await openPortal(`?locale=${locale}#/`);
      await page.waitForSelector('#figures ~ [data-testid="reported-composition"]');
      const reported = (await page.textContent('[data-testid="reported-composition"]')) ?? '';
      expect(reported).toContain('228');
      expect(reported).toContain(String(memberCount));
      await page.click('#figures ~ p a[href="#/network"]');
      await page.waitForSelector('ol.axes');
      await page.close();
    }
  });
});

describe('the network pages of the console', () => {
  it("shows the network admin each member's stage as a label, filters by stage to membersByStage's count, and exports CSV with a header row", async () => {
    const token = await demoToken(harness.platform.baseUrl, 'network@infitah.test');
    const answer = await askGraph(harness.platform.baseUrl, '{ network { membersByStage { stage count } } }', {}, token);
    const stages: Array<{ stage: string; count: number }> = answer.data.network.membersByStage;
    const chosen = [...stages].sort((a, b) => b.count - a.count)[0];
    expect(chosen.count).toBeGreaterThan(0);

    const page = await harness.signIn('network@infitah.test', 'fr', 'network');
    await page.click('a[href="#/network"]');
    await page.waitForSelector('[data-testid="member-progress"] tbody tr', { timeout: 15_000 });
    const labels = (await page.locator('.member-stage').allTextContents()).map((text) => text.trim());
    expect(labels.length).toBeGreaterThan(0);
    const known = stages.map((row) => enumLabel('MemberStage', row.stage, 'fr'));
    for (const label of labels) expect(known).toContain(label);
    expect(await page.locator('.region-map-table tbody tr').count()).toBe(12);

    await page.click('#member-progress-stage');
    await page.click(`li[data-value="${chosen.stage}"]`);
    await page.waitForSelector(`[data-testid="member-progress-total"]:has-text("${chosen.count} membres")`, { timeout: 15_000 });
    const shown = await page.locator('.member-stage').allTextContents();
    expect(shown.length).toBe(Math.min(chosen.count, 25));
    expect(new Set(shown.map((text) => text.trim()))).toEqual(new Set([enumLabel('MemberStage', chosen.stage, 'fr')]));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-network-fr.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="member-progress-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('collectivity_id');
    expect(lines[0]).toContain('stage');
    // the filter is the list's: one row per member at that stage
    expect(lines.length).toBe(chosen.count + 1);
    await page.close();
  });

  it('draws the console’s map right to left in Arabic, regions and stages by their Arabic names', async () => {
    const page = await harness.signIn('network@infitah.test', 'ar', 'network');
    await page.click('a[href="#/network"]');
    await page.waitForSelector('[data-testid="member-progress"] tbody tr', { timeout: 15_000 });
    const [first, second] = await firstTiles(page);
    expect(first).toBeGreaterThan(second);
    expect(await page.locator('.region-map-table tbody th').allTextContents()).toEqual(REGION_CODES.map((code) => regionLabel(code, 'ar')));
    expect(await page.textContent('[data-testid="members-by-stage"]')).toContain(enumLabel('MemberStage', 'JOINED', 'ar'));
    await page.screenshot({ path: join(SCREENSHOTS, 'console-network-ar.png'), fullPage: true });
    await page.close();
  });

  it("shows a commune's timeline on its dashboard as planned against held, in French and Arabic", async () => {
    for (const [locale, planned, held] of [
      ['fr', enumLabel('EventStatus', 'PLANNED', 'fr'), enumLabel('EventStatus', 'HELD', 'fr')],
      ['ar', enumLabel('EventStatus', 'PLANNED', 'ar'), enumLabel('EventStatus', 'HELD', 'ar')],
    ] as const) {
      const page = await harness.signIn('admin@tamazgana.infitah.test', locale, 'events');
      await page.waitForSelector(`li:has-text("${held}")`, { timeout: 15_000 });
      const items = await page.locator('li .MuiListItemText-secondary').allTextContents();
      expect(items.some((text) => text.endsWith(planned))).toBe(true);
      expect(items.some((text) => text.endsWith(held))).toBe(true);
      expect(items.join(' ')).not.toMatch(/\b(PLANNED|HELD)\b/);
      await page.close();
    }
  });

  it('shows a collectivity admin no network entries in the menu', async () => {
    const page = await harness.signIn('admin@tamazgana.infitah.test', 'fr', 'events');
    expect(await page.locator('a[href="#/network"]').count()).toBe(0);
    expect(await page.locator('a[href="#/network/content"]').count()).toBe(0);
    await page.close();
  });

  it("edits the support programme: a broken rule shows at its field and writes nothing; a valid change is saved", async () => {
    const token = await demoToken(harness.platform.baseUrl, 'network@infitah.test');
    const query = '{ network { supportProgramme { nameFr axes { titleFr } } } }';
    const before = (await askGraph(harness.platform.baseUrl, query, {}, token)).data.network.supportProgramme;
    const page = await harness.signIn('network@infitah.test', 'fr', 'network/content');
    await page.click('a[href="#/network/content"]');
    const programme = page.locator('form', { has: page.locator('input[name="launchedOn"]') });
    await programme.locator('input[name="axes.1.titleFr"]').waitFor({ timeout: 15_000 });
    await programme.locator('input[name="axes.1.titleFr"]').fill('');
    await programme.locator('button[type="submit"]').click();
    await inputOf(page, 'axes.1.titleFr').locator('.Mui-error').first().waitFor({ timeout: 15_000 });
    expect((await askGraph(harness.platform.baseUrl, query, {}, token)).data.network.supportProgramme).toEqual(before);

    await programme.locator('input[name="axes.1.titleFr"]').fill(before.axes[1].titleFr);
    await programme.locator('input[name="nameFr"]').fill(`${before.nameFr} (révisé)`);
    await programme.locator('button[type="submit"]').click();
    await page.waitForSelector('text=Enregistré', { timeout: 15_000 });
    expect((await askGraph(harness.platform.baseUrl, query, {}, token)).data.network.supportProgramme.nameFr).toBe(`${before.nameFr} (révisé)`);
    await page.close();
  });
});
