import type { PriceVersion } from '../../schemas/price-history.ts';
import type { PriceCheckResult } from './price-list.ts';

/**
 * `npm run prices:update` without the I/O: the new text of each pricing file, the day's data
 * version (content/price-history/) and the changelog entry, all computed from check results.
 */

/**
 * Where each value sits in a JSON text: `items.3.value` -> [start, end) offsets. A small
 * recursive-descent scan, so an update can replace two values in place and leave every other
 * byte of the file as it was (key order, spacing, `1.66667e-05` spelled as the author wrote it),
 * which JSON.stringify would not.
 */
export function valueSpans(text: string): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`invalid JSON at offset ${i}: ${what}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    if (text[i] !== '"') fail('expected a string');
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          const key = string();
          ws();
          if (text[i++] !== ':') fail('expected ":"');
          value(path ? `${path}.${key}` : key);
          ws();
          const next = text[i++];
          if (next === '}') break;
          if (next !== ',') fail('expected "," or "}"');
        }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(path ? `${path}.${n}` : String(n));
          ws();
          const next = text[i++];
          if (next === ']') break;
          if (next !== ',') fail('expected "," or "]"');
        }
    } else if (c === '"') {
      string();
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
      if (!m) fail('expected a value');
      i += (m as RegExpExecArray)[0].length;
    }
    spans.set(path, [start, i]);
  };
  value('');
  ws();
  if (i !== text.length) fail('trailing characters');
  return spans;
}

/** One entry's update: its index in the file's `items`, the new value (a decimal string) if it changed, the new `checked`. */
export interface ItemUpdate {
  index: number;
  value?: string;
  checked: string;
}

/**
 * The pricing file's text with the updates applied in place. Throws if an item lacks `value` or
 * `checked`, or if the result does not parse back to the expected values (a guard against a
 * scan bug writing a broken file).
 */
export function applyItemUpdates(text: string, updates: readonly ItemUpdate[]): string {
  const spans = valueSpans(text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const u of updates) {
    const at = (key: string) => {
      const span = spans.get(`items.${u.index}.${key}`);
      if (!span) throw new Error(`items[${u.index}] has no "${key}"`);
      return span;
    };
    if (u.value !== undefined) edits.push({ start: at('value')[0], end: at('value')[1], text: u.value });
    edits.push({ start: at('checked')[0], end: at('checked')[1], text: JSON.stringify(u.checked) });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);

  const items = (JSON.parse(out) as { items: { value: unknown; checked: unknown }[] }).items;
  for (const u of updates) {
    const item = items[u.index];
    if (item?.checked !== u.checked || (u.value !== undefined && item.value !== Number(u.value))) {
      throw new Error(`items[${u.index}] did not update as expected`);
    }
  }
  return out;
}

export type PriceChange = Extract<PriceCheckResult, { status: 'changed' }>;

/** The entries the update confirmed against the Price List: their `checked` becomes today. */
export function confirmed(results: readonly PriceCheckResult[]): Extract<PriceCheckResult, { status: 'unchanged' | 'changed' }>[] {
  return results.filter((r) => r.status === 'unchanged' || r.status === 'changed');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Today's data version with these changes added. An existing file for today (a second run, or
 * a default changed by hand the same day) keeps its summary, defaults and changes; a figure that
 * changes twice in one day keeps its first `from`, so the history never loses the value it held.
 */
export function mergePriceVersion(existing: PriceVersion | undefined, today: string, changes: readonly PriceChange[]): PriceVersion {
  const sentence = `AWS Price List: ${plural(changes.length, 'price', 'prices')} changed (${changes.map((c) => c.id).join(', ')}).`;
  const ours = sentence.length <= 300 ? sentence : `AWS Price List: ${plural(changes.length, 'price', 'prices')} changed.`;
  const merged = existing ? existing.changes.map((c) => ({ ...c })) : [];
  for (const c of changes) {
    const to = Number(c.to);
    const same = merged.find((m) => m.id === c.id && m.region === c.region);
    if (same) same.to = to;
    else merged.push({ id: c.id, region: c.region, from: c.from, to });
  }
  let summary = ours;
  if (existing) {
    const both = `${existing.summary} ${ours}`;
    summary = both.length <= 300 ? both : existing.summary;
  }
  return { date: today, summary, changes: merged, defaults: existing?.defaults ?? [] };
}

/** Label and unit of a price, for the changelog lines. */
export type Describe = (id: string, region: string) => { label: string; unit: string };

function changeLines(changes: readonly PriceChange[], describe: Describe): string {
  return changes
    .map((c) => {
      const { label, unit } = describe(c.id, c.region);
      return `- **${label}** (\`${c.id}\`, ${c.region}): ${String(c.from)} → ${c.to} ${unit}.`;
    })
    .join('\n');
}

/**
 * The changelog entry `content/changelog/<today>-prices.md` (schema src/schemas/changelog.ts).
 * When today's entry exists (a second run), its lines are kept and the new ones appended.
 */
export function changelogEntry(today: string, changes: readonly PriceChange[], describe: Describe, existing?: string): string {
  const lines = changeLines(changes, describe);
  if (existing !== undefined) return `${existing.trimEnd()}\n${lines}\n`;
  const summary = `${plural(changes.length, 'price', 'prices')} updated from the AWS Price List by npm run prices:update, each old → new below.`;
  return [
    '---',
    `title: Prices updated from the AWS Price List`,
    `date: ${today}`,
    // Quoted: YAML would read the colon in prices:update as structure in some positions.
    `summary: ${JSON.stringify(summary)}`,
    '---',
    '',
    'Read from the AWS Price List Bulk API (on-demand rates); the old value of each figure is kept in the price history.',
    '',
    lines,
    '',
  ].join('\n');
}
