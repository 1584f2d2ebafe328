import { useMemo } from 'preact/hooks';
import { fitChecks, fitStatusLabels, fitSummary, type FitCheck } from '../../lib/cost/fit.ts';
import type { OptionId, Scenario } from '../../lib/cost/scenario.ts';
import { sessionLifecycle, type LifecycleFact } from '../../lib/cost/session-lifecycle.ts';
import { factAnchor } from '../../lib/format/facts.ts';
import type { ItemRef } from '../../lib/pricing/catalog.ts';
import { usdAttribute } from '../../lib/format/money.ts';
import { sitePath } from '../../lib/site/base.ts';
import { InEmbed, useLeavingLink } from './leaving-links.ts';

/** A number for `data-need` and `data-limit`: plain digits, at most three decimals. */
function numberAttribute(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The figure's row on the sources page, where its source, dates and confidence are. */
function SourceLink({ item, what }: { item: ItemRef; what: string }) {
  const leaving = useLeavingLink();
  return (
    <a href={sitePath(`sources/#${factAnchor(item.id, item.region)}`)} {...leaving}>
      Source<span class="sr-only"> of {what}</span>
    </a>
  );
}

/**
 * "Will it run at my volume without a quota increase?": one row per check, with the
 * `data-check` contract (status, need and limit as numbers) that pages and tests read. Opens by
 * itself when a check misses.
 */
export function FitChecks({ checks, optionLabel }: { checks: readonly FitCheck[]; optionLabel: string }) {
  const leaving = useLeavingLink();
  const miss = checks.some((c) => c.status === 'over-default' || c.status === 'over-limit');
  return (
    <details class="calc-fit" open={miss}>
      <summary>
        Will it fit: {fitSummary(checks)}
        <span class="sr-only"> ({optionLabel})</span>
      </summary>
      <ul>
        {checks.map((c) => (
          <li
            key={c.id}
            data-check={c.id}
            data-status={c.status}
            data-need={numberAttribute(c.need)}
            data-limit={c.limit === null ? undefined : numberAttribute(c.limit)}
          >
            <span class="calc-fit-status">{fitStatusLabels[c.status]}</span> <strong>{c.label}.</strong> {c.text}{' '}
            {c.quotaUrl && (
              <a href={c.quotaUrl} {...leaving} rel="noopener noreferrer">
                Service Quotas<span class="sr-only"> for {c.label.toLowerCase()}</span>
              </a>
            )}
            {c.quotaUrl && c.limitRef && ' · '}
            {c.limitRef && <SourceLink item={c.limitRef} what={`the ${c.label.toLowerCase()} limit`} />}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What each lifecycle fact's first limit is, for its Source link's accessible name. */
const lifecycleFigures: Readonly<Record<string, string>> = {
  'never-stopped': 'the default idle timeout',
  'leaked-session': 'the maximum session lifetime',
  'session-starts': 'the session start times',
};

/** AgentCore Runtime: what idle, never-stopped and leaked sessions cost, and cold starts at the peak. */
export function SessionLifecycle({ facts }: { facts: readonly LifecycleFact[] }) {
  return (
    <details class="calc-lifecycle">
      <summary>Session lifecycle: idle, never-stopped and leaked sessions</summary>
      <ul>
        {facts.map((f) => (
          <li key={f.id} data-lifecycle={f.id} data-usd={f.usd === undefined ? undefined : usdAttribute(f.usd)}>
            {f.text}
            {f.limitRefs[0] && (
              <>
                {' '}
                <SourceLink item={f.limitRefs[0]} what={lifecycleFigures[f.id] ?? 'this figure'} />
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface OptionFitProps {
  scenario: Scenario;
  option: OptionId;
  optionLabel: string;
  /** Inside an embed (links open a new tab). The part renders on its own, out of the island's context. */
  embed: boolean;
}

/** One option's checks and, for AgentCore Runtime, the session lifecycle: what a card loads on demand. */
export function OptionFit({ scenario, option, optionLabel, embed }: OptionFitProps) {
  const checks = useMemo(() => fitChecks(scenario, option), [scenario, option]);
  const lifecycle = useMemo(() => (option === 'agentcore-runtime' ? sessionLifecycle(scenario) : null), [scenario, option]);
  return (
    <InEmbed.Provider value={embed}>
      <FitChecks checks={checks} optionLabel={optionLabel} />
      {lifecycle && <SessionLifecycle facts={lifecycle} />}
    </InEmbed.Provider>
  );
}
