import type { Ref } from 'preact';
import type { DecisionQuestion } from '../../schemas/decisions.ts';
import type { Step } from '../../lib/decisions/walk.ts';
import { walkHref } from './walk-links.ts';

interface Props {
  question: DecisionQuestion;
  path: readonly Step[];
  progress: { number: number; total: number; exact: boolean };
  selected: string | undefined;
  error: boolean;
  /** True when answers after this question are remembered and will be kept if they still apply. */
  keepsLaterAnswers: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onSelect: (optionId: string) => void;
  onNext: () => void;
  onBack: () => void;
}

/**
 * One question: radio buttons in a fieldset whose legend is the question's heading. Still a
 * real GET form carrying the earlier answers, so if a script fails the submit loads the
 * next step's address.
 */
export default function WalkQuestion(p: Props) {
  const { question: q, path } = p;
  const describedBy = ['walk-help', p.error ? 'walk-error' : ''].filter(Boolean).join(' ');
  return (
    <form
      class="walk-form"
      method="get"
      action={walkHref([])}
      data-walk-step={q.id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        p.onNext();
      }}
    >
      {path.map((s) => (
        <input type="hidden" name={s.question.id} value={s.option.id} key={s.question.id} />
      ))}
      <p class="walk-progress">
        Question {p.progress.number} of {p.progress.exact ? '' : 'up to '}
        {p.progress.total}
      </p>
      <fieldset class="walk-fieldset" aria-describedby={describedBy}>
        <legend class="walk-legend">
          <h3 class="walk-question-title" id="walk-question-title" tabindex={-1} ref={p.headingRef}>
            {q.title}
          </h3>
        </legend>
        <p class="walk-help" id="walk-help">
          {q.help}
        </p>
        {p.error && (
          <p class="walk-error" id="walk-error" role="alert">
            Choose an answer to continue.
          </p>
        )}
        <div class="walk-options">
          {q.options.map((o) => {
            const id = `walk-${q.id}-${o.id}`;
            return (
              <div class="walk-option" key={o.id}>
                <input type="radio" id={id} name={q.id} value={o.id} checked={p.selected === o.id} onChange={() => p.onSelect(o.id)} />
                <label for={id}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {p.keepsLaterAnswers && <p class="walk-keep-note">Your later answers are kept where they still apply after this one.</p>}
      <div class="walk-buttons">
        <button type="submit" class="button button-primary">
          Next
        </button>
        {path.length > 0 && (
          <a
            class="button button-quiet"
            href={walkHref(path.slice(0, -1))}
            onClick={(e) => {
              e.preventDefault();
              p.onBack();
            }}
          >
            Back
          </a>
        )}
      </div>
    </form>
  );
}
