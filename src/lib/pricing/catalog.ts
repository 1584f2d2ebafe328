import type { LimitItem, ModelInfo, PriceItem, PricingFile, PricingItem, SourcedList, TaskSizes } from '../../schemas/pricing.ts';
import { byFileName } from '../content/files.ts';
import { valueOn } from './history.ts';

/**
 * Every dated, sourced figure, read from `content/pricing/*.json`: every file in the folder,
 * so a new file needs no code change. The files are validated by the content collection
 * (build, including keys unique across files) and by tests/unit/pricing/data.test.ts; here
 * they are only typed and indexed. Lookups THROW on an unknown id so a typo in a chapter or
 * component fails the build.
 */

export const DEFAULT_REGION = 'us-east-1';
/** Region value for figures that do not depend on the Region. */
export const GLOBAL_REGION = 'global';

// The JSON's inferred types widen literals (kind: string); the schema guarantees the rest.
/** By file id (`fargate` for fargate.json), in name order: the order the sources page lists them. */
const files = byFileName(import.meta.glob<PricingFile>('../../../content/pricing/*.json', { eager: true, import: 'default' }));
const fileList = [...files.values()];

const byKey = new Map<string, PricingItem>();
const regionsById = new Map<string, string[]>();
for (const file of fileList) {
  for (const item of file.items) {
    byKey.set(`${item.id}@${item.region}`, item);
    const list = regionsById.get(item.id) ?? [];
    list.push(item.region);
    regionsById.set(item.id, list);
  }
}

/** A price or limit as referenced by a cost line: the key actually used. */
export interface ItemRef {
  id: string;
  region: string;
}

export function itemRef(item: PricingItem): ItemRef {
  return { id: item.id, region: item.region };
}

// The day whose prices the model uses: undefined for today's. A page opened from a link made
// with older prices (`prices=<day>`) sets it before computing, so the link shows what it
// showed then; one page shows one calculator, so one setting serves it.
let pricesDay: string | undefined;

/** Compute with the prices of `day` (see lib/pricing/history.ts), or today's with undefined. */
export function setPricesDay(day: string | undefined): void {
  pricesDay = day;
}

/** The day whose prices are in use, undefined for today's. */
export function pricesDayInUse(): string | undefined {
  return pricesDay;
}

/** The item for (id, region), else the Region-independent (`global`) one, else undefined. */
export function findItem(id: string, region: string = DEFAULT_REGION): PricingItem | undefined {
  const item = byKey.get(`${id}@${region}`) ?? byKey.get(`${id}@${GLOBAL_REGION}`);
  if (!item || pricesDay === undefined) return item;
  const value = valueOn(item.id, item.region, item.value, pricesDay);
  return value === item.value ? item : ({ ...item, value } as PricingItem);
}

function unknown(kind: string, id: string, region: string): Error {
  const regions = regionsById.get(id);
  const hint = regions
    ? `it exists for: ${regions.join(', ')}`
    : 'no such id in content/pricing (check the spelling: ids are kebab-case, service first, unit last)';
  return new Error(`Unknown ${kind} "${id}" in ${region}: ${hint}`);
}

/** A price for (id, region); a `global` entry answers for every Region. Throws if missing. */
export function price(id: string, region: string = DEFAULT_REGION): PriceItem {
  const item = findItem(id, region);
  if (item?.kind !== 'price') throw unknown('price', id, region);
  return item;
}

/** A limit or dated fact for (id, region); a `global` entry answers for every Region. Throws if missing. */
export function limit(id: string, region: string = DEFAULT_REGION): LimitItem {
  const item = findItem(id, region);
  if (item?.kind !== 'limit') throw unknown('limit', id, region);
  return item;
}

export function priceValue(id: string, region: string = DEFAULT_REGION): number {
  return price(id, region).value;
}

/** A numeric limit; throws if the fact is a date. */
export function limitNumber(id: string, region: string = DEFAULT_REGION): number {
  const { value } = limit(id, region);
  if (typeof value !== 'number') throw new Error(`Limit "${id}" is a date (${value}), not a number`);
  return value;
}

/** A dated fact (YYYY-MM-DD); throws if the fact is a number. */
export function limitDate(id: string, region: string = DEFAULT_REGION): string {
  const { value } = limit(id, region);
  if (typeof value !== 'string') throw new Error(`Limit "${id}" is a number (${value}), not a date`);
  return value;
}

/**
 * The price for `region` if the data has one, else the us-east-1 price with
 * `exact: false`, so the cost model can say which figures are borrowed.
 */
export function regionalPrice(id: string, region: string): { item: PriceItem; exact: boolean } {
  const item = findItem(id, region);
  if (item?.kind === 'price') return { item, exact: true };
  return { item: price(id, DEFAULT_REGION), exact: false };
}

/** All items, file by file, in file order. */
export function allItems(): readonly PricingItem[] {
  return fileList.flatMap((file) => file.items);
}

/** The files themselves (title, summary, items), for the sources page. */
export function pricingFiles(): readonly { id: string; file: PricingFile }[] {
  return [...files].map(([id, file]) => ({ id, file }));
}

const modelList: readonly ModelInfo[] = fileList.flatMap((file) => file.models ?? []);

export function allModels(): readonly ModelInfo[] {
  return modelList;
}

export function modelInfo(id: string): ModelInfo {
  const info = modelList.find((m) => m.id === id);
  if (!info) throw new Error(`Unknown model "${id}": known models are ${modelList.map((m) => m.id).join(', ')}`);
  return info;
}

const lists = new Map(fileList.flatMap((file) => (file.lists ?? []).map((l) => [l.id, l] as const)));

/** A sourced list (the Regions where a service runs, ...); throws on an unknown id. */
export function sourcedList(id: string): SourcedList {
  const found = lists.get(id);
  if (!found) throw new Error(`Unknown list "${id}" in content/pricing: known lists are ${[...lists.keys()].join(', ')}`);
  return found;
}

/** The task sizes Fargate accepts, with their source. */
export function fargateTaskSizeData(): TaskSizes {
  const sizes = fileList.find((file) => file.taskSizes)?.taskSizes;
  if (!sizes) throw new Error('No file in content/pricing has taskSizes');
  return sizes;
}

/**
 * The oldest and newest day any figure was checked against its source. The data set is only
 * as fresh as its stalest figure, so pages say both rather than the newest alone.
 */
export function checkedRange(): { oldest: string; newest: string } {
  const days = [
    ...allItems().map((i) => i.checked),
    ...modelList.map((m) => m.checked),
    ...[...lists.values()].map((l) => l.checked),
    ...fileList.flatMap((file) => (file.taskSizes ? [file.taskSizes.checked] : [])),
  ].sort();
  return { oldest: days[0]!, newest: days[days.length - 1]! };
}
