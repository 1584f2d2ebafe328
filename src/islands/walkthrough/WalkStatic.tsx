import type { DecisionTree } from '../../schemas/decisions.ts';
import { anchorFor, questionById } from '../../lib/decisions/walk.ts';

interface Props {
  tree: DecisionTree;
}

/**
 * What the walkthrough is before (or without) JavaScript: the first question as a GET form
 * with one submit button per answer. Each button's `formaction` is the anchor of the next
 * question or outcome in the whole tree below, so a choice loads `?<question>=<answer>` and
 * lands on the next step of the outline; from there the outline's links lead on. With
 * JavaScript the same address opens that step in the interactive walkthrough.
 */
export default function WalkStatic({ tree }: Props) {
  const first = questionById(tree, tree.start);
  if (!first) throw new Error(`Decision tree starts at unknown question "${tree.start}"`);
  return (
    <form class="walk walk-static" method="get" data-walk-static>
      <fieldset class="walk-fieldset" aria-describedby="walk-static-help">
        <legend class="walk-legend">
          <h3 class="walk-question-title" id="walk-static-title">
            {first.title}
          </h3>
        </legend>
        <p class="walk-help" id="walk-static-help">
          {first.help}
        </p>
        <div class="walk-choices">
          {first.options.map((o) => (
            <button type="submit" class="walk-choice" name={first.id} value={o.id} formaction={`#${anchorFor(tree, o.next)}`} key={o.id}>
              {o.label}
            </button>
          ))}
        </div>
        <p class="walk-static-note">
          Each answer takes you to the next question in the whole decision tree below, where every answer links on to the question or
          recommendation it leads to.
        </p>
      </fieldset>
    </form>
  );
}
