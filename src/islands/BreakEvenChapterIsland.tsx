import { useMemo } from 'preact/hooks';
import { breakEvenChart } from '../lib/chart-data/break-even-series.ts';
import { calculatorPath } from '../lib/site/base.ts';
import { AtVolume, Headline } from './calculator/BreakEvenResults.tsx';
import { ChapterFrame } from './calculator/ChapterFrame.tsx';
import { useCalculatorForm } from './calculator/use-scenario-form.ts';

export interface BreakEvenChapterProps {
  /** A content/scenarios id: the chapter's scenario, which the reader can change and go back to. */
  preset: string;
  /** Prefix for every id in the island, unique on the page. */
  uid: string;
}

/**
 * The break-even calculator inside a guide chapter: the answer and the totals at the preset's
 * volume, and a form to change them that never touches the chapter's address. The chart, the
 * pairs and what moves the point are on the full calculator, which this links to.
 */
export default function BreakEvenChapterIsland({ preset: presetId, uid }: BreakEvenChapterProps) {
  const { form, preset, href } = useCalculatorForm('chapter', presetId, calculatorPath('break-even'));
  const data = useMemo(() => breakEvenChart(form.scenario), [form.scenario]);
  // Never null: an unknown preset id throws in useCalculatorForm, at build time.
  if (!preset) return null;
  return (
    <ChapterFrame
      uid={uid}
      calculator="break-even"
      preset={preset}
      form={form}
      href={href}
      heading={(changed) => `Break-even calculator: ${changed ? 'your inputs' : preset.title}`}
      fullLinkMore=", with the chart and what moves the point"
    >
      {() => (
        <>
          <Headline result={data.pairs[0]!} />
          <AtVolume uid={uid} data={data} level={4} />
        </>
      )}
    </ChapterFrame>
  );
}
