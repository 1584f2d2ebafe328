import { getCollection } from 'astro:content';
import { defaultScenario } from '../../lib/cost/scenario.ts';
import { allPresets } from '../../lib/scenarios.ts';
import type { CardSources } from '../../lib/site/link-cards.ts';

/** What the link cards are made from: the chapters, the calculators' default scenario and the named scenarios. */
export async function linkCardSources(): Promise<CardSources> {
  return { chapters: await getCollection('guides'), defaultScenario, presets: allPresets() };
}
