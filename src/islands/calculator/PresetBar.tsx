import type { PresetNotes } from '../../lib/scenario-notes.ts';
import type { Preset } from '../../lib/scenarios.ts';
import { useSiteData } from '../shared/site-data.ts';

interface Props {
  uid: string;
  presets: readonly Preset[];
  /** The preset the inputs match exactly, if any. */
  active: Preset | undefined;
  /** Address of the page without parameters (Reset). */
  path: string;
  onPreset: (preset: Preset) => void;
  onReset: () => void;
}

/**
 * Named scenarios and Reset as links (`?preset's query`, the bare page), so they
 * work without JavaScript too; with it, they apply in place. The active preset's summary
 * and note come from /scenario-notes.json, fetched the first time a preset is active:
 * until then (or if it cannot load) its title shows alone.
 */
export function PresetBar({ uid, presets, active, path, onPreset, onReset }: Props) {
  const labelId = `${uid}-presets-label`;
  const notes = useSiteData<PresetNotes>('scenario-notes.json', active !== undefined);
  const text = active && notes?.[active.id];
  return (
    <div class="calc-presets">
      <p class="calc-presets-label" id={labelId}>
        Start from a scenario
      </p>
      <ul class="calc-preset-list" aria-labelledby={labelId}>
        {presets.map((p) => (
          <li key={p.id}>
            <a
              class="calc-chip"
              href={`${path}?${p.query}`}
              aria-current={active?.id === p.id ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onPreset(p);
              }}
            >
              {p.title}
            </a>
          </li>
        ))}
        <li>
          <a
            class="calc-chip calc-chip-reset"
            href={path}
            onClick={(e) => {
              e.preventDefault();
              onReset();
            }}
          >
            Reset to the defaults
          </a>
        </li>
      </ul>
      {active && (
        <div class="calc-preset-note">
          <p>
            <strong>{active.title}.</strong> {text?.summary}
          </p>
          {text?.note && (
            <p>
              <strong>{active.id === 'seed-example' ? 'What the seed post got wrong: ' : 'Note: '}</strong>
              {text.note}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
