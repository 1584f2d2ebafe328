import type { Step } from '../../lib/decisions/walk.ts';
import { walkHref } from './walk-links.ts';

interface Props {
  path: readonly Step[];
  /** Opens a question again with its answer selected; later answers are kept where they still apply. */
  onChange: (questionId: string) => void;
}

/** The answers so far, each with a Change link (a real link: it works in a new tab too). */
export default function WalkTrail({ path, onChange }: Props) {
  if (path.length === 0) return null;
  return (
    <section class="walk-trail" aria-labelledby="walk-trail-title">
      <h3 class="walk-trail-title" id="walk-trail-title">
        Your answers so far
      </h3>
      <ol class="walk-trail-list">
        {path.map((step) => {
          const before = path.slice(
            0,
            path.findIndex((s) => s.question.id === step.question.id),
          );
          return (
            <li class="walk-trail-item" key={step.question.id} data-trail-question={step.question.id}>
              <span class="walk-trail-question">{step.question.title}</span>
              <span class="walk-trail-answer">{step.option.label}</span>
              <a
                class="walk-trail-change"
                href={walkHref(before)}
                onClick={(e) => {
                  e.preventDefault();
                  onChange(step.question.id);
                }}
              >
                Change<span class="sr-only"> your answer to “{step.question.title}”</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
