/** Clipboard and download helpers for the calculators' share and export buttons. */
import { calculatorHref, calculatorPath, type CalculatorId } from '../../lib/site/base.ts';
import { onDemand } from '../shared/on-demand.ts';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Blocked (permissions, an iframe without clipboard-write): the caller shows the text to copy by hand.
    return false;
  }
}

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The same address, absolute, so it works pasted anywhere. */
export function calculatorUrl(path: string, query: string): string {
  return new URL(calculatorHref(path, query), location.origin).href;
}

/** The embed template, loaded on first use like the export formats: few readers embed. */
export const loadEmbedSnippet = onDemand(() => import('../../lib/site/embed-snippet.ts'));

/** The embed code for this calculator with these inputs, for pasting into another site. */
export async function embedCodeFor(calculator: CalculatorId, query: string): Promise<string> {
  const { embedSnippet } = await loadEmbedSnippet();
  return embedSnippet({ origin: location.origin, path: calculatorPath(calculator, 'embed'), calculator, query });
}
