import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DecisionTree } from '../schemas/decisions.ts';
import {
  addressProblems,
  answersBefore,
  answersOf,
  progress,
  reasonsFor,
  remainingQuestions,
  resolve,
  resolveQuery,
  toQuery,
  type Answers,
} from '../lib/decisions/walk.ts';
import WalkStatic from './walkthrough/WalkStatic.tsx';
import WalkTrail from './walkthrough/WalkTrail.tsx';
import WalkQuestion from './walkthrough/WalkQuestion.tsx';
import WalkOutcome from './walkthrough/WalkOutcome.tsx';
import { walkHref } from './walkthrough/walk-links.ts';

export interface DecisionWalkthroughProps {
  /** The tree with its figures already filled in (the page resolves the placeholders). */
  tree: DecisionTree;
  /** Cost calculator query (no "?") for every complete path, keyed by the path's own query. */
  calculatorQueries: Readonly<Record<string, string>>;
  /** Readable names of the guide sections the tree cites, keyed by link. */
  linkLabels: Readonly<Record<string, string>>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const quoted = (titles: readonly string[]): string => titles.map((t) => `“${t}”`).join(', ');

/**
 * The decision walkthrough: one question per step, answers in the address
 * (`?starting-point=new&session-fit=fits`) so every step can be linked, reloaded and shared.
 * The server renders the no-JavaScript form (WalkStatic); after hydration the same first
 * render runs once, then the interactive steps take over from the address.
 */
export default function DecisionWalkthrough({ tree, calculatorQueries, linkLabels }: DecisionWalkthroughProps) {
  const [mounted, setMounted] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [error, setError] = useState(false);
  const [notice, setNotice] = useState('');
  // Answers the reader gave further along, kept while they go back or change an earlier answer.
  const remembered = useRef<Answers>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step change asks for focus once; the request is answered by the render that shows the step.
  const [focusRequest, setFocusRequest] = useState(0);

  const result = resolve(tree, answers);

  useEffect(() => {
    const fromAddress = (initial: boolean): void => {
      const r = resolveQuery(tree, window.location.search);
      const clean = answersOf(r.path);
      const problems = addressProblems(r);
      if (problems) window.history.replaceState(null, '', walkHref(r.path));
      remembered.current = { ...remembered.current, ...clean };
      setAnswers(clean);
      setSelected(r.current ? remembered.current[r.current.id] : undefined);
      setError(false);
      setNotice(problems);
      // A shared link to a later step opens at that step, not at the top of the page.
      if (!initial || r.path.length > 0) setFocusRequest((n) => n + 1);
      setMounted(true);
    };
    fromAddress(true);
    const onPop = (): void => fromAddress(false);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [tree]);

  // A layout effect keyed on the request runs right after the render that committed the new
  // step, so `heading` is that step's heading. (A plain effect could run late, after a
  // keystroke's render, and focus the outgoing heading just before it is removed.)
  useLayoutEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  if (!mounted) return <WalkStatic tree={tree} />;

  const go = (next: Answers, message: string): void => {
    const r = resolve(tree, next);
    const clean = answersOf(r.path);
    window.history.pushState(null, '', walkHref(r.path));
    setAnswers(clean);
    setSelected(r.current ? remembered.current[r.current.id] : undefined);
    setError(false);
    setNotice(message);
    setFocusRequest((n) => n + 1);
  };

  const onNext = (): void => {
    const current = result.current;
    if (!current) return;
    if (selected === undefined) {
      setError(true);
      return;
    }
    const merged = { ...remembered.current, ...answersOf(result.path), [current.id]: selected };
    const r = resolve(tree, merged);
    const kept = r.path.length - result.path.length - 1;
    const message =
      r.dropped.length > 0
        ? `That answer changes the route, so ${plural(r.dropped.length, 'later answer no longer applies and was', 'later answers no longer apply and were')} removed: ${quoted(r.dropped.map((d) => d.question.title))}.`
        : kept > 0
          ? `Your ${plural(kept, 'later answer', 'later answers')} still ${kept === 1 ? 'applies' : 'apply'} and ${kept === 1 ? 'was' : 'were'} kept.`
          : '';
    remembered.current = answersOf(r.path);
    go(remembered.current, message);
  };

  const reopen = (questionId: string): void => {
    remembered.current = { ...remembered.current, ...answersOf(result.path) };
    go(answersBefore(result.path, questionId), '');
  };

  const onBack = (): void => {
    const last = result.path.at(-1);
    if (last) reopen(last.question.id);
  };

  const onRestart = (): void => {
    remembered.current = {};
    go({}, 'Your answers were cleared.');
  };

  const current = result.current;
  const laterRemembered = current
    ? Object.keys(remembered.current).some((id) => id !== current.id && !result.path.some((s) => s.question.id === id))
    : false;

  return (
    <div class="walk" data-walk-ready>
      <p class="walk-notice" role="status">
        {notice}
      </p>
      {current ? (
        <WalkQuestion
          question={current}
          path={result.path}
          progress={progressOf(tree, result)}
          selected={selected}
          error={error}
          keepsLaterAnswers={laterRemembered}
          headingRef={heading}
          onSelect={(id) => {
            setSelected(id);
            setError(false);
          }}
          onNext={onNext}
          onBack={onBack}
        />
      ) : result.outcome ? (
        <WalkOutcome
          outcome={result.outcome}
          path={result.path}
          reasons={reasonsFor(result)}
          calculatorQuery={calculatorQueries[toQuery(result.path)]}
          linkLabels={linkLabels}
          headingRef={heading}
          onBack={onBack}
        />
      ) : null}
      <WalkTrail path={result.path} onChange={reopen} />
      {result.path.length > 0 && (
        <p class="walk-restart">
          <a
            href={walkHref([])}
            onClick={(e) => {
              e.preventDefault();
              onRestart();
            }}
          >
            Start again
          </a>
        </p>
      )}
    </div>
  );
}

function progressOf(tree: DecisionTree, result: ReturnType<typeof resolve>): { number: number; total: number; exact: boolean } {
  const { number, total } = progress(tree, result);
  const left = result.current ? remainingQuestions(tree, result.current.id) : { min: 0, max: 0 };
  return { number, total, exact: left.min === left.max };
}
