import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../browser-setup';
import { REPOSITORY_ROOT } from '../../platform';

/** Where each run writes its screenshots of the main pages. */
export const SCREENSHOTS = join(REPOSITORY_ROOT, '.data', 'screenshots');

export interface TestBrowser {
  context: BrowserContext;
  /** What the pages' Content-Security-Policy refused: empty, or a page needs something from elsewhere. */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium (or CHROMIUM_PATH) driven by playwright-core, with a fresh profile under the project (a 0700
 * temporary folder would not do) and the flags that keep it off this machine's closed network. `timezoneId` sets the
 * browser's own time zone (the machine's by default), as a laptop set to another zone would have it.
 */
export async function launchBrowser(viewport: { width: number; height: number }, options: { timezoneId?: string; locale?: string } = {}): Promise<TestBrowser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profileDir = mkdtempSync(join(REPOSITORY_ROOT, '.data', 'chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${message.location().url}: ${message.text()}`);
  });
  return {
    context,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
