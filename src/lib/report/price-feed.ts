/**
 * The Atom feed of data changes (/prices.xml): one entry per data version, listing each figure
 * that changed with its old and new value, and each calculator default that changed.
 */
import type { PriceVersion } from '../../schemas/price-history.ts';
import { formatFact } from '../format/facts.ts';
import { findItem } from '../pricing/catalog.ts';

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** One line per change: "Fargate Linux/x86 vCPU (us-east-1): $0.04048 per vCPU-hour → $0.05 per vCPU-hour". */
export function changeLines(version: PriceVersion): string[] {
  const figures = version.changes.map((c) => {
    const item = findItem(c.id, c.region);
    if (!item) return `${c.id} (${c.region}): ${c.from} → ${c.to}`;
    const read = (value: number | string): string => formatFact({ ...item, value } as typeof item);
    return `${item.label} (${c.region}): ${read(c.from)} → ${read(c.to)}`;
  });
  const defaults = version.defaults.map((d) => `Calculator default ${d.param}: ${String(d.from)} → ${String(d.to)}`);
  return [...figures, ...defaults];
}

/** The feed as Atom XML; `site` is the absolute address of the site's root (with its base path). */
export function priceFeed(versions: readonly PriceVersion[], site: string, updated: string): string {
  const feedUrl = new URL('prices.xml', site).href;
  const changelog = new URL('changelog/', site).href;
  const entries = [...versions].reverse().map((v) => {
    const items = changeLines(v)
      .map((line) => `<li>${escape(line)}</li>`)
      .join('');
    return [
      '  <entry>',
      `    <id>${escape(`${feedUrl}#${v.date}`)}</id>`,
      `    <title>${escape(`Data version ${v.date}`)}</title>`,
      `    <updated>${v.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(changelog)}"/>`,
      `    <summary>${escape(v.summary)}</summary>`,
      `    <content type="html">${escape(`<p>${escape(v.summary)}</p><ul>${items}</ul>`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Agent Deploy Guide: price and limit changes</title>',
    `  <id>${escape(feedUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(changelog)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    '  <author><name>Agent Deploy Guide</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
