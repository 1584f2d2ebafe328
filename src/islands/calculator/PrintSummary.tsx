import { displayValue } from '../../lib/params/validate.ts';
import { fields } from '../../lib/params/fields.ts';
import type { Scenario } from '../../lib/cost/scenario.ts';
import type { Estimate } from '../../lib/cost/estimate.ts';
import { checkedRangeText } from '../../lib/report/price-details.ts';

/** Shown only on paper: which inputs differ from the defaults, and where the estimate lives. */
export function PrintSummary({ scenario, url, est }: { scenario: Scenario; url: string; est: Estimate }) {
  const changed = fields.filter((f) => scenario[f.key] !== f.default);
  return (
    <div class="print-only calc-print-summary">
      <p>
        <strong>Inputs changed from the defaults:</strong>{' '}
        {changed.length === 0
          ? 'none (the default scenario).'
          : `${changed
              .map((f) => {
                const v = scenario[f.key];
                const shown = f.kind === 'enum' ? (f.options.find((o) => o.value === v)?.label ?? String(v)) : displayValue(v);
                return `${f.label} ${shown}${f.unit && f.kind !== 'enum' ? ` ${f.unit}` : ''}`;
              })
              .join('; ')}. Everything else at its default.`}
      </p>
      <p>
        US dollars a month (730 hours), on-demand prices, figures checked {checkedRangeText(est)}. This estimate: {url}
      </p>
    </div>
  );
}
