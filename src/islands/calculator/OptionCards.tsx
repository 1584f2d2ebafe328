import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ItemRef } from '../../lib/pricing/catalog.ts';
import { lowestAvailable, type Estimate, type LineItem, type OptionEstimate } from '../../lib/cost/estimate.ts';
import { classicStatus } from '../../lib/cost/shared.ts';
import type { Scenario } from '../../lib/cost/scenario.ts';
import { datesText, factAnchor } from '../../lib/format/facts.ts';
import { formatUsd, usdAttribute } from '../../lib/format/money.ts';
import { priceDetail, refKey, uniqueRefs, type PriceCitations } from '../../lib/report/price-details.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { useHydrated } from '../shared/hooks.ts';
import { pure } from '../shared/pure.ts';
import { ServerRendered } from '../shared/ServerRendered.tsx';
import { sitePath } from '../../lib/site/base.ts';
import { HostingSubtotal } from './HostingSubtotal.tsx';
import { InEmbed, useLeavingLink } from './leaving-links.ts';
import { usePriceCitations } from './price-citations.ts';
import { Deferred } from '../shared/Deferred.tsx';
import { onDemand } from '../shared/on-demand.ts';

// The quota checks and the session lifecycle sit in closed details, written by the server for the
// default inputs: their code loads once the reader's inputs differ.
const loadOptionFit = onDemand(() => import('./FitChecks.tsx').then((m) => m.OptionFit));

interface Props {
  uid: string;
  est: Estimate;
  level: HeadingLevel;
  /** The page computes as the server did (today's prices): see Deferred's `asServed`. */
  asServed: boolean;
}

/**
 * One card per option: its monthly total in an <output> (announced politely when it
 * changes) and its cost lines, each with the filled-in formula and the dated
 * sources of its prices one click away.
 */
export function OptionCards({ uid, est, level, asServed }: Props) {
  const lowest = lowestAvailable(est);
  return (
    <div class="calc-cards">
      {est.options.map((result) => (
        <OptionCard
          key={result.option}
          uid={uid}
          result={result}
          level={level}
          cheapest={result.option === lowest}
          runsClassic={est.scenario.runsBedrockAgents}
          scenario={est.scenario}
          asServed={asServed}
        />
      ))}
    </div>
  );
}

interface CardProps {
  uid: string;
  result: OptionEstimate;
  level: HeadingLevel;
  /** The lowest total among the options the reader can choose. */
  cheapest: boolean;
  runsClassic: boolean;
  scenario: Scenario;
  asServed: boolean;
}

function OptionCard({ uid, result, level, cheapest, runsClassic, scenario, asServed }: CardProps) {
  const titleId = `${uid}-${result.option}-title`;
  // Server HTML and the hydrating render carry every formula (readable without JavaScript);
  // after that a closed formula renders only when opened, so typing re-renders less.
  const lazy = useHydrated();
  const embed = useContext(InEmbed);
  return (
    <article class="calc-card" data-option={result.option} aria-labelledby={titleId}>
      <header class="calc-card-head">
        <Heading level={level} id={titleId} class="calc-card-title">
          <span class="opt-mark" aria-hidden="true" />
          {result.label}
        </Heading>
        {cheapest && <span class="calc-badge">Lowest total</span>}
      </header>
      {result.option === 'bedrock-agents' && (
        <p class="calc-card-status">
          Classic: {classicStatus()}.{runsClassic ? '' : ' Counted for the lowest total only if you already run it.'}
        </p>
      )}
      <p class="calc-card-total">
        <output data-line="total" data-usd={usdAttribute(result.total)} aria-live="polite" aria-atomic="true">
          <span class="sr-only">{result.label}: </span>
          {formatUsd(result.total)}
        </output>{' '}
        <span class="calc-per">a month</span>
      </p>
      <p class="calc-card-hosting">
        <HostingSubtotal usd={result.hosting} />
      </p>
      {result.regionNote && <p class="calc-card-region">{result.regionNote}</p>}
      <ul class="calc-lines">
        {result.lines.map((line) => (
          <Line key={line.id} line={line} lazy={lazy} />
        ))}
      </ul>
      <Deferred
        load={loadOptionFit}
        what="The quota checks"
        asServed={asServed}
        props={{ scenario, option: result.option, optionLabel: result.label, embed }}
      />
      {result.notes.length > 0 && (
        <details class="calc-notes">
          <summary>
            Notes and assumptions ({result.notes.length})<span class="sr-only"> for {result.label}</span>
          </summary>
          <ul>
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

const refsKey = (line: LineItem): string => line.priceIds.map(refKey).join(' ');

const Line = pure(
  ({ line, lazy }: { line: LineItem; lazy: boolean }) => <LineView line={line} lazy={lazy} />,
  (a, b) =>
    a.lazy === b.lazy &&
    a.line.id === b.line.id &&
    a.line.usd === b.line.usd &&
    a.line.label === b.line.label &&
    a.line.formula === b.line.formula &&
    a.line.note === b.line.note &&
    refsKey(a.line) === refsKey(b.line),
);

function LineView({ line, lazy }: { line: LineItem; lazy: boolean }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // A formula opened before the page hydrated stays filled in, and mounted: this runs as it
  // hydrates, before `lazy` turns true, so its body keeps the server's list of sources.
  useLayoutEffect(() => {
    if (details.current?.open) setOpen(true);
  }, [lazy]);
  return (
    <li class="calc-line" data-line={line.id} data-usd={usdAttribute(line.usd)}>
      <span class="calc-line-label">{line.label}</span>
      <span class="calc-line-usd">{formatUsd(line.usd)}</span>
      <details ref={details} class="calc-formula" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          Formula<span class="sr-only">: {line.label}</span>
        </summary>
        {(open || !lazy) && <FormulaBody line={line} hydrated={lazy} />}
      </details>
    </li>
  );
}

/**
 * The filled-in formula, its note and the figures it uses, each with its source and dates.
 *
 * The figures' labels, sources and source dates are not in the browser's price book. The server
 * writes them under every formula, and a body rendered while hydrating keeps that list as the
 * server wrote it (ServerRendered) for as long as the line uses the same figures, even once
 * opened. A body mounted after hydration (a formula opened then), or whose figures changed,
 * loads them from /price-citations.json first.
 */
function FormulaBody({ line, hydrated }: { line: LineItem; hydrated: boolean }) {
  const refs = uniqueRefs(line.priceIds);
  const key = refsKey(line);
  // The figures of the server's list; null when there is none (mounted after hydration) or once
  // they changed. Never back: a list the browser rendered cannot become the server's again.
  const serverList = useRef(hydrated ? null : key);
  if (serverList.current !== key) serverList.current = null;
  const fromServer = serverList.current !== null;
  const citations = usePriceCitations(!fromServer && refs.length > 0);
  const leaving = useLeavingLink();
  return (
    <>
      <p class="calc-formula-text">{line.formula}</p>
      {line.note && <p class="calc-line-note">{line.note}</p>}
      {refs.length > 0 &&
        (fromServer ? (
          <ServerRendered as="ul" class="calc-sources">
            {import.meta.env.SSR ? <SourceItems refs={refs} /> : null}
          </ServerRendered>
        ) : citations.data ? (
          <ul class="calc-sources">
            <SourceItems refs={refs} citations={citations.data} />
          </ul>
        ) : (
          <p class="calc-sources-status">
            {citations.failed ? (
              <>
                The sources of these figures could not load: see them{' '}
                <a href={sitePath('sources/')} {...leaving}>
                  on the sources page
                </a>
                .
              </>
            ) : (
              'Loading the sources of these figures…'
            )}
          </p>
        ))}
    </>
  );
}

/** Each figure: its label (linked to its row on the sources page), Region, value, source and dates. */
function SourceItems({ refs, citations }: { refs: readonly ItemRef[]; citations?: PriceCitations }) {
  const leaving = useLeavingLink();
  return (
    <>
      {refs.map((ref) => {
        const d = priceDetail(ref, citations);
        const listed = sitePath(`sources/#${factAnchor(d.id, d.region)}`);
        return (
          <li key={refKey(ref)}>
            <a href={listed} {...leaving}>
              {d.label}
            </a>
            {d.region === 'global' ? '' : ` (${d.region})`}: {d.text}. Source:{' '}
            <a href={d.source.url} {...leaving} rel="noopener noreferrer">
              {d.source.title}
            </a>
            , {datesText(d)}.
          </li>
        );
      })}
    </>
  );
}
