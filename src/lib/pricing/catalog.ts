import type {
  LimitItem,
  ModelInfo,
  PriceItem,
  PricingFile,
  PricingItem,
  SourcedList,
  TaskSizes,
} from '../../schemas/pricing.ts';
import agentcore from '../../../content/pricing/agentcore.json' with { type: 'json' };
import bedrockAgents from '../../../content/pricing/bedrock-agents.json' with { type: 'json' };
import fargate from '../../../content/pricing/fargate.json' with { type: 'json' };
import lambda from '../../../content/pricing/lambda.json' with { type: 'json' };
import models from '../../../content/pricing/models.json' with { type: 'json' };
import networking from '../../../content/pricing/networking.json' with { type: 'json' };
import retrieval from '../../../content/pricing/retrieval.json' with { type: 'json' };
import { describeDuplicates, findDuplicateKeys } from './duplicates.ts';

/**
 * Every dated, sourced figure, read straight from `content/pricing/*.json`.
 * The files are validated by the content collection (build) and by
 * tests/unit/pricing/data.test.ts; here they are only typed and indexed.
 * Lookups THROW on an unknown id so a typo in a chapter or component fails the build.
 */

export const DEFAULT_REGION = 'us-east-1';
/** Region value for figures that do not depend on the Region. */
export const GLOBAL_REGION = 'global';

/** File ids, in the order the sources page lists them. A new file must be added here (a test checks). */
export const pricingFileIds = [
  'agentcore',
  'bedrock-agents',
  'models',
  'fargate',
  'retrieval',
  'networking',
  'lambda',
] as const;
export type PricingFileId = (typeof pricingFileIds)[number];

// The JSON's inferred types widen literals (kind: string); the schema guarantees the rest.
const files: Record<PricingFileId, PricingFile> = {
  agentcore: agentcore as unknown as PricingFile,
  'bedrock-agents': bedrockAgents as unknown as PricingFile,
  models: models as unknown as PricingFile,
  fargate: fargate as unknown as PricingFile,
  retrieval: retrieval as unknown as PricingFile,
  networking: networking as unknown as PricingFile,
  lambda: lambda as unknown as PricingFile,
};

const duplicates = findDuplicateKeys(
  pricingFileIds.map((id) => ({ file: `${id}.json`, items: files[id].items })),
);
if (duplicates.length > 0) {
  throw new Error(`content/pricing: duplicate (id, region) keys: ${describeDuplicates(duplicates)}`);
}

const byKey = new Map<string, PricingItem>();
const regionsById = new Map<string, string[]>();
for (const id of pricingFileIds) {
  for (const item of files[id].items) {
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

/** The item for (id, region), else the Region-independent (`global`) one, else undefined. */
export function findItem(id: string, region: string = DEFAULT_REGION): PricingItem | undefined {
  return byKey.get(`${id}@${region}`) ?? byKey.get(`${id}@${GLOBAL_REGION}`);
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

/** Regions in which an id is defined (empty for unknown ids). */
export function regionsOf(id: string): readonly string[] {
  return regionsById.get(id) ?? [];
}

/** All items, file by file, in file order. */
export function allItems(): readonly PricingItem[] {
  return pricingFileIds.flatMap((id) => files[id].items);
}

/** The files themselves (title, summary, items), for the sources page. */
export function pricingFiles(): readonly { id: PricingFileId; file: PricingFile }[] {
  return pricingFileIds.map((id) => ({ id, file: files[id] }));
}

const modelList: readonly ModelInfo[] = files.models.models ?? [];

export function allModels(): readonly ModelInfo[] {
  return modelList;
}

export function modelInfo(id: string): ModelInfo {
  const info = modelList.find((m) => m.id === id);
  if (!info) throw new Error(`Unknown model "${id}": known models are ${modelList.map((m) => m.id).join(', ')}`);
  return info;
}

const lists = new Map(pricingFileIds.flatMap((id) => (files[id].lists ?? []).map((l) => [l.id, l] as const)));

/** A sourced list (the Regions where a service runs, ...); throws on an unknown id. */
export function sourcedList(id: string): SourcedList {
  const found = lists.get(id);
  if (!found) throw new Error(`Unknown list "${id}" in content/pricing: known lists are ${[...lists.keys()].join(', ')}`);
  return found;
}

/** The task sizes Fargate accepts, with their source. */
export function fargateTaskSizeData(): TaskSizes {
  const sizes = files.fargate.taskSizes;
  if (!sizes) throw new Error('content/pricing/fargate.json has no taskSizes');
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
    ...(files.fargate.taskSizes ? [files.fargate.taskSizes.checked] : []),
  ].sort();
  return { oldest: days[0]!, newest: days[days.length - 1]! };
}
