import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import calculatorCss from '../../styles/calculators.css?url';
import type { Preset } from '../../lib/scenarios.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { ScenarioFields } from './ScenarioForm.tsx';
import { useGoToField, useHydrated } from '../shared/hooks.ts';
import { useCalculatorStyles } from '../shared/stylesheet.ts';
import { useSiteData } from '../shared/site-data.ts';
import type { FieldHints } from '../../lib/params/field-hints.ts';
import { stateFromScenario, type ScenarioForm } from './use-scenario-form.ts';

interface Props {
  uid: string;
  /** The `data-calculator` value. */
  calculator: 'cost' | 'break-even';
  preset: Preset;
  form: ScenarioForm;
  /** The full calculator with the current inputs. */
  href: string;
  /** The box's heading; `changed` is true once the reader has edited the preset's inputs. */
  heading: (changed: boolean) => string;
  /** Said after "Open … in the full calculator" (what the full page adds). */
  fullLinkMore?: string;
  /** Shown under the inputs once they are open (the cost calculator's running totals). */
  formFooter?: ComponentChildren;
  /** The results, rendered at build time for the preset and live afterwards. */
  children: (changed: boolean) => ComponentChildren;
}

/**
 * What both calculators look like inside a chapter: the preset's results, rendered at build
 * time, with its inputs one button away once the island is ready (hydrated and styled), a way
 * back to the preset, and a link to the full calculator. It never touches the chapter's address.
 */
export function ChapterFrame({ uid, calculator, preset, form, href, heading, fullLinkMore = '', formFooter, children }: Props) {
  const hydrated = useHydrated();
  const styled = useCalculatorStyles(calculatorCss);
  const [open, setOpen] = useState(false);
  const { openGroups, toggle, goTo } = useGoToField(uid);
  // The browser builds this form, so its hints come as data (see ScenarioFields).
  const hints = useSiteData<FieldHints>('field-hints.json', open);
  const changed = form.query !== preset.query;
  const formId = `${uid}-form`;
  const ready = hydrated && styled;
  return (
    <section class="calc calc-chapter" id={uid} data-calculator={calculator} aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} class="calc-chapter-title">
        {heading(changed)}
      </h3>
      {children(changed)}
      <p class="calc-chapter-actions">
        {ready && (
          <button type="button" class="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
            {open ? 'Hide the inputs' : 'Change the inputs'}
          </button>
        )}
        {ready && changed && (
          <button type="button" class="button button-quiet" onClick={() => form.replace(stateFromScenario(preset.scenario))}>
            Back to the scenario
          </button>
        )}
        <a class="calc-full-link" href={href}>
          Open {changed ? 'your inputs' : 'this scenario'} in the full calculator{fullLinkMore}
        </a>
      </p>
      {ready && (
        <div id={formId} class="calc-chapter-form" hidden={!open}>
          {open && (
            <>
              <IssueSummary
                uid={uid}
                level={4}
                messages={form.messages}
                fromLink={form.state.fromLink}
                ignored={form.state.ignored}
                onGo={goTo}
              />
              <form noValidate aria-label="Scenario inputs" onSubmit={(e) => e.preventDefault()}>
                <ScenarioFields
                  uid={uid}
                  raw={form.state.raw}
                  messages={form.messages}
                  warnings={form.warnings}
                  onEdit={form.edit}
                  openGroups={openGroups}
                  onToggleGroup={toggle}
                  hints={hints ?? {}}
                />
                {formFooter}
              </form>
            </>
          )}
        </div>
      )}
    </section>
  );
}
