import { useMemo, useState } from 'preact/hooks';
import calculatorCss from '../styles/calculators.css?url';
import { estimate } from '../lib/cost/estimate.ts';
import { defaultScenario } from '../lib/cost/scenario.ts';
import { getPreset, type Preset } from '../lib/scenarios.ts';
import { withBase } from '../lib/site/navigation.ts';
import { CostChart } from './ui/CostChart.tsx';
import { ExportBar } from './ui/ExportBar.tsx';
import { CalculatorFrame } from './ui/CalculatorFrame.tsx';
import { IssueSummary } from './ui/IssueSummary.tsx';
import { LineTable } from './ui/LineTable.tsx';
import { OptionCards } from './ui/OptionCards.tsx';
import { PrintSummary } from './ui/PrintSummary.tsx';
import { ScenarioFields } from './ui/ScenarioForm.tsx';
import { useGoToField, useHydrated } from './ui/hooks.ts';
import { TotalsBar } from './ui/TotalsBar.tsx';
import { calculatorUrl } from './ui/share.ts';
import { useCalculatorStyles } from './ui/stylesheet.ts';
import { stateFromScenario, useScenarioForm, type ScenarioForm } from './ui/use-scenario-form.ts';

export interface CostCalculatorProps {
  /**
   * `page`: /calculators/cost/ (reads and writes its address); `embed`: the same in an
   * iframe; `chapter`: inside a guide chapter (starts from `preset`, never touches
   * the chapter's address, links to the full calculator instead).
   */
  variant: 'page' | 'embed' | 'chapter';
  /** A content/scenarios id (chapters). */
  preset?: string | undefined;
  /** Prefix for every id in the island, unique on the page. */
  uid: string;
}

export const costCalculatorPath = (): string => withBase(import.meta.env.BASE_URL, 'calculators/cost/');

export default function CostCalculator({ variant, preset, uid }: CostCalculatorProps) {
  const presetObj = preset === undefined ? undefined : getPreset(preset);
  const base = presetObj?.scenario ?? defaultScenario;
  const chapter = variant === 'chapter';
  const form = useScenarioForm(base, { readUrl: !chapter, writeUrl: !chapter });
  const est = useMemo(() => estimate(form.scenario), [form.scenario]);
  const path = costCalculatorPath();
  const href = `${path}${form.query ? `?${form.query}` : ''}`;
  if (chapter && presetObj) return <ChapterView uid={uid} preset={presetObj} form={form} est={est} href={href} />;
  return <FullView uid={uid} form={form} est={est} path={path} href={href} embed={variant === 'embed'} />;
}

interface ViewProps {
  uid: string;
  form: ScenarioForm;
  est: ReturnType<typeof estimate>;
  href: string;
}

function FullView({ uid, form, est, path, href, embed }: ViewProps & { path: string; embed: boolean }) {
  return (
    <CalculatorFrame
      uid={uid}
      calculator="cost"
      form={form}
      path={path}
      href={href}
      embed={embed}
      shownWithoutJs="figures"
      formFooter={<TotalsBar est={est} />}
      results={
        <section class="calc-results" aria-labelledby={`${uid}-results-title`}>
          <h2 id={`${uid}-results-title`}>Monthly cost</h2>
          <p class="calc-results-lede">
            US dollars for a 730-hour month at on-demand prices. Open a line's formula to see the numbers and the dated source of
            each price.
          </p>
          <OptionCards uid={uid} est={est} level={3} />
        </section>
      }
    >
      <CostChart uid={uid} est={est} level={2} />
      <section class="calc-line-section" aria-labelledby={`${uid}-lines-title`}>
        <h2 id={`${uid}-lines-title`}>Line by line</h2>
        <PrintSummary scenario={form.scenario} url={href} />
        <LineTable est={est} contract={false} caption="Monthly cost in USD, one row per cost line" />
      </section>
      <ExportBar uid={uid} est={est} level={2} url={() => calculatorUrl(path, form.query)} />
    </CalculatorFrame>
  );
}

function ChapterView({ uid, preset, form, est, href }: ViewProps & { preset: Preset }) {
  const hydrated = useHydrated();
  const styled = useCalculatorStyles(calculatorCss);
  const [open, setOpen] = useState(false);
  const { openGroups, toggle, goTo } = useGoToField(uid);
  const changed = form.query !== preset.query;
  const formId = `${uid}-form`;
  const ready = hydrated && styled;
  return (
    <section class="calc calc-chapter" id={uid} data-calculator="cost" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} class="calc-chapter-title">
        Cost calculator: {preset.title}
      </h3>
      <p class="calc-chapter-lede">
        {changed ? 'Your inputs, changed from this scenario. ' : `${preset.summary} `}
        Monthly cost in US dollars (730-hour month).
      </p>
      <LineTable est={est} contract caption={`Monthly cost in USD: ${changed ? 'your inputs' : preset.title}`} />
      <p class="calc-chapter-actions">
        {ready && (
          <button type="button" class="calc-button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
            {open ? 'Hide the inputs' : 'Change the inputs'}
          </button>
        )}
        {ready && changed && (
          <button type="button" class="calc-button calc-button-quiet" onClick={() => form.replace(stateFromScenario(preset.scenario))}>
            Back to the scenario
          </button>
        )}
        <a class="calc-full-link" href={href}>
          Open {changed ? 'your inputs' : 'this scenario'} in the full calculator
        </a>
      </p>
      {ready && (
        <div id={formId} class="calc-chapter-form" hidden={!open}>
          {open && (
            <>
              <IssueSummary uid={uid} level={4} messages={form.messages} ignored={form.state.ignored} onGo={goTo} />
              <form noValidate aria-label="Scenario inputs" onSubmit={(e) => e.preventDefault()}>
                <ScenarioFields uid={uid} raw={form.state.raw} messages={form.messages} onEdit={form.edit} openGroups={openGroups} onToggleGroup={toggle} />
                <TotalsBar est={est} />
              </form>
            </>
          )}
        </div>
      )}
    </section>
  );
}
