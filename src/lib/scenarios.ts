import type { ScenarioPreset } from '../schemas/scenario.ts';
import { parseScenario, presetParamIssues } from './params/validate.ts';
import type { Scenario } from './cost/scenario.ts';
import { encodeScenario } from './params/url-state.ts';
import { byFileName } from './content/files.ts';

/**
 * The named presets in content/scenarios/, turned into Scenarios by the same
 * validator as URLs and forms. A preset the validator would correct throws here,
 * at import, so the build fails instead of showing silently adjusted figures.
 */

// Every file in the folder: a new preset needs no code change.
const raw = byFileName(import.meta.glob<ScenarioPreset>('../../content/scenarios/*.json', { eager: true, import: 'default' }));

/** The preset ids (file names without `.json`), in name order. */
export const presetIds: readonly string[] = [...raw.keys()];

export interface Preset extends ScenarioPreset {
  id: string;
  scenario: Scenario;
  /** Query string for the calculators ("requests_per_day=...&..."), non-default values only. */
  query: string;
}

function load(id: string, file: ScenarioPreset): Preset {
  const problems = presetParamIssues(file.params);
  if (problems.length > 0) {
    throw new Error(`content/scenarios/${id}.json is not a valid scenario: ${problems.map((p) => `${p.param}: ${p.message}`).join(' ')}`);
  }
  const { scenario } = parseScenario(file.params);
  return { ...file, id, scenario, query: encodeScenario(scenario) };
}

const presets = new Map([...raw].map(([id, file]) => [id, load(id, file)]));

export function isPresetId(id: string): boolean {
  return presets.has(id);
}

/** Throws on an unknown id, so a typo in a chapter fails the build. */
export function getPreset(id: string): Preset {
  const preset = presets.get(id);
  if (!preset) throw new Error(`Unknown scenario preset "${id}"; known presets: ${presetIds.join(', ')}`);
  return preset;
}

export function allPresets(): readonly Preset[] {
  return [...presets.values()];
}
