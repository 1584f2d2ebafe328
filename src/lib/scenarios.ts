import type { ScenarioPreset } from '../schemas/scenario.ts';
import { parseScenario, presetParamIssues } from './params/validate.ts';
import type { Scenario } from './cost/scenario.ts';
import { encodeScenario } from './params/url-state.ts';
import { byFileName } from './content/files.ts';

/**
 * The named presets in content/scenarios/, turned into Scenarios by the same
 * validator as URLs and forms. A preset the validator would correct throws here,
 * at import, so the build fails instead of showing silently adjusted figures.
 *
 * The calculators run this module in the browser, so it takes only each file's `title` and
 * `params` (the JSON plugin's named exports; the rest is left out of the bundle). The summary
 * and note are read by the server from ./scenario-notes.ts and fetched as /scenario-notes.json.
 */

// Every file in the folder: a new preset needs no code change.
const titles = byFileName(import.meta.glob<ScenarioPreset['title']>('../../content/scenarios/*.json', { eager: true, import: 'title' }));
const params = byFileName(import.meta.glob<ScenarioPreset['params']>('../../content/scenarios/*.json', { eager: true, import: 'params' }));

/** The preset ids (file names without `.json`), in name order. */
export const presetIds: readonly string[] = [...titles.keys()];

/** What the browser has of a preset: its name and inputs (the summary and note are fetched). */
export interface Preset {
  id: string;
  /** Shown as the preset's name in calculators and links. */
  title: string;
  scenario: Scenario;
  /** Query string for the calculators ("requests_per_day=...&..."), non-default values only. */
  query: string;
}

function load(id: string, title: string, values: ScenarioPreset['params'] = {}): Preset {
  const problems = presetParamIssues(values);
  if (problems.length > 0) {
    throw new Error(`content/scenarios/${id}.json is not a valid scenario: ${problems.map((p) => `${p.param}: ${p.message}`).join(' ')}`);
  }
  const { scenario } = parseScenario(values);
  return { id, title, scenario, query: encodeScenario(scenario) };
}

const presets = new Map([...titles].map(([id, title]) => [id, load(id, title, params.get(id))]));

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
