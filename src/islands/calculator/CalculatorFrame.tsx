import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultScenario } from '../../lib/cost/scenario.ts';
import { getPreset, type Preset } from '../../lib/scenarios.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { PresetBar } from './PresetBar.tsx';
import { ScenarioFields } from './ScenarioForm.tsx';
import { useGoToField, useHydrated } from '../shared/hooks.ts';
import { stateFromQuery, stateFromScenario, type ScenarioForm } from './use-scenario-form.ts';
import { calculatorHref, calculatorPath } from '../../lib/site/base.ts';
import type { Arrival } from '../../lib/decisions/calculator.ts';
import { InEmbed, leavingLink } from './leaving-links.ts';
import { ServerRendered } from '../shared/ServerRendered.tsx';
import { onDemand, useLoaded } from '../shared/on-demand.ts';
import { joinQuery } from '../../lib/params/view.ts';

// Only some addresses ask for these: a walkthrough outcome's (`from=`), or a link's older or
// unknown prices (`prices=`). Their code loads then.
const loadArrivalBanner = onDemand(() => import('./ArrivalBanner.tsx').then((m) => m.ArrivalBanner));
const loadPricesNotice = onDemand(() => import('./PricesNotice.tsx').then((m) => m.PricesNotice));

/** The presets offered at the top of both full calculators. */
const featured = ['seed-example', 'support-bot-business-hours', 'steady-pipeline', 'bursty-batch'];

interface Props {
  uid: string;
  /** The `data-calculator` value, and the embed view's path segment. */
  calculator: 'cost' | 'break-even';
  form: ScenarioForm;
  /** The full calculator page's path. */
  path: string;
  /** The full page with the current inputs (the embed's way back). */
  href: string;
  /** Page parameters the link to the other calculator keeps (`view=hosting`), as a query string. */
  carry?: string;
  /** Notes about the address's page parameters, shown with the one about its prices (a bad `view=`). */
  notices?: ComponentChildren;
  embed: boolean;
  /** What the no-JavaScript notice calls the server-rendered output ("figures", "results"). */
  shownWithoutJs: string;
  /** Shown under the form's submit button (the cost calculator's running totals). */
  formFooter?: ComponentChildren;
  /** The column beside the form (`resultsId` is its id, the target of "Jump to results"). */
  results: ComponentChildren;
  resultsId: string;
  /** Notes for readers arriving from a walkthrough outcome (`?from=<outcome id>`), by outcome id. */
  arrivals?: Readonly<Record<string, Arrival>> | undefined;
  /** Full-width sections below the form and results. */
  children?: ComponentChildren;
}

/**
 * What the cost and break-even pages (and their embeds) share: the way back from an embed,
 * the no-JavaScript notice, presets and Reset, the summary of input problems, and the GET
 * form that works without JavaScript.
 */
export function CalculatorFrame({
  uid,
  calculator,
  form,
  path,
  href,
  carry = '',
  notices,
  embed,
  shownWithoutJs,
  formFooter,
  results,
  resultsId,
  arrivals,
  children,
}: Props) {
  // Presets, Reset and the no-JS form stay on the page they are on (an embed stays in its frame).
  const self = embed ? calculatorPath(calculator, 'embed') : path;
  const { openGroups, toggle, goTo } = useGoToField(uid);
  // In this order: the corrected seed example first, then from small to large workloads.
  const presets = useMemo(() => featured.map(getPreset), []);
  const active = presets.find((p) => p.query === form.query);
  const formRef = useRef<HTMLFormElement>(null);
  useKeepFocusedFieldClear(formRef);
  // An embed with ?layout=compact shows its results first and the inputs on request.
  const compact = useHydrated() && embed && document.documentElement.classList.contains('embed-compact');
  const [inputsOpen, setInputsOpen] = useState(false);
  const formId = `${uid}-form`;
  const leaving = leavingLink(embed);
  const other = calculator === 'cost' ? 'break-even' : 'cost';
  const arrival = useArrival(arrivals);
  const Banner = useLoaded(loadArrivalBanner, arrival !== null);
  const Notice = useLoaded(loadPricesNotice, form.prices.status !== 'current');
  return (
    <InEmbed.Provider value={embed}>
      <div
        class={embed ? 'calc calc-embed' : 'calc'}
        id={uid}
        data-calculator={calculator}
        data-inputs={embed ? (inputsOpen ? 'open' : 'closed') : undefined}
      >
        {embed && (
          <p class="calc-embed-link">
            <a href={href} {...leaving}>
              Open these inputs in the full calculator
            </a>{' '}
            (new tab), with the guide that explains each figure.
          </p>
        )}
        {/* Shown only without JavaScript, so only the server needs its words. */}
        <ServerRendered as="p" class="calc-nojs">
          {import.meta.env.SSR ? (
            <>
              <strong>JavaScript is off, so this page cannot recompute.</strong> The {shownWithoutJs} below are always those of the default
              scenario, whatever the form or the address says. Submitting the form puts your inputs in the address: open that address where
              JavaScript runs to see their {shownWithoutJs}.
            </>
          ) : null}
        </ServerRendered>
        <PresetBar
          uid={uid}
          presets={presets}
          active={active}
          path={self}
          onPreset={(p: Preset) => form.replace(stateFromQuery(p.query, defaultScenario))}
          onReset={() => form.replace(stateFromScenario(defaultScenario))}
        />
        {Banner && arrival && <Banner uid={uid} arrival={arrival} resultsId={resultsId} />}
        {Notice && <Notice uid={uid} form={form} />}
        {notices}
        <IssueSummary
          uid={uid}
          level={2}
          messages={form.messages}
          fromLink={form.state.fromLink}
          ignored={form.state.ignored}
          onGo={goTo}
        />
        {compact && (
          <p>
            <button
              type="button"
              class="button"
              aria-expanded={inputsOpen}
              aria-controls={formId}
              onClick={() => setInputsOpen(!inputsOpen)}
            >
              {inputsOpen ? 'Hide the inputs' : 'Change the inputs'}
            </button>
          </p>
        )}
        <div class="calc-main">
          <form
            ref={formRef}
            id={formId}
            class="calc-form"
            method="get"
            action={self}
            noValidate
            aria-label="Scenario inputs"
            onSubmit={(e) => e.preventDefault()}
          >
            <p class="calc-jump">
              <a href={`#${resultsId}`}>Jump to the results</a>
            </p>
            <ScenarioFields
              uid={uid}
              raw={form.state.raw}
              messages={form.messages}
              warnings={form.warnings}
              onEdit={form.edit}
              openGroups={openGroups}
              onToggleGroup={toggle}
            />
            <div class="calc-submit">
              <button type="submit" class="button">
                Put these inputs in the address
              </button>
            </div>
            {formFooter}
          </form>
          {results}
        </div>
        <p class="calc-next">
          <a href={calculatorHref(calculatorPath(other), joinQuery(form.query, carry))} {...leaving}>
            {other === 'break-even' ? 'Find the break-even for these inputs' : 'See the monthly cost and quota checks for these inputs'}
          </a>
        </p>
        {children}
      </div>
    </InEmbed.Provider>
  );
}

/**
 * The running totals stick to the bottom of the screen while the form is in view; when a
 * field or its hint gets focus underneath them, the page scrolls just enough to show both.
 * The position is worked out from where the field sits in the document before the browser's
 * own (possibly smooth) scroll to the control, which knows nothing of the bar, then set in
 * one step on the next frame, replacing that scroll.
 */
function useKeepFocusedFieldClear(formRef: RefObject<HTMLFormElement>): void {
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onFocus = (e: FocusEvent): void => {
      const bar = form.querySelector<HTMLElement>('.calc-sticky-bar');
      const field = (e.target as HTMLElement).closest<HTMLElement>('.calc-field');
      if (!bar || !field || getComputedStyle(bar).position !== 'sticky') return;
      const top = scrollY + field.getBoundingClientRect().top;
      const bottom = scrollY + field.getBoundingClientRect().bottom;
      const headerInset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
      const visibleBottom = innerHeight - bar.getBoundingClientRect().height - 8;
      requestAnimationFrame(() => {
        // The smallest move that shows the whole field between the header and the bar, top first if it cannot fit.
        const lowest = bottom - visibleBottom;
        const highest = top - headerInset;
        const target = Math.min(Math.max(scrollY, lowest), highest);
        if (Math.abs(target - scrollY) > 1) window.scrollTo({ top: target, behavior: 'instant' });
      });
    };
    form.addEventListener('focusin', onFocus);
    return () => form.removeEventListener('focusin', onFocus);
  }, [formRef]);
}

/** The walkthrough outcome the reader followed here (`?from=<outcome id>`), once the page has read its address. */
function useArrival(arrivals: Props['arrivals']): Arrival | null {
  const [arrival, setArrival] = useState<Arrival | null>(null);
  useEffect(() => {
    const from = new URLSearchParams(location.search).get('from');
    const found = from !== null && arrivals ? arrivals[from] : undefined;
    if (found) setArrival(found);
  }, [arrivals]);
  return arrival;
}
