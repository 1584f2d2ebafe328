/**
 * What a page costs a reader at load: every request the browser makes, grouped by type, with
 * gzip sizes computed here (the test server does not compress, a real host would). Shared by
 * the budget tests and `npm run bench`, so both report the same numbers.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other';

export interface Resource {
  url: string;
  kind: ResourceKind;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  resources: Resource[];
  byKind: Record<ResourceKind, number>;
  requests: number;
  thirdParty: string[];
  inlineScriptGzipBytes: number;
  /** The page's own response (status and headers). */
  response: Response | null;
}

function kindOf(resourceType: string, url: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || url.endsWith('.css')) return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'image') return 'image';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'fetch' || resourceType === 'xhr') return 'data';
  return 'other';
}

/**
 * Measures everything the page fetches while `action` runs and until the network is idle
 * after it: a page load (`measurePage`), or what a reader's action adds (scrolling a chart
 * into view) on a page already loaded.
 */
export async function measureDuring(page: Page, action: (page: Page) => Promise<Response | null | void>): Promise<PageWeight> {
  const pending: Promise<Resource | null>[] = [];
  const requested: string[] = [];
  const onResponse = (response: Response): void => {
    const request = response.request();
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind: kindOf(request.resourceType(), response.url()),
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
        }))
        .catch(() => null),
    );
  };
  const onRequest = (request: Request): void => {
    requested.push(request.url());
  };
  let response: Response | null = null;
  page.on('response', onResponse);
  page.on('request', onRequest);
  try {
    response = (await action(page)) ?? null;
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
    page.off('request', onRequest);
  }
  const pageOrigin = new URL(page.url()).origin;
  const thirdParty = requested.filter((r) => {
    const u = new URL(r);
    return !['data:', 'blob:'].includes(u.protocol) && u.origin !== pageOrigin;
  });
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null);
  const byKind: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, data: 0, other: 0 };
  for (const r of resources) byKind[r.kind] += r.gzipBytes;
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  return {
    resources,
    byKind,
    requests: resources.length,
    thirdParty,
    inlineScriptGzipBytes: gzipSync(Buffer.from(inline)).length,
    response,
  };
}

/** Loads `url` and measures everything fetched until the network is idle (and `settle` is done). */
export async function measurePage(page: Page, url: string, settle?: (page: Page) => Promise<void>): Promise<PageWeight> {
  return measureDuring(page, async (p) => {
    const response = await p.goto(url, { waitUntil: 'load' });
    if (settle) {
      await p.waitForLoadState('networkidle');
      await settle(p);
    }
    return response;
  });
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
