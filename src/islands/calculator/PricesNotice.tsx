import { useMemo } from 'preact/hooks';
import { formatLongDate } from '../../lib/format/date.ts';
import { quoteEcho } from '../../lib/format/echo.ts';
import { formatUsd } from '../../lib/format/money.ts';
import { repricedLines } from '../../lib/report/pinned-prices.ts';
import type { ScenarioForm } from './use-scenario-form.ts';

/**
 * A link made with older prices shows what it showed then, says which lines cost something
 * else today, and offers today's prices; a version the site does not know gets today's prices
 * and a sentence saying so. Nothing for a link at today's prices.
 */
export function PricesNotice({ uid, form }: { uid: string; form: ScenarioForm }) {
  const { prices, scenario } = form;
  const day = prices.status === 'pinned' ? prices.day : undefined;
  const changed = useMemo(() => (day ? repricedLines(scenario, day) : []), [scenario, day]);
  if (prices.status === 'unknown') {
    return (
      <p class="calc-prices-note" role="status">
        This link names a price version the guide does not know ({quoteEcho(prices.text)}); the figures use today's prices.
      </p>
    );
  }
  if (!day) return null;
  return (
    <div class="calc-prices-note" role="region" aria-labelledby={`${uid}-prices-title`}>
      <p id={`${uid}-prices-title`}>
        <strong>Prices of {formatLongDate(day)}.</strong> This link was made with the data of that day, so it shows the estimate as it was
        then, defaults included.{' '}
        {changed.length === 0
          ? 'No price this estimate uses has changed since.'
          : `At today's prices, ${changed.length === 1 ? 'one figure differs' : `${changed.length} figures differ`}:`}
      </p>
      {changed.length > 0 && (
        <ul>
          {changed.map((c) => (
            <li key={`${c.option}-${c.line}`}>
              {c.optionLabel}, {c.line === 'total' ? 'total' : c.label}: {formatUsd(c.then)} then, {formatUsd(c.now)} today
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" class="button" onClick={form.usePricesOfToday}>
          Use today's prices
        </button>
      </p>
    </div>
  );
}
