import { formatUsd, usdAttribute } from '../../lib/format/money.ts';

/**
 * "Hosting: $418.41": an option's total without the costs every option pays the same (model
 * tokens, retrieval; see lib/cost/hosting.ts), with the `data-line="hosting"` contract. Not an
 * <output>: the total beside it is announced when it changes, and one announcement is enough.
 */
export function HostingSubtotal({ usd }: { usd: number }) {
  return (
    <span class="calc-hosting">
      Hosting:{' '}
      <span class="calc-hosting-usd" data-line="hosting" data-usd={usdAttribute(usd)}>
        {formatUsd(usd)}
      </span>
    </span>
  );
}
