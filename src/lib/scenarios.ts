import type { ScenarioPreset } from '../schemas/scenario.ts';
import burstyBatch from '../../content/scenarios/bursty-batch.json' with { type: 'json' };
import caseStudyResearchPipeline from '../../content/scenarios/case-study-research-pipeline.json' with { type: 'json' };
import caseStudySupportBot from '../../content/scenarios/case-study-support-bot.json' with { type: 'json' };
import seedExample from '../../content/scenarios/seed-example.json' with { type: 'json' };
import steadyPipeline from '../../content/scenarios/steady-pipeline.json' with { type: 'json' };
import supportBotBusinessHours from '../../content/scenarios/support-bot-business-hours.json' with { type: 'json' };
import supportBotBusinessHoursWarm from '../../content/scenarios/support-bot-business-hours-warm.json' with { type: 'json' };
import { estimateOption, lineUsd } from './cost/estimate.ts';
import type { OptionId, Scenario } from './cost/scenario.ts';
import { parseScenario } from './params/validate.ts';
import { encodeScenario } from './params/url-state.ts';

/**
 * The named presets in content/scenarios/, turned into Scenarios by the same
 * validator as URLs and forms. A preset the validator would correct throws here,
 * at import, so the build fails instead of showing silently adjusted figures.
 */

/** A new preset file must be added here too (a test checks the folder). */
export const presetIds = [
  'seed-example',
  'support-bot-business-hours',
  'support-bot-business-hours-warm',
  'steady-pipeline',
  'bursty-batch',
  'case-study-support-bot',
  'case-study-research-pipeline',
] as const;
export type PresetId = (typeof presetIds)[number];

export interface Preset extends ScenarioPreset {
  id: PresetId;
  scenario: Scenario;
  /** Query string for the calculators ("requests_per_day=...&..."), non-default values only. */
  query: string;
}

const raw: Record<PresetId, ScenarioPreset> = {
  'seed-example': seedExample,
  'support-bot-business-hours': supportBotBusinessHours,
  'support-bot-business-hours-warm': supportBotBusinessHoursWarm,
  'steady-pipeline': steadyPipeline,
  'bursty-batch': burstyBatch,
  'case-study-support-bot': caseStudySupportBot,
  'case-study-research-pipeline': caseStudyResearchPipeline,
};

function load(id: PresetId): Preset {
  const file = raw[id];
  const { scenario, issues, warnings, ignored } = parseScenario(file.params);
  if (issues.length > 0 || warnings.length > 0 || ignored.length > 0) {
    const problems = [...[...issues, ...warnings].map((i) => `${i.field}: ${i.message}`), ...ignored.map((p) => `unknown parameter "${p}"`)];
    throw new Error(`content/scenarios/${id}.json is not a valid scenario: ${problems.join(' ')}`);
  }
  return { ...file, id, scenario, query: encodeScenario(scenario) };
}

const presets: Record<PresetId, Preset> = Object.fromEntries(presetIds.map((id) => [id, load(id)])) as Record<
  PresetId,
  Preset
>;

export function isPresetId(id: string): id is PresetId {
  return (presetIds as readonly string[]).includes(id);
}

/** Throws on an unknown id, so a typo in a chapter fails the build. */
export function getPreset(id: string): Preset {
  if (!isPresetId(id)) throw new Error(`Unknown scenario preset "${id}"; known presets: ${presetIds.join(', ')}`);
  return presets[id];
}

export function allPresets(): readonly Preset[] {
  return presetIds.map((id) => presets[id]);
}

/** Monthly USD of one line (or `total`) of one option for a preset: what `<Estimate>` shows. */
export function presetLineUsd(id: string, option: OptionId, line = 'total'): number {
  return lineUsd(estimateOption(getPreset(id).scenario, option), line);
}
