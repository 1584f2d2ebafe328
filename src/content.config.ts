import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkedDecisionTreeSchema, checkedScenarioPresetSchema } from './lib/content/checked-schemas.ts';
import { describeDuplicates, findDuplicateKeys } from './lib/pricing/unique-keys.ts';
import { changelogSchema } from './schemas/changelog.ts';
import { guideSchema } from './schemas/guide.ts';
import { priceVersionSchema } from './schemas/price-history.ts';
import { pricingFileSchema, type PricingFile } from './schemas/pricing.ts';

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

/**
 * The schema validates one pricing file at a time; keys are (id, region) across
 * all of them, so after loading, a duplicate anywhere fails the build.
 */
function withUniquePriceKeys(inner: Loader): Loader {
  return {
    name: 'pricing-unique-keys',
    load: async (context) => {
      await inner.load(context);
      const files = context.store.entries().map(([id, entry]) => ({ file: `${id}.json`, items: (entry.data as PricingFile).items }));
      const duplicates = findDuplicateKeys(files);
      if (duplicates.length > 0) {
        throw new Error(`content/pricing: duplicate (id, region) keys: ${describeDuplicates(duplicates)}`);
      }
    },
  };
}

const pricing = defineCollection({
  loader: withUniquePriceKeys(glob({ pattern: '*.json', base: './content/pricing' })),
  schema: pricingFileSchema,
});

const scenarios = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/scenarios' }),
  schema: checkedScenarioPresetSchema,
});

const changelog = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/changelog' }),
  schema: changelogSchema,
});

// The /decide/ walkthrough reads the tree through src/lib/decisions; loading it here makes
// the build fail on a broken tree (dangling, unreachable, cyclic, bad calculator inputs).
const decisions = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/decisions' }),
  schema: checkedDecisionTreeSchema,
});

// One data version per day (written by `npm run prices:update`, or by hand): what changed and
// the value it held before, so the build fails on a malformed version, naming the file.
const priceHistory = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/price-history' }),
  schema: priceVersionSchema,
});

export const collections = { guides, pricing, scenarios, changelog, decisions, priceHistory };
