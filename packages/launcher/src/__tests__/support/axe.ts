import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious or critical WCAG 2.1 A/AA violations on the page, by rule (axe-core run in the page); with `where`, each
 * rule also names the first elements it faults, for a report a reviewer can act on.
 */
export async function axeViolations(page: Page, options: { where?: boolean } = {}): Promise<string[]> {
  // evaluated by the browser's tooling, which the portal's Content-Security-Policy rightly does not let a <script> do
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => (options.where ? `${violation.id} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}` : violation.id));
}
