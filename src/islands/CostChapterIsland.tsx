import { useMemo } from 'preact/hooks';
import { estimate, lowestAvailable, type Estimate } from '../lib/cost/estimate.ts';
import { classicStatus } from '../lib/cost/shared.ts';
import { formatUsd, usdAttribute } from '../lib/format/money.ts';
import { HOSTING_NOTE } from '../lib/params/view.ts';
import { calculatorPath } from '../lib/site/base.ts';
import { ChapterFrame } from './calculator/ChapterFrame.tsx';
import { HostingSubtotal } from './calculator/HostingSubtotal.tsx';
import { LineTable } from './calculator/LineTable.tsx';
import { TotalsBar } from './calculator/TotalsBar.tsx';
import { useCalculatorForm } from './calculator/use-scenario-form.ts';

export interface CostChapterProps {
  /** A content/scenarios id: the chapter's scenario, which the reader can change and go back to. */
  preset: string;
  /**
   * That preset's summary, which the results open with (src/lib/scenario-notes.ts). It comes as
   * a prop because the browser's copy of the presets has no summaries.
   */
  presetSummary?: string | undefined;
  /** Prefix for every id in the island, unique on the page. */
  uid: string;
}

/**
 * The cost calculator inside a guide chapter: the preset's three totals and line table, and a
 * form to change them that never touches the chapter's address (it links to the full
 * calculator instead). An island of its own, so a chapter loads none of the full page's parts.
 */
export default function CostChapterIsland({ preset: presetId, presetSummary, uid }: CostChapterProps) {
  const { form, preset, href } = useCalculatorForm('chapter', presetId, calculatorPath('cost'));
  const est = useMemo(() => estimate(form.scenario), [form.scenario]);
  // Never null: an unknown preset id throws in useCalculatorForm, at build time.
  if (!preset) return null;
  return (
    <ChapterFrame
      uid={uid}
      calculator="cost"
      preset={preset}
      form={form}
      href={href}
      heading={() => `Cost calculator: ${preset.title}`}
      formFooter={<TotalsBar est={est} />}
    >
      {(changed) => (
        <>
          <p class="calc-chapter-lede">
            {changed ? 'Your inputs, changed from this scenario. ' : presetSummary && `${presetSummary} `}
            Monthly cost in US dollars (730-hour month). {HOSTING_NOTE}
          </p>
          <ChapterTotals est={est} />
          <LineTable est={est} contract="lines" caption={`Monthly cost in USD: ${changed ? 'your inputs' : preset.title}`} />
        </>
      )}
    </ChapterFrame>
  );
}

/**
 * The three monthly totals above the line table, stacked so a phone shows them all without a
 * sideways swipe (the table beside them scrolls). Each total is announced when it changes.
 */
function ChapterTotals({ est }: { est: Estimate }) {
  const lowest = lowestAvailable(est);
  return (
    <ul class="calc-chapter-totals">
      {est.options.map((o) => (
        <li key={o.option} data-option={o.option}>
          <span class="opt-mark" aria-hidden="true" />
          <span class="calc-chapter-total-name">
            {o.label}
            {o.option === 'bedrock-agents' && <span class="calc-col-status"> ({classicStatus()})</span>}
          </span>{' '}
          <output data-line="total" data-usd={usdAttribute(o.total)} aria-live="polite" aria-atomic="true">
            {formatUsd(o.total)}
          </output>
          <span class="calc-per"> a month{o.option === lowest ? ', the lowest you can choose' : ''}.</span>{' '}
          <span class="calc-per">
            <HostingSubtotal usd={o.hosting} />
          </span>
        </li>
      ))}
    </ul>
  );
}
