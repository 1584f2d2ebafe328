import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { isoDay } from '../lib/format/date.ts';
import { latestVersion, priceVersions } from '../lib/pricing/history.ts';
import { priceFeed } from '../lib/report/price-feed.ts';

/** The Atom feed of data changes, linked from every page's head and from the changelog. */
export function GET({ site }: APIContext): Response {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site ?? 'http://localhost:4321');
  const updated = latestVersion() ?? isoDay(new Date());
  return new Response(priceFeed(priceVersions(), root.href, updated), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
