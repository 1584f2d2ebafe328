import type { BreakEvenResult } from '../cost/break-even.ts';
import { optionLabels } from '../cost/scenario.ts';
import { formatCount } from '../format/money.ts';

/**
 * The break-even result in one sentence, and as the `data-breakeven` attribute
 * (whole invocations a day, or `none`) that tests and embedding pages read.
 */

export function breakEvenAttribute(result: BreakEvenResult): string {
  const first = result.crossings[0];
  return first ? String(Math.round(first.requestsPerDay)) : 'none';
}

export function breakEvenHeadline(result: BreakEvenResult): string {
  const first = result.crossings[0];
  const range = `${formatCount(result.minPerDay)} to ${formatCount(result.maxPerDay)} invocations a day`;
  if (first) {
    const above = optionLabels[first.cheaperAbove];
    const below = optionLabels[first.cheaperBelow];
    const more = result.crossings.length - 1;
    const changes =
      more > 0
        ? ` Above that the cheaper option changes ${more === 1 ? 'once more' : `${formatCount(more)} more times`} up to ${formatCount(result.maxPerDay)} a day, as Fargate adds tasks.`
        : '';
    return `${above} becomes cheaper than ${below} above ${formatCount(first.requestsPerDay)} invocations a day with these settings.${changes}`;
  }
  const a = optionLabels[result.a];
  const b = optionLabels[result.b];
  if (result.cheaperThroughout === 'equal') return `${a} and ${b} cost the same from ${range} with these settings.`;
  if (result.cheaperThroughout === null) return `${a} and ${b} do not cross from ${range} with these settings.`;
  const cheaper = optionLabels[result.cheaperThroughout];
  const other = result.cheaperThroughout === result.a ? b : a;
  return `${cheaper} is cheaper than ${other} at every volume from ${range} with these settings: they never break even.`;
}
