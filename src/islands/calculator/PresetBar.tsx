import type { Preset } from '../../lib/scenarios.ts';

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
 * work without JavaScript too; with it, they apply in place.
 */
export function PresetBar({ uid, presets, active, path, onPreset, onReset }: Props) {
  const labelId = `${uid}-presets-label`;
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
            <strong>{active.title}.</strong> {active.summary}
          </p>
          {active.note && (
            <p>
              <strong>{active.id === 'seed-example' ? 'What the seed post got wrong: ' : 'Note: '}</strong>
              {active.note}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
