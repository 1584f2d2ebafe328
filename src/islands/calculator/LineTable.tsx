import type { Estimate } from '../../lib/cost/estimate.ts';
import { formatUsd, usdAttribute } from '../../lib/format/money.ts';
import { lineTable } from '../../lib/report/line-table.ts';

interface Props {
  est: Estimate;
  caption: string;
  /**
   * Carry the testing and embedding contract (data-option on each option's cells,
   * data-line and data-usd on each amount, totals in <output>): on every row, on the lines
   * only (the totals are shown elsewhere), or not at all. Only one view of each figure on a
   * page carries it, so selectors find one element.
   */
  contract: 'all' | 'lines' | false;
}

/** One row per cost line, one column per option: the view readers compare options with, and what print shows. */
export function LineTable({ est, caption, contract }: Props) {
  const table = lineTable(est);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="data calc-line-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Cost line</th>
            {table.options.map((o) => (
              <th key={o.option} scope="col" class="num" data-col={o.option}>
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => {
                const option = table.options[i]!.option;
                return (
                  <td key={option} class="num" data-option={contract ? option : undefined}>
                    {cell ? (
                      <span data-line={contract ? cell.id : undefined} data-usd={contract ? usdAttribute(cell.usd) : undefined}>
                        {formatUsd(cell.usd)}
                      </span>
                    ) : (
                      <span class="calc-na">not billed</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total a month</th>
            {table.options.map((o) => (
              <td key={o.option} class="num" data-option={contract === 'all' ? o.option : undefined}>
                {contract === 'all' ? (
                  <output data-line="total" data-usd={usdAttribute(o.total)} aria-live="polite" aria-atomic="true">
                    {formatUsd(o.total)}
                  </output>
                ) : (
                  formatUsd(o.total)
                )}
              </td>
            ))}
          </tr>
          <tr class="calc-hosting-row">
            <th scope="row">Hosting: the total without the model tokens and retrieval every option pays</th>
            {table.options.map((o) => (
              <td key={o.option} class="num" data-option={contract === 'all' ? o.option : undefined}>
                <span
                  data-line={contract === 'all' ? 'hosting' : undefined}
                  data-usd={contract === 'all' ? usdAttribute(o.hosting) : undefined}
                >
                  {formatUsd(o.hosting)}
                </span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
