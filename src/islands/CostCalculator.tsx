import { useMemo, useState } from 'preact/hooks';
import calculatorCss from '../styles/calculators.css?url';
import { estimate } from '../lib/cost/estimate.ts';
import { defaultScenario } from '../lib/cost/scenario.ts';
import { allPresets, getPreset, type Preset } from '../lib/scenarios.ts';
import { withBase } from '../lib/site/navigation.ts';
import { CostChart } from './ui/CostChart.tsx';
import { ExportBar } from './ui/ExportBar.tsx';
import { IssueSummary } from './ui/IssueSummary.tsx';
import { LineTable } from './ui/LineTable.tsx';
import { OptionCards } from './ui/OptionCards.tsx';
import { PresetBar } from './ui/PresetBar.tsx';
import { PrintSummary } from './ui/PrintSummary.tsx';
import { ScenarioFields } from './ui/ScenarioForm.tsx';
import { useGoToField, useHydrated } from './ui/hooks.ts';
import { TotalsBar } from './ui/TotalsBar.tsx';
import { calculatorUrl } from './ui/share.ts';
import { useCalculatorStyles } from './ui/stylesheet.ts';
import { stateFromQuery, stateFromScenario, useScenarioForm, type ScenarioForm } from './ui/use-scenario-form.ts';

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

/** The presets offered at the top of the full calculator. */
const featured = ['seed-example', 'support-bot-business-hours', 'steady-pipeline', 'bursty-batch'];

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
  // Presets, Reset and the no-JS form stay on the page they are on (an embed stays in its frame).
  const self = embed ? withBase(import.meta.env.BASE_URL, 'embed/cost/') : path;
  const { openGroups, toggle, goTo } = useGoToField(uid);
  const presets = useMemo(() => allPresets().filter((p) => featured.includes(p.id)), []);
  const active = presets.find((p) => p.query === form.query);
  return (
    <div class="calc" id={uid} data-calculator="cost">
      {embed && (
        <p class="calc-embed-link">
          <a href={href} target="_blank" rel="noopener">
            Open these inputs in the full calculator
          </a>{' '}
          (new tab), with the guide that explains each figure.
        </p>
      )}
      <p class="calc-nojs">
        JavaScript is off, so the figures below are for the <strong>default scenario</strong>. You can still fill in the form:
        submitting it puts your inputs in the address, to share or to open where JavaScript runs.
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
        <form
          class="calc-form"
          method="get"
          action={self}
          noValidate
          aria-label="Scenario inputs"
          onSubmit={(e) => e.preventDefault()}
        >
          <ScenarioFields uid={uid} raw={form.state.raw} messages={form.messages} onEdit={form.edit} openGroups={openGroups} onToggleGroup={toggle} />
          <div class="calc-submit">
            <button type="submit" class="calc-button">
              Put these inputs in the address
            </button>
          </div>
          <TotalsBar est={est} />
        </form>
        <section class="calc-results" aria-labelledby={`${uid}-results-title`}>
          <h2 id={`${uid}-results-title`}>Monthly cost</h2>
          <p class="calc-results-lede">
            US dollars for a 730-hour month at on-demand prices. Open a line's formula to see the numbers and the dated source of
            each price.
          </p>
          <OptionCards uid={uid} est={est} level={3} />
        </section>
      </div>
      <CostChart uid={uid} est={est} level={2} />
      <section class="calc-line-section" aria-labelledby={`${uid}-lines-title`}>
        <h2 id={`${uid}-lines-title`}>Line by line</h2>
        <PrintSummary scenario={form.scenario} url={href} />
        <LineTable est={est} contract={false} caption="Monthly cost in USD, one row per cost line" />
      </section>
      <ExportBar uid={uid} est={est} level={2} url={() => calculatorUrl(path, form.query)} />
    </div>
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
