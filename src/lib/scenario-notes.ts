import type { ScenarioPreset } from '../schemas/scenario.ts';
import { byFileName } from './content/files.ts';

/**
 * What each named scenario says about itself: a summary of the workload and, for some, a note
 * (what the source got wrong, which figures are assumptions). Server only: the calculators show
 * them for one preset at a time, so the browser fetches them from /scenario-notes.json
 * (src/pages/scenario-notes.json.ts) instead of carrying every preset's sentences in its
 * JavaScript. Names and inputs, which the browser needs, are in ./scenarios.ts.
 */
export type PresetNote = Pick<ScenarioPreset, 'summary' | 'note'>;

/** By preset id, as /scenario-notes.json serves them. */
export type PresetNotes = Readonly<Record<string, PresetNote>>;

const files = byFileName(import.meta.glob<ScenarioPreset>('../../content/scenarios/*.json', { eager: true, import: 'default' }));

/** Throws on an unknown id, as getPreset does. */
export function presetNote(id: string): PresetNote {
  const file = files.get(id);
  if (!file) throw new Error(`Unknown scenario preset "${id}"; known presets: ${[...files.keys()].join(', ')}`);
  return file.note === undefined ? { summary: file.summary } : { summary: file.summary, note: file.note };
}

export function allPresetNotes(): PresetNotes {
  return Object.fromEntries([...files.keys()].map((id) => [id, presetNote(id)]));
}
