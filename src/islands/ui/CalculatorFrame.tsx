import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { defaultScenario } from '../../lib/cost/scenario.ts';
import { allPresets, type Preset } from '../../lib/scenarios.ts';
import { withBase } from '../../lib/site/navigation.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { PresetBar } from './PresetBar.tsx';
import { ScenarioFields } from './ScenarioForm.tsx';
import { useGoToField } from './hooks.ts';
import { stateFromQuery, stateFromScenario, type ScenarioForm } from './use-scenario-form.ts';

/** The presets offered at the top of both full calculators. */
const featured = ['seed-example', 'support-bot-business-hours', 'steady-pipeline', 'bursty-batch'];

interface Props {
  uid: string;
  /** The `data-calculator` value, and the embed view's path segment. */
  calculator: 'cost' | 'break-even';
  form: ScenarioForm;
  /** The full calculator page's path. */
  path: string;
  /** The full page with the current inputs (the embed's way back). */
  href: string;
  embed: boolean;
  /** What the no-JavaScript notice calls the server-rendered output ("figures", "results"). */
  shownWithoutJs: string;
  /** Shown under the form's submit button (the cost calculator's running totals). */
  formFooter?: ComponentChildren;
  /** The column beside the form. */
  results: ComponentChildren;
  /** Full-width sections below the form and results. */
  children?: ComponentChildren;
}

/**
 * What the cost and break-even pages (and their embeds) share: the way back from an embed,
 * the no-JavaScript notice, presets and Reset, the summary of input problems, and the GET
 * form that works without JavaScript.
 */
export function CalculatorFrame({ uid, calculator, form, path, href, embed, shownWithoutJs, formFooter, results, children }: Props) {
  // Presets, Reset and the no-JS form stay on the page they are on (an embed stays in its frame).
  const self = embed ? withBase(import.meta.env.BASE_URL, `embed/${calculator}/`) : path;
  const { openGroups, toggle, goTo } = useGoToField(uid);
  const presets = useMemo(() => allPresets().filter((p) => featured.includes(p.id)), []);
  const active = presets.find((p) => p.query === form.query);
  return (
    <div class="calc" id={uid} data-calculator={calculator}>
      {embed && (
        <p class="calc-embed-link">
          <a href={href} target="_blank" rel="noopener">
            Open these inputs in the full calculator
          </a>{' '}
          (new tab), with the guide that explains each figure.
        </p>
      )}
      <p class="calc-nojs">
        JavaScript is off, so the {shownWithoutJs} below are for the <strong>default scenario</strong>. You can still fill in the
        form: submitting it puts your inputs in the address, to share or to open where JavaScript runs.
      </p>
      <PresetBar
        uid={uid}
        presets={presets}
        active={active}
        path={self}
        onPreset={(p: Preset) => form.replace(stateFromQuery(p.query, defaultScenario))}
        onReset={() => form.replace(stateFromScenario(defaultScenario))}
      />
      <IssueSummary uid={uid} level={2} messages={form.messages} ignored={form.state.ignored} onGo={goTo} />
      <div class="calc-main">
        <form class="calc-form" method="get" action={self} noValidate aria-label="Scenario inputs" onSubmit={(e) => e.preventDefault()}>
          <ScenarioFields uid={uid} raw={form.state.raw} messages={form.messages} warnings={form.warnings} onEdit={form.edit} openGroups={openGroups} onToggleGroup={toggle} />
          <div class="calc-submit">
            <button type="submit" class="calc-button">
              Put these inputs in the address
            </button>
          </div>
          {formFooter}
        </form>
        {results}
      </div>
      {children}
    </div>
  );
}
