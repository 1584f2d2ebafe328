import type { PriceItem } from '../../schemas/pricing.ts';
import { formatPrice } from '../format/facts.ts';
import { formatNumber, formatUsd } from '../format/money.ts';
import { HOURS_PER_MONTH } from './scenario.ts';

/**
 * An hourly price turned into a month (730 hours), optionally for several units:
 * 2 OCUs at $0.24 per OCU-hour -> $350.40 a month.
 */
export function monthlyFromHourly(item: Pick<PriceItem, 'id' | 'value' | 'unit'>, times = 1): { usd: number; formula: string } {
  if (!/^USD per .*-hour$/.test(item.unit)) {
    throw new Error(`per="month" needs an hourly price; "${item.id}" is in ${item.unit}`);
  }
  if (!Number.isFinite(times) || times <= 0) throw new Error(`times must be a positive number, got ${times} for "${item.id}"`);
  const usd = item.value * HOURS_PER_MONTH * times;
  const count = times === 1 ? '' : `${formatNumber(times, 4)} × `;
  return { usd, formula: `${count}${HOURS_PER_MONTH} hours × ${formatPrice(item)} = ${formatUsd(usd)} a month` };
}
