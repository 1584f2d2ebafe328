import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';

/**
 * The calculators run the cost model in the browser, and the model reads every
 * file in content/pricing/. Those files carry long notes, second sources and file
 * summaries that only the sources page shows (about 40% of their weight gzipped).
 * This integration gives the browser bundle the same files without those fields,
 * at build time, so content/pricing/ stays the single source of truth and server
 * rendering (the sources page, the chapters) still sees everything.
 */

const PRICING_JSON = /[\\/]content[\\/]pricing[\\/][^\\/]+\.json$/;

type Json = Record<string, unknown>;

function without(obj: Json, keys: readonly string[]): Json {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
}

/**
 * Keeps what the cost model, the formulas and the check dates read: ids, values, units and the
 * days figures were checked (not the Price List selectors); for models, lists and task sizes,
 * what the model and the check dates need. Each figure's label, source and source date load on
 * demand from /price-citations.json (src/pages/price-citations.json.ts).
 */
export function slimPricingFile(file: Json): Json {
  const out: Json = {};
  const items = file['items'];
  if (Array.isArray(items)) {
    out['items'] = items
      .filter((item: Json) => item['calculators'] !== false)
      // priceList selectors are for `npm run prices:check` only; the browser never reads them.
      .map((item: Json) =>
        without(item, ['label', 'source', 'sourceDate', 'note', 'moreSources', 'confidence', 'calculators', 'priceList']),
      );
  }
  const models = file['models'];
  if (Array.isArray(models)) {
    out['models'] = models.map((m: Json) =>
      without(m, ['source', 'sourceDate', 'confidence', 'bedrockModelId', 'released', 'legacySince', 'deprecatedSince']),
    );
  }
  const lists = file['lists'];
  if (Array.isArray(lists))
    out['lists'] = lists.map((l: Json) => without(l, ['note', 'moreSources', 'source', 'sourceDate', 'label', 'unit']));
  const sizes = file['taskSizes'];
  if (sizes && typeof sizes === 'object') out['taskSizes'] = without(sizes as Json, ['note', 'source', 'sourceDate', 'confidence']);
  return out;
}

/**
 * The Vite plugin that serves the slim files. `everywhere` applies it to every environment,
 * for tests that must see what the browser sees; the build applies it to the client only.
 */
export function slimPricingPlugin({ everywhere = false } = {}): Plugin {
  return {
    name: 'agent-deploy-guide:slim-pricing',
    enforce: 'pre',
    applyToEnvironment: (env) => everywhere || env.name === 'client',
    async load(id) {
      const path = id.split('?')[0] ?? id;
      if (!PRICING_JSON.test(path)) return null;
      const file = JSON.parse(await readFile(path, 'utf8')) as Json;
      return JSON.stringify(slimPricingFile(file));
    },
  };
}

export default function slimPricing(): AstroIntegration {
  return {
    name: 'agent-deploy-guide:slim-pricing',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [slimPricingPlugin()] } });
      },
    },
  };
}
