import type { BreakEvenResult } from '../cost/break-even.ts';
import { optionLabels } from '../cost/scenario.ts';
import { formatCount } from '../format/money.ts';

/**
 * The break-even result in one sentence, and as the `data-breakeven` attribute
 * (whole invocations a day, or `none`) that tests and embedding pages read.
 *
 * A search cut short (`truncated`) knows nothing above the volume where it stopped, so
 * every text here says where it stopped instead of "never" or "none in range".
 */

export function breakEvenAttribute(result: BreakEvenResult): string {
  const first = result.crossings[0];
  return first ? String(Math.round(first.requestsPerDay)) : 'none';
}

/** The sentence a cut-short search adds: where it stopped and what that means. */
export function searchStoppedText(result: BreakEvenResult): string {
  if (!result.truncated) return '';
  return `The search stopped at ${formatCount(result.maxPerDay)} invocations a day, short of the range it was asked to cover: above that, this calculator does not say which option is cheaper.`;
}

export function breakEvenHeadline(result: BreakEvenResult): string {
  const first = result.crossings[0];
  const range = `${formatCount(result.minPerDay)} to ${formatCount(result.maxPerDay)} invocations a day`;
  const stopped = result.truncated ? ` ${searchStoppedText(result)}` : '';
  if (first) {
    const above = optionLabels[first.cheaperAbove];
    const below = optionLabels[first.cheaperBelow];
    const more = result.crossings.length - 1;
    const changes =
      more > 0
        ? ` Above that the cheaper option changes ${more === 1 ? 'once more' : `${formatCount(more)} more times`} up to ${formatCount(result.maxPerDay)} a day, as Fargate adds tasks.`
        : '';
    return `${above} becomes cheaper than ${below} above ${formatCount(first.requestsPerDay)} invocations a day with these settings.${changes}${stopped}`;
  }
  const a = optionLabels[result.a];
  const b = optionLabels[result.b];
  if (result.cheaperThroughout === 'equal') return `${a} and ${b} cost the same from ${range} with these settings.${stopped}`;
  if (result.cheaperThroughout === null) return `${a} and ${b} do not cross from ${range} with these settings.${stopped}`;
  const cheaper = optionLabels[result.cheaperThroughout];
  const other = result.cheaperThroughout === result.a ? b : a;
  if (result.truncated) {
    return `${cheaper} is cheaper than ${other} from ${range} with these settings, but the search stopped at ${formatCount(result.maxPerDay)} a day: whether they break even above that, this calculator does not say.`;
  }
  return `${cheaper} is cheaper than ${other} at every volume from ${range} with these settings: they never break even.`;
}

/** The break-even in a few words, for the pinned answer bar and the table of pairs. */
export function breakEvenShort(result: BreakEvenResult, none = 'none'): string {
  const first = result.crossings[0];
  if (first) return `${formatCount(first.requestsPerDay)} a day`;
  return result.truncated ? `none up to ${formatCount(result.maxPerDay)} a day (the search stopped there)` : none;
}
