/**
 * axe over a page in one color scheme. Light runs every WCAG 2.1 A/AA and best-practice
 * rule; dark only the rules color can change (the markup is the same in both schemes).
 *
 * axe-core is put into the page once and run there directly. (@axe-core/playwright re-injects
 * its 500 KB on every run and, by default, finishes each run in a new blank page: about a
 * second a call, spent only on cross-origin iframe support, and no page here frames another
 * origin.) Only violations are collected, since nothing reads the passes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, scheme: 'light' | 'dark', include?: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = {
    runOnly: scheme === 'light' ? { type: 'tag', values: WCAG_TAGS } : { type: 'rule', values: COLOUR_RULES },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(
    ({ include, options }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
      return axe.run(include ? { include: [include] } : document, options);
    },
    { include, options },
  );
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
