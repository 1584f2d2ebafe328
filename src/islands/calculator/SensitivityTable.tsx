import { useEffect, useState } from 'preact/hooks';
import { chartRange } from '../../lib/chart-data/break-even-series.ts';
import type { Scenario } from '../../lib/cost/scenario.ts';
import { breakEvenSensitivity, type Sensitivity, type SensitivityPoint } from '../../lib/cost/sensitivity.ts';
import { formatCount, formatNumber } from '../../lib/format/money.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';

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

export interface SensitivityTableProps {
  uid: string;
  scenario: Scenario;
  /** Identifies the scenario and its prices (the shared link's query): the table follows it. */
  inputs: string;
  level: HeadingLevel;
}

/** What moves the AgentCore Runtime and Fargate break-even point, input by input. */
export function SensitivityTable({ uid, scenario, inputs, level }: SensitivityTableProps) {
  // The same range of volumes as the chart.
  const { value: s, stale } = useSettledSensitivity(scenario, inputs, chartRange(scenario).max);
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
