/**
 * `npm run bench:break-even` (and a line of `npm run bench`): the break-even calculator's
 * worst case, in Node, without a browser. One keystroke on /calculators/break-even/ runs the
 * chart (three pairs searched over the chart's range) and then the sensitivity table (the
 * main pair searched again with each input lowered and raised). This times both, median of
 * 20 runs, on the default scenario and on the address the hardening review found slowest
 * (issue 18), and counts the work the model does: that count, not the time, is what the unit
 * tests bound (wall-clock time is noise on a shared machine; work done is not).
 * It reports; it never fails.
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { breakEvenChart } from '../src/lib/chart-data/break-even-series.ts';
import { breakEvenSensitivity } from '../src/lib/cost/sensitivity.ts';
import { measureWork, type Work } from '../src/lib/cost/work.ts';
import { decodeScenario } from '../src/lib/params/url-state.ts';

export const worstCaseQuery = 'requests_per_day=100000000&session_seconds=28800&concurrency_per_task=1&traffic=bursty&peak_to_average=100';

export interface BreakEvenBench extends Work {
  name: string;
  query: string;
  chartMs: number;
  sensitivityMs: number;
  /** chartMs + sensitivityMs: the model's share of one keystroke (rendering not included). */
  updateMs: number;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((p, q) => p - q);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function benchBreakEven(runs = 20): BreakEvenBench[] {
  const cases = [
    { name: 'default scenario', query: '' },
    { name: 'worst case (issue 18)', query: worstCaseQuery },
  ];
  return cases.map(({ name, query }) => {
    const s = decodeScenario(query).scenario;
    const chart: number[] = [];
    const sens: number[] = [];
    let work: Work = { costEvaluations: 0, piecesExamined: 0 };
    for (let i = 0; i < runs; i++) {
      // What one keystroke runs, in the island's order: the chart, then the sensitivity table.
      const t0 = performance.now();
      const { value: data, work: chartWork } = measureWork(() => breakEvenChart(s));
      const t1 = performance.now();
      const { work: sensWork } = measureWork(() => breakEvenSensitivity(s, 'agentcore-runtime', 'ecs-fargate', { maxPerDay: data.max }));
      chart.push(t1 - t0);
      sens.push(performance.now() - t1);
      work = {
        costEvaluations: chartWork.costEvaluations + sensWork.costEvaluations,
        piecesExamined: chartWork.piecesExamined + sensWork.piecesExamined,
      };
    }
    const chartMs = median(chart);
    const sensitivityMs = median(sens);
    return { name, query, chartMs, sensitivityMs, updateMs: chartMs + sensitivityMs, ...work };
  });
}

export function breakEvenBenchLine(r: BreakEvenBench): string {
  return (
    `break-even, ${r.name}: chart ${r.chartMs.toFixed(1)} ms + sensitivity ${r.sensitivityMs.toFixed(1)} ms = ` +
    `${r.updateMs.toFixed(1)} ms per update (median of 20); ${r.costEvaluations} cost evaluations, ` +
    `${r.piecesExamined} break-even pieces examined`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of benchBreakEven()) console.log(breakEvenBenchLine(r));
}
