import { useRef, useState } from 'preact/hooks';
import type { Estimate } from '../../lib/cost/estimate.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { copyText, downloadText, loadEmbedSnippet } from './share.ts';
import { loadPriceCitations } from './price-citations.ts';
import { onDemand } from '../shared/on-demand.ts';
import type { PriceCitations } from '../../lib/report/price-details.ts';
import type { ExportContext } from '../../lib/report/estimate-export.ts';

interface Props {
  uid: string;
  /** The estimate to export; without it (the break-even calculator) only the sharing actions show. */
  est?: Estimate;
  /** Absolute address of the full calculator with the current inputs (read when a button is pressed). */
  url: () => string;
  level: HeadingLevel;
  /** The iframe and script another site pastes to embed this calculator with these inputs. */
  embedCode: () => Promise<string>;
}

const today = (): string => new Date().toISOString().slice(0, 10);

type Formats = typeof import('../../lib/report/estimate-export.ts');
// The export formats load on first use (most readers never export), starting as soon as a
// pointer or the keyboard reaches the buttons, so a click rarely waits for them.
const loadFormats = onDemand(() => import('../../lib/report/estimate-export.ts'));
const preload = (): void => {
  loadFormats().catch(() => undefined);
  loadPriceCitations().catch(() => undefined);
  loadEmbedSnippet().catch(() => undefined);
};
const couldNotLoad = (what: string): string => `${what} could not load. Check your connection and press the button again.`;

/** Copy link, embed code, CSV, JSON, Markdown and print, with a polite confirmation after each. */
export function ExportBar({ uid, est, url, level, embedCode }: Props) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<{ label: string; text: string } | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  /** Runs an export once its format and the figures' labels, sources and dates have loaded, or says why it could not. */
  const withFormats = async (run: (f: Formats, ctx: ExportContext) => Promise<void> | void): Promise<void> => {
    let f: Formats;
    let citations: PriceCitations;
    try {
      [f, citations] = await Promise.all([loadFormats(), loadPriceCitations()]);
    } catch {
      setStatus(couldNotLoad('The export'));
      return;
    }
    await run(f, { url: url(), generated: new Date().toISOString(), citations });
  };

  const copy = async (label: string, text: string, done: string) => {
    if (await copyText(text)) {
      setManual(null);
      setStatus(done);
      return;
    }
    setManual({ label, text });
    setStatus(`Copying is blocked here: the ${label.toLowerCase()} is in the box below, selected, ready to copy.`);
    requestAnimationFrame(() => manualRef.current?.select());
  };

  return (
    <section class="calc-export" aria-labelledby={`${uid}-export-title`}>
      <Heading level={level} id={`${uid}-export-title`}>
        {est ? 'Share and export' : 'Share'}
      </Heading>
      <div class="calc-buttons" onPointerEnter={preload} onFocusIn={preload}>
        <button
          type="button"
          class="button"
          onClick={() => void copy('Link', url(), 'Link copied. It opens the calculator with these inputs.')}
        >
          Copy link
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            void embedCode().then(
              (code) =>
                copy('Embed code', code, 'Embed code copied: paste it into any HTML page to show this calculator with these inputs.'),
              () => setStatus(couldNotLoad('The embed code')),
            )
          }
        >
          Copy embed code
        </button>
        {est && (
          <>
            <button
              type="button"
              class="button"
              onClick={() =>
                void withFormats((f, ctx) => {
                  downloadText(`agent-cost-estimate-${today()}.csv`, f.estimateCsv(est, ctx), 'text/csv;charset=utf-8');
                  setStatus('CSV downloaded: inputs, every line, totals and the prices with their sources and dates.');
                })
              }
            >
              Download CSV
            </button>
            <button
              type="button"
              class="button"
              onClick={() =>
                void withFormats((f, ctx) => {
                  downloadText(`agent-cost-estimate-${today()}.json`, f.estimateJson(est, ctx), 'application/json');
                  setStatus('JSON downloaded: inputs, every line with its formula, totals and the prices with their sources and dates.');
                })
              }
            >
              Download JSON
            </button>
            <button
              type="button"
              class="button"
              onClick={() =>
                void withFormats((f, ctx) =>
                  copy('Markdown table', f.estimateMarkdown(est, ctx), 'Markdown table copied, with a link to these inputs.'),
                )
              }
            >
              Copy Markdown table
            </button>
          </>
        )}
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p class="calc-status" role="status">
        {status}
      </p>
      {manual && (
        <div class="calc-manual">
          <label for={`${uid}-manual`}>{manual.label}</label>
          <textarea id={`${uid}-manual`} ref={manualRef} readOnly rows={manual.text.includes('\n') ? 8 : 2} value={manual.text} />
        </div>
      )}
    </section>
  );
}
