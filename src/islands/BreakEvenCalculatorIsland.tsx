import { useEffect, useMemo, useState } from 'preact/hooks';
import { breakEvenChart, type BreakEvenChartData } from '../lib/chart-data/break-even-series.ts';
import type { BreakEvenResult } from '../lib/cost/break-even.ts';
import { optionLabels, type Scenario } from '../lib/cost/scenario.ts';
import { breakEvenSensitivity, type Sensitivity, type SensitivityPoint } from '../lib/cost/sensitivity.ts';
import { classicStatus } from '../lib/cost/shared.ts';
import { formatCount, formatNumber } from '../lib/format/money.ts';
import { breakEvenAttribute, breakEvenShort } from '../lib/report/break-even-text.ts';
import { BreakEvenChart } from './calculator/BreakEvenChart.tsx';
import { Heading, type HeadingLevel } from './shared/Heading.tsx';
import { CalculatorFrame } from './calculator/CalculatorFrame.tsx';
import { ExportBar } from './calculator/ExportBar.tsx';
import { calculatorUrl, embedCodeFor } from './calculator/share.ts';
import { AtVolume, Headline } from './calculator/BreakEvenResults.tsx';
import { useCalculatorForm, type ScenarioForm } from './calculator/use-scenario-form.ts';
import { calculatorHref, calculatorPath } from '../lib/site/base.ts';
import { joinQuery, viewQuery } from '../lib/params/view.ts';
import { useCostView, type CostViewState } from './calculator/use-cost-view.ts';
import { ViewNotice, ViewSwitch } from './calculator/ViewSwitch.tsx';

export interface BreakEvenCalculatorProps {
  /** See CostCalculator: `page` or `embed` (iframe). A chapter's calculator is BreakEvenChapterIsland. */
  variant: 'page' | 'embed';
  uid: string;
}

/**
 * The sensitivity analysis re-runs the break-even search about twenty times. Each search
 * solves the cost lines in closed form (a few dozen cost evaluations at any volume), so
 * the whole table takes a few milliseconds even on the worst address (`npm run
 * bench:break-even`); it still follows the inputs a moment later, so a fast typist's
 * keystrokes do not each rebuild a table they never see.
 */
function useSettledSensitivity(s: Scenario, key: string, maxPerDay: number): { value: Sensitivity; stale: boolean } {
  const compute = (): Sensitivity => breakEvenSensitivity(s, 'agentcore-runtime', 'ecs-fargate', { maxPerDay });
  const [state, setState] = useState(() => ({ key, value: compute() }));
  useEffect(() => {
    if (state.key === key) return;
    const timer = setTimeout(() => setState({ key, value: compute() }), 150);
    return () => clearTimeout(timer);
    // `compute` closes over the scenario that `key` identifies.
  }, [key, maxPerDay]);
  return { value: state.value, stale: state.key !== key };
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

/** "1 task", "2 tasks", "0.5 GB". */
function amount(value: number, unit: string): string {
  const word = value === 1 && /[a-z]s$/.test(unit) ? unit.slice(0, -1) : unit;
  return `${formatNumber(value, 3)}${word ? ` ${word}` : ''}`;
}

function pointText(p: SensitivityPoint, unit: string): string {
  const value = `${amount(p.value, unit)}${p.adjusted ? ' (adjusted to a valid value)' : ''}`;
  if (p.breakEven !== null) return `${value}: ${formatCount(p.breakEven)} a day`;
  return p.searchStoppedAt === null
    ? `${value}: no break-even`
    : `${value}: none up to ${formatCount(p.searchStoppedAt)} a day (the search stopped there)`;
}

function SensitivityTable({ uid, s, level, stale }: { uid: string; s: Sensitivity; level: HeadingLevel; stale: boolean }) {
  const top = s.inputs[0];
  return (
    <section class="calc-sensitivity" aria-labelledby={`${uid}-sens-title`} aria-busy={stale ? 'true' : undefined}>
      <Heading level={level} id={`${uid}-sens-title`}>
        What moves the break-even point
      </Heading>
      {top ? (
        <>
          <p class="calc-sensitivity-note">
            The AgentCore Runtime and Fargate break-even point, with each input lowered to about half its value and raised to about one and
            a half times (rounded to a value the calculator accepts), everything else unchanged. {top.label} moves it most.
          </p>
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Break-even sensitivity">
            <table class="data">
              <caption>Break-even with one input changed</caption>
              <thead>
                <tr>
                  <th scope="col">Input (now)</th>
                  <th scope="col">Lower</th>
                  <th scope="col">Higher</th>
                </tr>
              </thead>
              <tbody>
                {s.inputs.map((input) => (
                  <tr key={input.param} data-param={input.param}>
                    <th scope="row">
                      {input.label} ({amount(input.value, input.unit)})
                    </th>
                    <td>{pointText(input.low, input.unit)}</td>
                    <td>{pointText(input.high, input.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p class="calc-sensitivity-note">
          None of the session or task inputs moves the AgentCore Runtime and Fargate comparison in this range: one option is cheaper
          whatever they are.
        </p>
      )}
    </section>
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
  const sensitivity = useSettledSensitivity(form.scenario, form.query, data.max);
  const primary = data.pairs[0]!;
  // The view is no input, but a link to this chart shows it as the reader sees it.
  const viewParam = viewQuery(view.view);
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
          <BreakEvenChart
            uid={uid}
            data={data}
            level={3}
            view={view.view}
            controls={<ViewSwitch uid={uid} view={view.view} onView={view.setView} />}
          />
          <AtVolume uid={uid} data={data} level={3} />
          <PairsTable data={data} />
          <SensitivityTable uid={uid} s={sensitivity.value} level={3} stale={sensitivity.stale} />
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
