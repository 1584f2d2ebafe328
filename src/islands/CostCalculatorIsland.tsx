import { useMemo } from 'preact/hooks';
import { estimate, lowestAvailable } from '../lib/cost/estimate.ts';
import { fitReport } from '../lib/cost/fit.ts';
import { classicStatus } from '../lib/cost/shared.ts';
import { formatUsd, usdAttribute } from '../lib/format/money.ts';
import type { Preset } from '../lib/scenarios.ts';
import type { Arrival } from '../lib/decisions/calculator.ts';
import { CostChart } from './calculator/CostChart.tsx';
import { ExportBar } from './calculator/ExportBar.tsx';
import { CalculatorFrame } from './calculator/CalculatorFrame.tsx';
import { ChapterFrame } from './calculator/ChapterFrame.tsx';
import { LineTable } from './calculator/LineTable.tsx';
import { OptionCards } from './calculator/OptionCards.tsx';
import { PrintSummary } from './calculator/PrintSummary.tsx';
import { TotalsBar } from './calculator/TotalsBar.tsx';
import { calculatorUrl, embedCodeFor } from './calculator/share.ts';
import { useCalculatorForm, type CalculatorVariant, type ScenarioForm } from './calculator/use-scenario-form.ts';
import { calculatorHref, calculatorPath } from '../lib/site/base.ts';
import { HOSTING_NOTE, joinQuery, viewQuery } from '../lib/params/view.ts';
import { HostingSubtotal } from './calculator/HostingSubtotal.tsx';
import { useCostView, type CostViewState } from './calculator/use-cost-view.ts';
import { ViewNotice, ViewSwitch } from './calculator/ViewSwitch.tsx';
import { ServerRendered } from './shared/ServerRendered.tsx';

export interface CostCalculatorProps {
  /**
   * `page`: /calculators/cost/ (reads and writes its address); `embed`: the same in an
   * iframe; `chapter`: inside a guide chapter (starts from `preset`, never touches
   * the chapter's address, links to the full calculator instead).
   */
  variant: CalculatorVariant;
  /** A content/scenarios id (chapters). */
  preset?: string | undefined;
  /**
   * That preset's summary, which a chapter's results open with (src/lib/scenario-notes.ts). It
   * comes as a prop because the browser's copy of the presets has no summaries.
   */
  presetSummary?: string | undefined;
  /** Prefix for every id in the island, unique on the page. */
  uid: string;
  /** The page's note for readers arriving from a walkthrough outcome, by outcome id. */
  arrivals?: Readonly<Record<string, Arrival>> | undefined;
}

export default function CostCalculatorIsland({ variant, preset, presetSummary, uid, arrivals }: CostCalculatorProps) {
  const path = calculatorPath('cost');
  const { form, preset: presetObj, href } = useCalculatorForm(variant, preset, path);
  const est = useMemo(() => estimate(form.scenario), [form.scenario]);
  const view = useCostView(variant !== 'chapter');
  if (variant === 'chapter' && presetObj) {
    return <ChapterView uid={uid} preset={presetObj} summary={presetSummary} form={form} est={est} href={href} />;
  }
  return <FullView uid={uid} form={form} est={est} path={path} view={view} embed={variant === 'embed'} arrivals={arrivals} />;
}

interface ViewProps {
  uid: string;
  form: ScenarioForm;
  est: ReturnType<typeof estimate>;
  href: string;
}

function FullView({
  uid,
  form,
  est,
  path,
  view,
  embed,
  arrivals,
}: Omit<ViewProps, 'href'> & { path: string; view: CostViewState; embed: boolean; arrivals?: CostCalculatorProps['arrivals'] }) {
  const fit = useMemo(() => fitReport(form.scenario), [form.scenario]);
  // The view is no input, but a link to these figures shows them as the reader sees them.
  const viewParam = viewQuery(view.view);
  const href = calculatorHref(path, joinQuery(form.query, viewParam));
  return (
    <CalculatorFrame
      uid={uid}
      calculator="cost"
      form={form}
      path={path}
      href={href}
      carry={viewParam}
      notices={<ViewNotice uid={uid} notice={view.notice} />}
      embed={embed}
      shownWithoutJs="figures"
      formFooter={<TotalsBar est={est} />}
      resultsId={`${uid}-results`}
      arrivals={arrivals}
      results={
        <section class="calc-results" id={`${uid}-results`} aria-labelledby={`${uid}-results-title`}>
          <h2 id={`${uid}-results-title`}>Monthly cost</h2>
          <ServerRendered as="p" class="calc-results-lede">
            {import.meta.env.SSR
              ? `US dollars for a 730-hour month at on-demand prices. Open a line's formula to see the numbers and the dated source of each price. ${HOSTING_NOTE}`
              : null}
          </ServerRendered>
          <OptionCards uid={uid} est={est} fit={fit} level={3} />
        </section>
      }
    >
      <CostChart
        uid={uid}
        est={est}
        level={2}
        view={view.view}
        controls={<ViewSwitch uid={uid} view={view.view} onView={view.setView} />}
      />
      <section class="calc-line-section" aria-labelledby={`${uid}-lines-title`}>
        <h2 id={`${uid}-lines-title`}>Line by line</h2>
        <PrintSummary scenario={form.scenario} url={href} est={est} />
        <LineTable est={est} contract={false} caption="Monthly cost in USD, one row per cost line" />
      </section>
      <ExportBar
        uid={uid}
        est={est}
        level={2}
        url={() => calculatorUrl(path, joinQuery(form.shareQuery, viewParam))}
        embedCode={() => embedCodeFor('cost', joinQuery(form.shareQuery, viewParam))}
      />
    </CalculatorFrame>
  );
}

/**
 * The three monthly totals above the line table, stacked so a phone shows them all without a
 * sideways swipe (the table beside them scrolls). Each total is announced when it changes.
 */
function ChapterTotals({ est }: { est: ReturnType<typeof estimate> }) {
  const lowest = lowestAvailable(est);
  return (
    <ul class="calc-chapter-totals">
      {est.options.map((o) => (
        <li key={o.option} data-option={o.option}>
          <span class="opt-mark" aria-hidden="true" />
          <span class="calc-chapter-total-name">
            {o.label}
            {o.option === 'bedrock-agents' && <span class="calc-col-status"> ({classicStatus()})</span>}
          </span>{' '}
          <output data-line="total" data-usd={usdAttribute(o.total)} aria-live="polite" aria-atomic="true">
            {formatUsd(o.total)}
          </output>
          <span class="calc-per"> a month{o.option === lowest ? ', the lowest you can choose' : ''}.</span>{' '}
          <span class="calc-per">
            <HostingSubtotal usd={o.hosting} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function ChapterView({ uid, preset, summary, form, est, href }: ViewProps & { preset: Preset; summary: string | undefined }) {
  return (
    <ChapterFrame
      uid={uid}
      calculator="cost"
      preset={preset}
      form={form}
      href={href}
      heading={() => `Cost calculator: ${preset.title}`}
      formFooter={<TotalsBar est={est} />}
    >
      {(changed) => (
        <>
          <p class="calc-chapter-lede">
            {changed ? 'Your inputs, changed from this scenario. ' : summary && `${summary} `}
            Monthly cost in US dollars (730-hour month). {HOSTING_NOTE}
          </p>
          <ChapterTotals est={est} />
          <LineTable est={est} contract="lines" caption={`Monthly cost in USD: ${changed ? 'your inputs' : preset.title}`} />
        </>
      )}
    </ChapterFrame>
  );
}
