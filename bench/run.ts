/**
 * `npm run bench`: builds the site and reports, per page type, what a reader downloads at
 * load (gzipped JS, CSS, HTML; requests), Lighthouse mobile scores, the cost calculator's
 * input-to-update time, the break-even calculator's worst-case update (bench/break-even.ts),
 * build time and the search index size. It reports; it never fails on noise. Results also go
 * to bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from '@playwright/test';
import lighthouse from 'lighthouse';
import { distDir, siteBase } from '../tests/support/built-site.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.ts';
import { measurePage } from '../tests/support/page-weight.ts';
import { startServer } from '../src/cli/serve.ts';
import { benchBreakEven, breakEvenBenchLine } from './break-even.ts';

const root = join(import.meta.dirname, '..');

const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'chapter', path: '/guide/scaling/' },
  { name: 'chapter + calculator', path: '/guide/cost/' },
  { name: 'cost calculator', path: '/calculators/cost/' },
  { name: 'break-even', path: '/calculators/break-even/' },
  { name: 'walkthrough', path: '/decide/' },
];

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    const s = statSync(full);
    return sum + (s.isDirectory() ? dirBytes(full) : s.size);
  }, 0);
}

interface Scores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

/**
 * Lighthouse drives a browser over the DevTools protocol. The same Chromium the tests use is
 * started with a debugging port the system picks (port 0); Chromium writes the port it got
 * into its profile folder, and Lighthouse connects there. No fixed port, no second launcher.
 */
async function lighthouseScores(url: string): Promise<Scores & { runtimeError: string | null }> {
  const profile = mkdtempSync(join(tmpdir(), 'adg-lighthouse-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: [...chromiumArgs, '--remote-debugging-port=0'],
    });
    const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    const cats = result?.lhr.categories ?? {};
    const score = (id: string): number | null => (cats[id]?.score == null ? null : Math.round((cats[id]!.score ?? 0) * 100));
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      runtimeError: result?.lhr.runtimeError?.message ?? null,
    };
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Median time from an input event to the results showing the new total, over `runs` edits. */
async function inputToUpdate(browser: import('@playwright/test').Browser, origin: string, runs = 50): Promise<number | null> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}${siteBase}calculators/cost/`);
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
    const input = page.locator('input[name="requests_per_day"]').first();
    if ((await input.count()) === 0) return null;
    const times = await page.evaluate(async (n) => {
      const field = document.querySelector<HTMLInputElement>('input[name="requests_per_day"]')!;
      const total = () => document.querySelector('[data-option="ecs-fargate"] [data-line="total"]')?.getAttribute('data-usd');
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const before = total();
        const start = performance.now();
        field.value = String(1000 + i * 137);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        // Stop the clock when the DOM holds the new total (a MutationObserver, not polling
        // each animation frame, which would round every run up to the next frame).
        await new Promise<void>((resolve) => {
          if (total() !== before) return resolve();
          const observer = new MutationObserver(() => {
            if (total() === before) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-usd'] });
        });
        out.push(performance.now() - start);
        // Let the frame paint before the next edit, as it would between keystrokes.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return out;
    }, runs);
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? null;
  } finally {
    await page.close();
  }
}

const kb = (n: number): string => (n / 1024).toFixed(1);

const buildStart = performance.now();
execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - buildStart) / 1000;
const pagefindBytes = dirBytes(join(distDir, 'pagefind'));

const server = await startServer({ dir: distDir, base: siteBase });
const origin = server.origin;
try {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs] });
  const rows = [];
  for (const type of pageTypes) {
    const page = await browser.newPage();
    const url = `${origin}${siteBase}${type.path.slice(1)}`;
    const weight = await measurePage(page, url);
    await page.close();
    const { runtimeError, ...scores } = await lighthouseScores(url);
    if (runtimeError) console.warn(`Lighthouse on ${type.path}: ${runtimeError}`);
    rows.push({
      page: type.name,
      path: type.path,
      jsGzip: weight.byKind.js,
      inlineJsGzip: weight.inlineScriptGzipBytes,
      cssGzip: weight.byKind.css,
      htmlGzip: weight.byKind.html,
      requests: weight.requests,
      ...scores,
    });
  }
  const medianMs = await inputToUpdate(browser, origin);
  await browser.close();
  const breakEven = benchBreakEven();

  const results = { date: new Date().toISOString(), buildSeconds, pagefindBytes, inputToUpdateMedianMs: medianMs, breakEven, pages: rows };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const header = ['page', 'JS KB gz', 'inline JS', 'CSS KB gz', 'HTML KB gz', 'requests', 'perf', 'a11y', 'best pr.', 'SEO'];
  const lines = rows.map((r) => [
    r.page,
    kb(r.jsGzip),
    kb(r.inlineJsGzip),
    kb(r.cssGzip),
    kb(r.htmlGzip),
    String(r.requests),
    String(r.performance ?? '-'),
    String(r.accessibility ?? '-'),
    String(r.bestPractices ?? '-'),
    String(r.seo ?? '-'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  console.log(
    `\nbuild: ${buildSeconds.toFixed(1)} s · Pagefind index: ${kb(pagefindBytes)} KB · calculator input-to-update (median of 50): ${medianMs === null ? 'n/a' : `${medianMs.toFixed(1)} ms`}`,
  );
  for (const r of breakEven) console.log(breakEvenBenchLine(r));
  console.log(
    'Lighthouse 12.2.3, mobile preset, against the local build served without compression (a real host gzips, so its scores are at least as good).',
  );
} finally {
  await server.close();
}
