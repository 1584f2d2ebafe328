/** What the full break-even calculator and a chapter's both show: the answer, and the totals at the reader's volume. */
import type { BreakEvenChartData } from '../../lib/chart-data/break-even-series.ts';
import type { BreakEvenResult } from '../../lib/cost/break-even.ts';
import { optionIds, optionLabels } from '../../lib/cost/scenario.ts';
import { classicStatus } from '../../lib/cost/shared.ts';
import { formatCount, formatUsd, usdAttribute } from '../../lib/format/money.ts';
import { HOSTING_NOTE } from '../../lib/params/view.ts';
import { breakEvenAttribute, breakEvenHeadline } from '../../lib/report/break-even-text.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { HostingSubtotal } from './HostingSubtotal.tsx';

/** The main pair's result: the sentence, with the volume in `data-breakeven` (or `none`). */
export function Headline({ result }: { result: BreakEvenResult }) {
  return (
    <p
      class="calc-headline"
      data-breakeven={breakEvenAttribute(result)}
      data-pair={`${result.a} ${result.b}`}
      data-search-stopped={result.truncated ? String(Math.round(result.maxPerDay)) : undefined}
    >
      <output aria-live="polite" aria-atomic="true">
        {breakEvenHeadline(result)}
      </output>
    </p>
  );
}

export function AtVolume({ data, level, uid }: { data: BreakEvenChartData; level: HeadingLevel; uid: string }) {
  return (
    <section class="calc-results" aria-labelledby={`${uid}-volume-title`}>
      <Heading level={level} id={`${uid}-volume-title`}>
        At your volume: {formatCount(data.current.x)} invocations a day
      </Heading>
      <ul class="calc-at-volume">
        {optionIds.map((option, i) => (
          <li key={option} data-option={option}>
            <span>
              <span class="opt-mark" aria-hidden="true" />
              {optionLabels[option]}
              {option === 'bedrock-agents' && <span class="calc-col-status"> ({classicStatus()})</span>}
            </span>
            <strong data-line="total" data-usd={usdAttribute(data.current.totals[i] ?? 0)}>
              {formatUsd(data.current.totals[i] ?? 0)}
            </strong>
            <span class="calc-per">a month</span>
            <span class="calc-per">
              <HostingSubtotal usd={data.current.hosting[i] ?? 0} />
            </span>
          </li>
        ))}
      </ul>
      <p class="calc-sensitivity-note">{HOSTING_NOTE}</p>
    </section>
  );
}
