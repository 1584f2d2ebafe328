import type { Ref } from 'preact';
import type { DecisionOutcome } from '../../schemas/decisions.ts';
import type { Reason, Step } from '../../lib/decisions/walk.ts';
import { recommendationLabels } from '../../lib/decisions/labels.ts';
import { defaultScenario, regionNames, regions } from '../../lib/cost/scenario.ts';
import { guideHref, walkHref } from './walk-links.ts';
import { calculatorPath } from '../../lib/site/base.ts';

interface Props {
  outcome: DecisionOutcome;
  path: readonly Step[];
  reasons: readonly Reason[];
  /** Calculator query for this path (no "?"). */
  calculatorQuery: string | undefined;
  linkLabels: Readonly<Record<string, string>>;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
}

/** The recommendation, why (one reason per answer, each with its guide section), and what would change it. */
export default function WalkOutcome(p: Props) {
  const { outcome: o } = p;
  const label = (link: string): string => p.linkLabels[link] ?? link;
  return (
    <section class="walk-outcome" data-walk-outcome={o.id} data-recommendation={o.recommendation} aria-labelledby="walk-outcome-title">
      <p class="walk-outcome-kicker">
        Recommendation: <span class="walk-outcome-badge">{recommendationLabels[o.recommendation]}</span>
      </p>
      <h3 class="walk-outcome-title" id="walk-outcome-title" tabindex={-1} ref={p.headingRef}>
        {o.title}
      </h3>
      <p class="walk-outcome-summary">{o.summary}</p>
      <CostForm outcomeId={o.id} query={p.calculatorQuery ?? ''} />
      {o.calculatorNote && <p class="walk-cost-note">{o.calculatorNote}</p>}

      <h4 class="walk-outcome-heading">Why, from your answers</h4>
      <ol class="walk-reasons">
        {p.reasons.map((r) => (
          <li class="walk-reason" key={r.questionId} data-reason-for={r.questionId}>
            <p class="walk-reason-question">{r.question}</p>
            <p class="walk-reason-text">
              <strong class="walk-reason-answer">{r.answer}.</strong> {r.reason}{' '}
              <a href={guideHref(r.link)} class="walk-reason-link">
                {label(r.link)}
              </a>
            </p>
          </li>
        ))}
      </ol>

      <h4 class="walk-outcome-heading">Trade-offs to watch</h4>
      <ul class="walk-list">
        {o.tradeoffs.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>

      <h4 class="walk-outcome-heading">What would change it</h4>
      <ul class="walk-list" data-walk-change>
        {o.whatWouldChange.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>

      <h4 class="walk-outcome-heading">Read next</h4>
      <ul class="walk-list">
        {o.readMore.map((r) => (
          <li key={r.link}>
            <a href={guideHref(r.link)}>{r.label}</a>
          </li>
        ))}
      </ul>

      <p class="walk-share">The address of this page now holds your answers: copy it to share this result, and it opens here again.</p>
      <div class="walk-buttons">
        <a
          class="button button-quiet"
          href={walkHref(p.path.slice(0, -1))}
          onClick={(e) => {
            e.preventDefault();
            p.onBack();
          }}
        >
          Back
        </a>
      </div>
    </section>
  );
}

/**
 * The estimate asks for what the walkthrough did not: the volume (prefilled with what the
 * answers suggest) and the Region. It is a plain GET form to the cost calculator, so it works
 * without JavaScript too; `from` tells the calculator which recommendation the reader came from.
 */
function CostForm({ outcomeId, query }: { outcomeId: string; query: string }) {
  const params = new URLSearchParams(query);
  const suggested = params.get('requests_per_day') ?? String(defaultScenario.requestsPerDay);
  params.delete('requests_per_day');
  params.delete('region');
  return (
    <form class="walk-cost-form" method="get" action={calculatorPath('cost')} data-walk-calculator>
      {[...params].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="from" value={outcomeId} />
      <p class="walk-cost-lede">The estimate needs two things the questions did not ask:</p>
      <div class="walk-cost-fields">
        <label class="walk-cost-field">
          <span>Requests a day</span>
          <input type="text" inputMode="numeric" name="requests_per_day" defaultValue={suggested} size={10} autoComplete="off" />
        </label>
        <label class="walk-cost-field">
          <span>Region</span>
          <select name="region" defaultValue={defaultScenario.region}>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionNames[r]} ({r})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button button-primary">
          See the cost for this setup
        </button>
      </div>
    </form>
  );
}
