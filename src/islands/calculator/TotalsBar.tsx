import type { Estimate } from '../../lib/cost/estimate.ts';
import { formatUsdWhole } from '../../lib/format/money.ts';
import { optionShortLabels } from '../../lib/site/options.ts';

/**
 * The three totals pinned to the bottom of the screen while the form is in view, for narrow
 * screens where the results sit below the inputs; each name sits over its total, so all three
 * fit beside the form even on a phone. A visual aid only:
 * the <output> elements in the results are what assistive technology reads.
 */
export function TotalsBar({ est }: { est: Estimate }) {
  return (
    <div class="calc-totals-bar calc-sticky-bar" aria-hidden="true">
      <span class="calc-totals-label">A month:</span>
      {est.options.map((o) => (
        <span key={o.option} class="calc-totals-item" data-mark={o.option}>
          <span>
            <span class="opt-mark" />
            {optionShortLabels[o.option]}
          </span>
          <strong>{formatUsdWhole(o.total)}</strong>
        </span>
      ))}
    </div>
  );
}
