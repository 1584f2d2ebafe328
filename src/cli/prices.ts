/**
 * `npm run prices:check` and `npm run prices:update` (issue 17): compare every price that
 * declares a `priceList` selector in content/pricing/ with the AWS Price List Bulk API, and
 * with `update` write the new values, the day's data version and a changelog entry.
 *
 *   node src/cli/prices.ts check|update [--offers DIR] [--data DIR] [--history DIR]
 *                                       [--changelog DIR] [--cache DIR] [--today YYYY-MM-DD]
 *
 * `--offers DIR` reads `DIR/<offerCode>/<region>.json` (files saved exactly as served); without
 * it the files are downloaded into `--cache` (default node_modules/.cache/price-list/<today>/).
 * Exit status: 0 nothing changed, 1 something changed, 2 bad input. This file does the I/O;
 * the decisions are in src/lib/pricing/price-list.ts and price-update.ts, which tests call
 * directly. The other flags exist so tests never touch content/ or depend on the date.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pricingFileSchema, type PriceItem } from '../schemas/pricing.ts';
import { priceVersionSchema, type PriceVersion } from '../schemas/price-history.ts';
import {
  checkPrices,
  exitCode,
  formatResult,
  neededOffers,
  offerKey,
  parseOfferFile,
  summarize,
  type LoadedOffer,
  type PriceEntry,
} from '../lib/pricing/price-list.ts';
import {
  applyItemUpdates,
  changelogEntry,
  confirmed,
  mergePriceVersion,
  type ItemUpdate,
  type PriceChange,
} from '../lib/pricing/price-update.ts';

export const PRICE_LIST_BASE = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Injected so tests can stand in for the network; the real one is the global fetch. */
  fetch: typeof fetch;
}

interface Options {
  command: 'check' | 'update';
  offers?: string;
  data: string;
  history: string;
  changelog: string;
  cache?: string;
  today: string;
}

const USAGE =
  'usage: node src/cli/prices.ts check|update [--offers DIR] [--data DIR] [--history DIR] [--changelog DIR] [--cache DIR] [--today YYYY-MM-DD]';

class BadInput extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'update') throw new BadInput(USAGE);
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] as string;
    const value = rest[i + 1];
    if (!['--offers', '--data', '--history', '--changelog', '--cache', '--today'].includes(flag) || value === undefined) {
      throw new BadInput(`unknown option or missing value: ${flag}\n${USAGE}`);
    }
    flags.set(flag.slice(2), value);
  }
  // UTC, so the date (and the cache folder) does not depend on where the command runs.
  const today = flags.get('today') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new BadInput(`--today must be YYYY-MM-DD, got ${today}`);
  const offers = flags.get('offers');
  const cache = flags.get('cache');
  return {
    command,
    data: flags.get('data') ?? 'content/pricing',
    history: flags.get('history') ?? 'content/price-history',
    changelog: flags.get('changelog') ?? 'content/changelog',
    today,
    ...(offers === undefined ? {} : { offers }),
    ...(cache === undefined ? {} : { cache }),
  };
}

interface DataFile {
  name: string;
  path: string;
  text: string;
  items: PriceItem[];
}

/** Every pricing file, validated with the same schema as the build: a bad selector is bad input, named. */
function readData(dir: string): DataFile[] {
  if (!existsSync(dir)) throw new BadInput(`no pricing folder ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new BadInput(`${path}: not valid JSON (${(e as Error).message})`);
      }
      const parsed = pricingFileSchema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new BadInput(`${path}: ${issues}`);
      }
      return { name, path, text, items: parsed.data.items.filter((i): i is PriceItem => i.kind === 'price') };
    });
}

function loadOfferText(path: string, text: string, offer: string): LoadedOffer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${path}: not valid JSON (${(e as Error).message})` };
  }
  try {
    return { ok: true, offer: parseOfferFile(json, offer) };
  } catch (e) {
    return { ok: false, error: `${path}: ${(e as Error).message}` };
  }
}

/** Offer files from `--offers DIR`; a file that is not there is left out (its entries are skipped). */
function readOffers(dir: string, needed: { offer: string; region: string }[]): Map<string, LoadedOffer> {
  if (!existsSync(dir)) throw new BadInput(`no offers folder ${dir}`);
  const loaded = new Map<string, LoadedOffer>();
  for (const { offer, region } of needed) {
    const path = join(dir, offer, `${region}.json`);
    if (existsSync(path)) loaded.set(offerKey(offer, region), loadOfferText(path, readFileSync(path, 'utf8'), offer));
  }
  return loaded;
}

/**
 * Downloads each needed offer file once per day into the cache (a second run the same day
 * reuses it), with a progress line per file. A failed download is an error for the entries
 * that need the file, so the run exits 2 and writes nothing.
 */
async function downloadOffers(cache: string, needed: { offer: string; region: string }[], io: Io): Promise<Map<string, LoadedOffer>> {
  const loaded = new Map<string, LoadedOffer>();
  for (const [n, { offer, region }] of needed.entries()) {
    const url = `${PRICE_LIST_BASE}/${offer}/current/${region}/index.json`;
    const path = join(cache, offer, `${region}.json`);
    const step = `[${n + 1}/${needed.length}] ${offer} ${region}`;
    if (existsSync(path)) {
      io.err(`${step}: cached ${path}`);
    } else {
      // AmazonEC2 (the NAT gateway prices) is about 480 MB of JSON per Region.
      io.err(`${step}: downloading ${url}${offer === 'AmazonEC2' ? ' (about 480 MB)' : ''}`);
      try {
        const response = await io.fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
        const body = await response.text();
        mkdirSync(join(cache, offer), { recursive: true });
        writeFileSync(`${path}.part`, body);
        renameSync(`${path}.part`, path);
        io.err(`${step}: ${(body.length / 1e6).toFixed(1)} MB saved to ${path}`);
      } catch (e) {
        const cause = (e as Error & { cause?: Error }).cause?.message ?? (e as Error).message;
        const error = `could not download ${url} (${cause}). Is the network reachable? Or save the files yourself and pass --offers DIR`;
        io.err(`${step}: ${error}`);
        loaded.set(offerKey(offer, region), { ok: false, error });
        continue;
      }
    }
    loaded.set(offerKey(offer, region), loadOfferText(path, readFileSync(path, 'utf8'), offer));
  }
  return loaded;
}

/** The files an update writes, all computed before any is written so a failure writes nothing. */
function plannedWrites(files: DataFile[], results: ReturnType<typeof checkPrices>, options: Options): [string, string][] {
  const writes: [string, string][] = [];
  const ok = confirmed(results);
  for (const file of files) {
    const updates: ItemUpdate[] = [];
    const all = (JSON.parse(file.text) as { items: { id: string; region: string }[] }).items;
    for (const r of ok.filter((c) => c.file === file.name)) {
      const index = all.findIndex((i) => i.id === r.id && i.region === r.region);
      updates.push({ index, checked: options.today, ...(r.status === 'changed' ? { value: r.to } : {}) });
    }
    if (updates.length > 0) {
      const text = applyItemUpdates(file.text, updates);
      if (text !== file.text) writes.push([file.path, text]);
    }
  }

  const changes = ok.filter((r): r is PriceChange => r.status === 'changed');
  if (changes.length === 0) return writes;

  const historyPath = join(options.history, `${options.today}.json`);
  let existing: PriceVersion | undefined;
  if (existsSync(historyPath)) {
    const parsed = priceVersionSchema.safeParse(JSON.parse(readFileSync(historyPath, 'utf8')));
    if (!parsed.success) throw new BadInput(`${historyPath}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    existing = parsed.data;
  }
  writes.push([historyPath, `${JSON.stringify(mergePriceVersion(existing, options.today, changes), null, 2)}\n`]);

  const items = new Map(files.flatMap((f) => f.items.map((i) => [`${i.id}@${i.region}`, i] as const)));
  const describe = (id: string, region: string) => {
    const item = items.get(`${id}@${region}`);
    return { label: item?.label ?? id, unit: item?.unit ?? '' };
  };
  const changelogPath = join(options.changelog, `${options.today}-prices.md`);
  const previous = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : undefined;
  writes.push([changelogPath, changelogEntry(options.today, changes, describe, previous)]);
  return writes;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    const files = readData(options.data);
    const entries: PriceEntry[] = files.flatMap((f) => f.items.map((item) => ({ file: f.name, item })));
    const needed = neededOffers(entries);
    const offers =
      options.offers !== undefined
        ? readOffers(options.offers, needed)
        : await downloadOffers(options.cache ?? join('node_modules', '.cache', 'price-list', options.today), needed, io);

    const results = checkPrices(entries, offers, options.today);
    for (const r of results) io.out(formatResult(r));
    io.out(summarize(results));
    const code = exitCode(results);

    if (options.command === 'update') {
      if (code === 2) {
        io.err('prices:update: nothing written (fix the errors above first).');
      } else {
        const writes = plannedWrites(files, results, options);
        for (const [path, text] of writes) {
          mkdirSync(join(path, '..'), { recursive: true });
          writeFileSync(path, text);
          io.out(`wrote ${path}`);
        }
      }
    }
    return code;
  } catch (e) {
    if (e instanceof BadInput) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: Io = { out: (l) => console.log(l), err: (l) => console.error(l), fetch: globalThis.fetch };
  process.exitCode = await main(process.argv.slice(2), io);
}
