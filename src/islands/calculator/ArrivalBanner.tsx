import { useEffect } from 'preact/hooks';
import type { Arrival } from '../../lib/decisions/calculator.ts';

/**
 * A reader who followed a walkthrough outcome's "See the cost" lands here: a short note says
 * which recommendation brought them and which inputs are assumptions, and focus goes to the
 * results, which is what they came for.
 */
export function ArrivalBanner({ uid, arrival, resultsId }: { uid: string; arrival: Arrival; resultsId: string }) {
  useEffect(() => {
    const heading = document.getElementById(resultsId)?.querySelector<HTMLElement>('h2, h3');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [resultsId]);
  return (
    <div class="calc-arrival" role="region" aria-labelledby={`${uid}-arrival-title`}>
      <p id={`${uid}-arrival-title`}>
        <strong>From the decision walkthrough:</strong> {arrival.title}.
      </p>
      <p>
        Your answers and the volume and Region you gave are in the inputs.{' '}
        {arrival.assumed.length > 0
          ? `These are assumptions for this kind of setup; change them if they do not fit: ${arrival.assumed.join('; ')}.`
          : 'Every other input is at its default.'}
      </p>
    </div>
  );
}
