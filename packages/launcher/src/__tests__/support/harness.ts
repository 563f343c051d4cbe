import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser';
import { signInConsole } from './console-form';
import { startPlatformProcess, type PlatformProcess } from './platform-process';

/** What one browser test file works with: its own platform and Chromium, started before its tests, stopped after. */
export interface BrowserHarness {
  readonly platform: PlatformProcess;
  readonly browser: BrowserContext;
  readonly testBrowser: TestBrowser;
  /**
   * A fresh page signed in to the console as `email` with the demo password (each page has its own session storage),
   * once the menu shows `#/<menu>`: the menu follows the permissions, known once the session is loaded.
   */
  signIn(email: string, locale?: string, menu?: string): Promise<Page>;
}

/** Registers the file's beforeAll/afterAll: a platform named `name` (its own database) and a Chromium of `viewport`. */
export function browserHarness(name: string, viewport = { width: 1280, height: 900 }): BrowserHarness {
  let platform: PlatformProcess | undefined;
  let testBrowser: TestBrowser | undefined;
  beforeAll(async () => {
    platform = await startPlatformProcess(name);
    testBrowser = await launchBrowser(viewport);
  }, 120_000);
  afterAll(async () => {
    await testBrowser?.close();
    await platform?.dispose();
  }, 60_000);
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the platform and the browser start in beforeAll');
    return value;
  };
  return {
    get platform() {
      return started(platform);
    },
    get testBrowser() {
      return started(testBrowser);
    },
    get browser() {
      return started(testBrowser).context;
    },
    signIn(email, locale = 'fr', menu = 'events') {
      return signInConsole(started(testBrowser).context, started(platform).baseUrl, email, locale, menu);
    },
  };
}
