import { allPresetNotes } from '../lib/scenario-notes.ts';

/** Every named scenario's summary and note by preset id, fetched by the full calculators when a preset is active. */
export function GET(): Response {
  return Response.json(allPresetNotes());
}
