/**
 * The HTML another site pastes to embed a calculator: an iframe of the embed view with the
 * reader's inputs, and the script that sizes it to the height the embed posts. The script
 * accepts only its own iframe's messages, from this site's origin, with a height from 0 to
 * 20,000 px. The README shows the same snippet (a test keeps them equal).
 */
import type { CalculatorId } from './base.ts';

export interface EmbedSnippetOptions {
  /** This site's origin, as the host page will reach it (`https://guide.example.com`). */
  origin: string;
  /** The embed view's path under the origin, base path included (`/embed/cost/`). */
  path: string;
  calculator: CalculatorId;
  /** The inputs (and `prices=`), as a query string without `?`. */
  query: string;
}

const titles: Record<CalculatorId, string> = {
  cost: 'Agent hosting cost calculator',
  'break-even': 'Agent hosting break-even calculator',
};

// Tall enough that most hosts never see the iframe grow before the script sizes it.
const heights: Record<CalculatorId, number> = { cost: 900, 'break-even': 1100 };

const attr = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedSnippet({ origin, path, calculator, query }: EmbedSnippetOptions): string {
  const id = `adg-${calculator}`;
  const src = `${origin}${path}${query ? `?${query}` : ''}`;
  return `<iframe
  id="${id}"
  title="${titles[calculator]}"
  src="${attr(src)}"
  width="100%"
  height="${heights[calculator]}"
  loading="lazy"
></iframe>
<script>
  // The embed posts its height whenever it changes; size the iframe to it.
  (function () {
    var frame = document.getElementById('${id}');
    window.addEventListener('message', function (event) {
      // Only this iframe's messages: with two embeds on a page, each posts its own height.
      if (event.source !== frame.contentWindow) return;
      if (event.origin !== '${origin}') return;
      var data = event.data;
      if (!data || data.type !== 'agent-deploy-guide:height') return;
      var height = data.height;
      // A number from 0 to 20,000 px only (NaN and Infinity fail both comparisons).
      if (typeof height !== 'number' || !(height >= 0 && height <= 20000)) return;
      frame.style.height = Math.ceil(height) + 'px';
    });
  })();
</script>
`;
}
