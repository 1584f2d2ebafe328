import { useMemo } from 'preact/hooks';
import { breakEvenChart, type BreakEvenChartData } from '../lib/chart-data/break-even-series.ts';
import type { BreakEvenResult } from '../lib/cost/break-even.ts';
import { optionLabels } from '../lib/cost/scenario.ts';
import { classicStatus } from '../lib/cost/shared.ts';
import { formatCount } from '../lib/format/money.ts';
import { breakEvenAttribute, breakEvenShort } from '../lib/report/break-even-text.ts';
import { CalculatorFrame } from './calculator/CalculatorFrame.tsx';
import { ExportBar } from './calculator/ExportBar.tsx';
import { calculatorUrl, embedCodeFor } from './calculator/share.ts';
import { AtVolume, Headline } from './calculator/BreakEvenResults.tsx';
import { useCalculatorForm, type ScenarioForm } from './calculator/use-scenario-form.ts';
import { calculatorHref, calculatorPath } from '../lib/site/base.ts';
import { joinQuery, viewQuery } from '../lib/params/view.ts';
import { useCostView, type CostViewState } from './calculator/use-cost-view.ts';
import { ViewNotice, ViewSwitch } from './calculator/ViewSwitch.tsx';
import { ChartSection } from './charts/ChartSection.tsx';
import { Deferred } from './shared/Deferred.tsx';
import { onDemand } from './shared/on-demand.ts';

// The server writes the chart and the sensitivity table for the default inputs. The chart's code
// loads when it comes near the screen (then Chart.js) or once the reader's inputs differ; the
// sensitivity table's, which re-runs the break-even search about twenty times, once they differ.
const loadChart = onDemand(() => import('./calculator/BreakEvenChart.tsx').then((m) => m.BreakEvenChart));
const loadSensitivity = onDemand(() => import('./calculator/SensitivityTable.tsx').then((m) => m.SensitivityTable));

export interface BreakEvenCalculatorProps {
  /** See CostCalculator: `page` or `embed` (iframe). A chapter's calculator is BreakEvenChapterIsland. */
  variant: 'page' | 'embed';
  uid: string;
}

export default function BreakEvenCalculatorIsland({ variant, uid }: BreakEvenCalculatorProps) {
  const path = calculatorPath('break-even');
  const { form } = useCalculatorForm(variant, undefined, path);
  const data = useMemo(() => breakEvenChart(form.scenario), [form.scenario]);
  const view = useCostView();
  return <FullView uid={uid} form={form} data={data} path={path} view={view} embed={variant === 'embed'} />;
}

interface FullViewProps {
  uid: string;
  form: ScenarioForm;
  data: BreakEvenChartData;
  path: string;
  view: CostViewState;
  embed: boolean;
}

/**
 * The answer, one line, pinned under the form while it is in view (a visual aid like the cost
 * calculator's running totals: the headline's <output> is what assistive technology reads).
 */
function AnswerBar({ result }: { result: BreakEvenResult }) {
  return (
    <div class="calc-totals-bar calc-sticky-bar" aria-hidden="true">
      <span class="calc-totals-label">Break-even:</span>
      <strong>{breakEvenShort(result, 'none in range')}</strong>
    </div>
  );
}

function PairsTable({ data }: { data: BreakEvenChartData }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Break-even of each pair">
      <table class="data">
        <caption>Break-even of each pair of options, 0 to {formatCount(data.max)} invocations a day</caption>
        <thead>
          <tr>
            <th scope="col">Options</th>
            <th scope="col">Break-even</th>
            <th scope="col">Cheaper below it</th>
          </tr>
        </thead>
        <tbody>
          {data.pairs.map((pair) => {
            const first = pair.crossings[0];
            return (
              <tr key={`${pair.a}-${pair.b}`} data-pair={`${pair.a} ${pair.b}`} data-pair-breakeven={breakEvenAttribute(pair)}>
                <th scope="row">
                  {optionLabels[pair.a]} and {optionLabels[pair.b]}
                  {pair.a === 'bedrock-agents' && (
                    <span class="calc-col-status">
                      {' '}
                      ({optionLabels[pair.a]} is {classicStatus()})
                    </span>
                  )}
                </th>
                <td>
                  {breakEvenShort(pair)}
                  {first && pair.crossings.length > 1 ? ` (and ${pair.crossings.length - 1} more)` : ''}
                </td>
                <td>
                  {first
                    ? optionLabels[first.cheaperBelow]
                    : pair.cheaperThroughout && pair.cheaperThroughout !== 'equal'
                      ? `${optionLabels[pair.cheaperThroughout]}, ${pair.truncated ? `up to ${formatCount(pair.maxPerDay)} a day` : 'at every volume'}`
                      : 'neither'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FullView({ uid, form, data, path, view, embed }: FullViewProps) {
  const primary = data.pairs[0]!;
  // The view is no input, but a link to this chart shows it as the reader sees it.
  const viewParam = viewQuery(view.view);
  // The server wrote the parts that load on demand at today's prices; a link's older ones change them.
  const servedPrices = form.prices.status !== 'pinned';
  return (
    <CalculatorFrame
      uid={uid}
      calculator="break-even"
      form={form}
      path={path}
      href={calculatorHref(path, joinQuery(form.query, viewParam))}
      carry={viewParam}
      notices={<ViewNotice uid={uid} notice={view.notice} />}
      embed={embed}
      shownWithoutJs="results"
      formFooter={<AnswerBar result={primary} />}
      resultsId={`${uid}-results`}
      results={
        <div class="calc-results" id={`${uid}-results`}>
          <h2>Where the options cross</h2>
          <Headline result={primary} />
          {primary.summary && <p class="calc-results-lede">{primary.summary}</p>}
          <ChartSection
            uid={uid}
            level={3}
            title={view.view === 'hosting' ? 'Hosting cost against volume' : 'Cost against volume'}
            controls={<ViewSwitch uid={uid} view={view.view} onView={view.setView} />}
          >
            <Deferred asServed={servedPrices} load={loadChart} whenNear what="The chart" props={{ uid, data, view: view.view }} />
          </ChartSection>
          <AtVolume uid={uid} data={data} level={3} />
          <PairsTable data={data} />
          <Deferred
            asServed={servedPrices}
            load={loadSensitivity}
            what="The sensitivity table"
            props={{ uid, scenario: form.scenario, inputs: form.shareQuery, level: 3 }}
          />
        </div>
      }
    >
      <ExportBar
        uid={uid}
        level={2}
        url={() => calculatorUrl(path, joinQuery(form.shareQuery, viewParam))}
        embedCode={() => embedCodeFor('break-even', joinQuery(form.shareQuery, viewParam))}
      />
    </CalculatorFrame>
  );
}
