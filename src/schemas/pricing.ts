import { z } from 'astro/zod';

/**
 * One file in `content/pricing/`: a group of dated, sourced prices and limits.
 * Every figure on the site comes from these files, so the schema is strict: an
 * unknown key, a missing source or a missing date fails the build and names the file.
 *
 * `src/lib` reads the same JSON without Zod (it must stay out of the browser bundle),
 * so nothing here may rely on defaults or transforms: what the file says is what
 * the cost model sees.
 */

/**
 * How sure we are of a figure. `derived` = arithmetic on other figures, explained in `note`;
 * `unverified` = no source we could read states it (kept because nothing better exists; the
 * note says what was tried).
 */
export const confidenceLevels = ['high', 'medium', 'low', 'derived', 'unverified'] as const;
/**
 * A model's state on Amazon Bedrock: `current`; `legacy` (superseded, still callable, an end
 * date may follow); `deprecated` (scheduled for retirement or retired by its maker elsewhere);
 * `end-of-life` (calls fail: the calculator computes with its last price and says so).
 */
export const modelStatuses = ['current', 'legacy', 'deprecated', 'end-of-life'] as const;
export const inferenceProfiles = ['global', 'geo'] as const;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lowercase letters, digits and single hyphens');

/** An AWS Region code, or `global` for figures that do not depend on the Region. */
const region = z.string().regex(/^(?:global|[a-z]{2}(?:-gov)?-[a-z]+-\d)$/, 'region must be an AWS Region code (us-east-1) or "global"');

/** YYYY-MM-DD and a real calendar day. */
const isoDay = z.iso.date({
  error: (issue) => (issue.input === undefined ? 'a date is required (YYYY-MM-DD)' : 'dates are YYYY-MM-DD'),
});

export const sourceSchema = z.strictObject(
  {
    /** Public address of the page, file or document the figure was read from (https only). */
    url: z.url({ protocol: /^https$/, error: 'source.url must be an https URL' }),
    /** Human title shown next to the figure. */
    title: z.string().min(3),
  },
  { error: (issue) => (issue.input === undefined ? 'a source is required: { "url": "https://...", "title": "..." }' : undefined) },
);

const itemBase = {
  id: kebabId,
  /** Key is (id, region). Most figures exist only for us-east-1. */
  region,
  /** Human unit, e.g. "USD per vCPU-hour", "seconds", "date". */
  unit: z.string().min(1),
  /**
   * Short human name shown in tables and popovers. Like `source` and `sourceDate`, left out of
   * the calculators' browser bundle, which loads it from /price-citations.json when needed.
   */
  label: z.string().min(3),
  /** The source the value was read from. Required: an unsourced figure fails the build. */
  source: sourceSchema,
  /** Further sources that agree or add context. */
  moreSources: z.array(sourceSchema).min(1).optional(),
  /** The day we last verified the figure against its source (YYYY-MM-DD). Required. */
  checked: isoDay,
  /**
   * The date the source itself states (its publication, "last updated" line or commit), or
   * absent when the source is undated. Never the day we read it: that is `checked`.
   */
  sourceDate: isoDay.optional(),
  confidence: z.enum(confidenceLevels),
  /** Caveats, conflicts between sources, or how a derived figure was computed. */
  note: z.string().min(3).optional(),
  /**
   * `false` for a figure only the chapters cite: the calculators' browser bundle leaves it out.
   * The island tests run on that bundle's data, so a figure the calculators do read fails them.
   */
  calculators: z.literal(false).optional(),
};

/**
 * Where the AWS Price List Bulk API publishes a price, so `npm run prices:check` can compare it
 * and `npm run prices:update` can refresh it. The entry's Region picks the regional offer file
 * (`/offers/v1.0/aws/<offer>/current/<region>/index.json`); the selector must match exactly one
 * product in it, since a match on two could silently pick the wrong one (Windows beside Linux,
 * Spot beside on-demand). A price without a selector is checked by hand.
 */
export const priceListSelectorSchema = z.strictObject({
  /** The offer code (service) as the Price List spells it: `AmazonECS`, `AWSELB`, `AmazonEC2`. */
  offer: z.string().regex(/^[A-Za-z0-9]+$/, 'priceList.offer is an offer code such as AmazonECS'),
  /**
   * The product's top-level `productFamily` (`Load Balancer-Application`), when `attributes` alone
   * would also match another family: ALB, NLB and Classic share the `LoadBalancerUsage` usagetype.
   */
  productFamily: z.string().min(1).optional(),
  /**
   * Exact (case-sensitive) equality on `product.attributes`, never a substring: the ARM, Windows,
   * Spot and ephemeral-storage usagetypes contain the x86 one. Usually `usagetype` alone, whose
   * Region prefix is the Region's billing code (`USE1-`, `EU-`, `APS3-`, or none for older offers
   * in us-east-1). Products that carry `regionCode` must also be in the entry's Region.
   */
  attributes: z
    .record(z.string().min(1), z.string())
    .refine((a) => Object.keys(a).length > 0, 'priceList.attributes needs at least one attribute'),
  /** The priceDimension `unit` expected (`hours`, `Hrs`, `1K tokens`): a different unit is an error, not a new price. */
  unit: z.string().min(1).optional(),
  /**
   * How to pick among several price dimensions (tiers) of the product. Absent: the product must
   * have exactly one. `first-paid`: the lowest `beginRange` with a price above zero (the paid rate
   * after a free band; Lambda's first tier).
   */
  tier: z.literal('first-paid').optional(),
  /**
   * Multiply the Price List price by this to get `value` when the units differ, e.g. 1000 for a
   * value per 1M tokens from a price per `1K tokens`, 1000000 for per 1M requests. Default 1.
   */
  factor: z.number().positive().optional(),
});

export const priceItemSchema = z.strictObject({
  kind: z.literal('price'),
  ...itemBase,
  /** Always a number, in the unit given (USD unless the unit says percent). */
  value: z.number().nonnegative(),
  /** Where the AWS Price List publishes this price; absent for prices checked by hand. */
  priceList: priceListSelectorSchema.optional(),
});

export const limitItemSchema = z.strictObject({
  kind: z.literal('limit'),
  ...itemBase,
  /** A number, or a YYYY-MM-DD date for dated facts (then `unit` is "date"). */
  value: z.union([z.number(), isoDay]),
});

export const pricingItemSchema = z.discriminatedUnion('kind', [priceItemSchema, limitItemSchema]).superRefine((item, ctx) => {
  const isDate = typeof item.value === 'string';
  if (isDate !== (item.unit === 'date')) {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: `${item.id}: unit must be "date" exactly when the value is a date`,
    });
  }
  if ((item.confidence === 'derived' || item.confidence === 'low') && item.note === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `${item.id} (${item.region}): ${item.confidence} figures need a note saying how they were derived or what to re-check`,
    });
  }
});

/** Lifecycle and profile facts for a model whose prices live in the same file. */
export const modelInfoSchema = z
  .strictObject({
    id: kebabId,
    /** Display name, e.g. "Claude Sonnet 5". */
    name: z.string().min(2),
    provider: z.string().min(2),
    status: z.enum(modelStatuses),
    /** Lifecycle dates on Bedrock, each when a source gives it (YYYY-MM-DD). */
    released: isoDay.optional(),
    legacySince: isoDay.optional(),
    deprecatedSince: isoDay.optional(),
    /** The day calls stop working (past for `end-of-life`, announced for the others). */
    endOfLife: isoDay.optional(),
    /** Inference profiles priced for this model; each needs `<id>-<profile>-input` and `-output` prices. */
    profiles: z.array(z.enum(inferenceProfiles)).min(1),
    /** The model ID as AWS documents it (`anthropic.claude-sonnet-5-5`), for code sketches. */
    bedrockModelId: z.string().min(3).optional(),
    /** Why the status is what it is (dates, replacement), in one or two sentences. */
    statusNote: z.string().min(3),
    /** The model to move to (required once a model is legacy, deprecated or past end of life). */
    replacedBy: kebabId.optional(),
    source: sourceSchema,
    checked: isoDay,
    sourceDate: isoDay.optional(),
    confidence: z.enum(confidenceLevels),
  })
  .superRefine((model, ctx) => {
    if (model.status !== 'current' && model.replacedBy === undefined) {
      ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: `${model.id} is ${model.status}: name the model that replaces it` });
    }
    if (model.status === 'end-of-life' && model.endOfLife === undefined) {
      ctx.addIssue({ code: 'custom', path: ['endOfLife'], message: `${model.id} is past end of life: give the date (endOfLife)` });
    }
  });

/** A named list of values, sourced like a figure: the Regions where a service runs, for example. */
export const listSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(3),
  /** What each value is, e.g. "AWS Region codes". */
  unit: z.string().min(1),
  values: z.array(z.string().min(1)).min(1),
  source: sourceSchema,
  moreSources: z.array(sourceSchema).min(1).optional(),
  checked: isoDay,
  sourceDate: isoDay.optional(),
  confidence: z.enum(confidenceLevels),
  note: z.string().min(3).optional(),
});

/**
 * The task sizes Fargate accepts (Linux): each vCPU size with its memory sizes, either listed
 * or as a range with a step.
 */
export const taskSizeSchema = z.union([
  z.strictObject({ vcpu: z.number().positive(), memoryGb: z.array(z.number().positive()).min(1) }),
  z.strictObject({
    vcpu: z.number().positive(),
    fromGb: z.number().positive(),
    toGb: z.number().positive(),
    stepGb: z.number().positive(),
  }),
]);

export const taskSizesSchema = z.strictObject({
  label: z.string().min(3),
  sizes: z.array(taskSizeSchema).min(1),
  source: sourceSchema,
  checked: isoDay,
  sourceDate: isoDay.optional(),
  confidence: z.enum(confidenceLevels),
  note: z.string().min(3).optional(),
});

export const pricingFileSchema = z
  .strictObject({
    /** Heading on the sources page. */
    title: z.string().min(3),
    /** One or two sentences on what the file covers. */
    summary: z.string().min(10),
    /** Only in the models file. */
    models: z.array(modelInfoSchema).min(1).optional(),
    /** Sourced lists (Regions where a service runs, ...). */
    lists: z.array(listSchema).min(1).optional(),
    /** Only in the Fargate file. */
    taskSizes: taskSizesSchema.optional(),
    items: z.array(pricingItemSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, index) => {
      const key = `${item.id}@${item.region}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `duplicate key: ${item.id} in ${item.region} appears twice`,
        });
      }
      seen.add(key);
    });
    const priceIds = new Set(file.items.filter((i) => i.kind === 'price').map((i) => i.id));
    file.models?.forEach((model, index) => {
      for (const profile of model.profiles) {
        for (const side of ['input', 'output']) {
          const id = `${model.id}-${profile}-${side}`;
          if (!priceIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['models', index, 'profiles'],
              message: `${model.id} lists the ${profile} profile but the file has no price "${id}"`,
            });
          }
        }
      }
    });
  });

export type PriceItem = z.infer<typeof priceItemSchema>;
export type PriceListSelector = z.infer<typeof priceListSelectorSchema>;
export type LimitItem = z.infer<typeof limitItemSchema>;
export type PricingItem = PriceItem | LimitItem;
export type ModelInfo = z.infer<typeof modelInfoSchema>;
export type SourcedList = z.infer<typeof listSchema>;
export type TaskSize = z.infer<typeof taskSizeSchema>;
export type TaskSizes = z.infer<typeof taskSizesSchema>;
export type PricingFile = z.infer<typeof pricingFileSchema>;
export type Confidence = (typeof confidenceLevels)[number];
