import { useMemo } from 'preact/hooks';
import { estimate } from '../lib/cost/estimate.ts';
import type { Arrival } from '../lib/decisions/calculator.ts';
import { ExportBar } from './calculator/ExportBar.tsx';
import { CalculatorFrame } from './calculator/CalculatorFrame.tsx';
import { LineTable } from './calculator/LineTable.tsx';
import { OptionCards } from './calculator/OptionCards.tsx';
import { PrintSummary } from './calculator/PrintSummary.tsx';
import { TotalsBar } from './calculator/TotalsBar.tsx';
import { calculatorUrl, embedCodeFor } from './calculator/share.ts';
import { useCalculatorForm, type ScenarioForm } from './calculator/use-scenario-form.ts';
import { calculatorHref, calculatorPath } from '../lib/site/base.ts';
import { HOSTING_NOTE, joinQuery, viewQuery } from '../lib/params/view.ts';
import { useCostView, type CostViewState } from './calculator/use-cost-view.ts';
import { ViewNotice, ViewSwitch } from './calculator/ViewSwitch.tsx';
import { ChartSection } from './charts/ChartSection.tsx';
import { Deferred } from './shared/Deferred.tsx';
import { onDemand } from './shared/on-demand.ts';
import { ServerRendered } from './shared/ServerRendered.tsx';

// The server writes the chart for the default inputs; its code loads when it comes near the screen
// (then Chart.js), or once the reader's inputs differ.
const loadChart = onDemand(() => import('./calculator/CostChart.tsx').then((m) => m.CostChart));

export interface CostCalculatorProps {
  /**
   * `page`: /calculators/cost/ (reads and writes its address); `embed`: the same in an iframe.
   * A chapter's calculator is CostChapterIsland.
   */
  variant: 'page' | 'embed';
  /** Prefix for every id in the island, unique on the page. */
  uid: string;
  /** The page's note for readers arriving from a walkthrough outcome, by outcome id. */
  arrivals?: Readonly<Record<string, Arrival>> | undefined;
}

export default function CostCalculatorIsland({ variant, uid, arrivals }: CostCalculatorProps) {
  const path = calculatorPath('cost');
  const { form } = useCalculatorForm(variant, undefined, path);
  const est = useMemo(() => estimate(form.scenario), [form.scenario]);
  const view = useCostView();
  return <FullView uid={uid} form={form} est={est} path={path} view={view} embed={variant === 'embed'} arrivals={arrivals} />;
}

interface FullViewProps {
  uid: string;
  form: ScenarioForm;
  est: ReturnType<typeof estimate>;
  path: string;
  view: CostViewState;
  embed: boolean;
  arrivals?: CostCalculatorProps['arrivals'];
}

function FullView({ uid, form, est, path, view, embed, arrivals }: FullViewProps) {
  // The view is no input, but a link to these figures shows them as the reader sees them.
  const viewParam = viewQuery(view.view);
  // The server wrote the parts that load on demand at today's prices; a link's older ones change them.
  const servedPrices = form.prices.status !== 'pinned';
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
          <OptionCards uid={uid} est={est} level={3} asServed={servedPrices} />
        </section>
      }
    >
      <ChartSection
        uid={uid}
        level={2}
        title={view.view === 'hosting' ? 'Hosting compared by category' : 'Compared by category'}
        controls={<ViewSwitch uid={uid} view={view.view} onView={view.setView} />}
      >
        <Deferred asServed={servedPrices} load={loadChart} whenNear what="The chart" props={{ uid, est, view: view.view }} />
      </ChartSection>
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
