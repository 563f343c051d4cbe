import type { BrowserContext, Page } from 'playwright-core';

/** What a console form test shares: the graph asked over HTTP, a signed-in page, an input's field and the writes sent. */

export type GraphAnswer = { data?: any; errors?: any[] };

/** A GraphQL request to the gateway at `baseUrl`, as a client would send it, with a bearer token or none. */
export async function askGraph(baseUrl: string, query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<GraphAnswer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphAnswer;
}

/** The token of a demo account (password `infitah-demo`), signed in through the graph. */
export async function demoToken(baseUrl: string, email: string): Promise<string> {
  const answer = await askGraph(baseUrl, 'mutation ($email: String!) { login(email: $email, password: "infitah-demo") { token } }', { email });
  return answer.data.login.token as string;
}

/**
 * A fresh page of `context` signed in to the console at `baseUrl` as `email` with the demo password, once the menu
 * shows `#/<menu>`: the menu follows the permissions, known once the session is loaded.
 */
export async function signInConsole(context: BrowserContext, baseUrl: string, email: string, locale = 'fr', menu = 'events'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/?locale=${locale}#/login`);
  await page.fill('input[name="username"]', email);
  await page.fill('input[name="password"]', 'infitah-demo');
  await page.click('button[type="submit"]');
  await page.waitForURL(/#\/$/, { timeout: 15_000 });
  await page.waitForSelector(`a[href="#/${menu}"]`, { timeout: 15_000 });
  return page;
}

/** A react-admin input by its full source, e.g. `agenda.0.endsAt`: its label, field and helper text (the innermost form control holding it). */
export const inputOf = (page: Page, source: string) => page.locator('.MuiFormControl-root', { has: page.locator(`input[name="${source}"]`) }).last();

/** The bodies of the GraphQL writes the page sends from now on. */
export function writesSent(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body?.includes('mutation')) writes.push(body);
  });
  return writes;
}

/**
 * A day ("2026-06-03") or a wall-clock time ("2026-06-03T10:00") as a reader of the console types it, in Arabic as
 * in French: day first, a 24-hour clock, "03/06/2026 10:00".
 */
export function asTyped(iso: string): string {
  const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(iso) ?? [];
  if (!year) throw new Error(`not a day or a wall-clock time: ${iso}`);
  return `${day}/${month}/${year}${time ? ` ${time}` : ''}`;
}
