/**
 * Draws a link card (src/lib/site/link-cards.ts) as a 1200 x 630 PNG at build time. Satori lays
 * the text out (wrapping included) and writes every glyph as an SVG path from the Inter files
 * passed in, so a card looks the same on any machine, with or without system fonts; sharp turns
 * that SVG into a palette PNG of 13 to 39 KB, far below the 300 KB that WhatsApp, the strictest
 * common app, accepts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { linkCardSize, type CardTotals, type LinkCard } from '../../lib/site/link-cards.ts';
import type { OptionId } from '../../lib/site/options.ts';
import { siteName } from '../../lib/site/sections.ts';

/** The site's dark theme (src/styles/tokens.css): it stays legible on light and dark chat backgrounds. */
const colors = {
  background: '#14161b',
  raised: '#1c1f26',
  text: '#e6e8ee',
  heading: '#ffffff',
  muted: '#aab0bf',
  accent: '#a3b1ff',
} as const;

/** The options' marks, dark-theme variants, as the calculator draws them. */
const optionColors: Record<OptionId, string> = {
  'bedrock-agents': '#f0b545',
  'agentcore-runtime': '#56b4e9',
  'ecs-fargate': '#3fcf9e',
};

const padding = { x: 72, top: 56, bottom: 48 } as const;

/** The favicon's three bars (public/favicon.svg), drawn as boxes. */
const logoColors = ['#e69f00', '#0072b2', '#009e73'] as const;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: string | Node | (string | Node)[] };
}

/** A satori element: the shape React would make, without React. */
const h = (type: string, style: Record<string, string | number>, ...children: (string | Node)[]): Node => ({
  type,
  props: { style, children: children.length === 1 && children[0] !== undefined ? children[0] : children },
});

/**
 * Long titles step down so they fit: the longest today (77 characters) takes three lines, a
 * preset's title on a card with totals two. Checked by eye; satori would let more lines overflow.
 */
function titleSize(title: string, withTotals: boolean): number {
  if (withTotals) return title.length > 70 ? 44 : 52;
  return title.length > 90 ? 54 : title.length > 40 ? 64 : 76;
}

function header(section: string | undefined): Node {
  const logo = h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 5, width: 44 },
    ...logoColors.map((c) => h('div', { height: 11, borderRadius: 3, backgroundColor: c })),
  );
  const name = h('div', { fontSize: 30, fontWeight: 700, color: colors.text }, siteName);
  const brand = h('div', { display: 'flex', alignItems: 'center', gap: 18 }, logo, name);
  if (!section) return h('div', { display: 'flex' }, brand);
  const pill = h(
    'div',
    { fontSize: 26, color: colors.accent, border: `2px solid ${colors.accent}`, borderRadius: 999, padding: '6px 22px' },
    section,
  );
  return h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, brand, pill);
}

function totalsRow(totals: CardTotals): Node {
  const boxes = totals.figures.map((f) =>
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        flex: 1,
        gap: 6,
        padding: '16px 22px',
        backgroundColor: colors.raised,
        borderLeft: `8px solid ${optionColors[f.option]}`,
        borderRadius: 8,
      },
      h('div', { fontSize: 24, color: colors.muted }, f.label),
      h('div', { fontSize: 44, fontWeight: 700, color: colors.heading }, f.amount),
    ),
  );
  return h(
    'div',
    { display: 'flex', flexDirection: 'column', gap: 14 },
    h('div', { fontSize: 24, color: colors.muted }, totals.caption),
    h('div', { display: 'flex', gap: 20 }, ...boxes),
  );
}

function cardTree(card: LinkCard): Node {
  const withTotals = card.totals !== undefined;
  const title = h(
    'div',
    { fontSize: titleSize(card.title, withTotals), fontWeight: 700, lineHeight: 1.15, color: colors.heading, letterSpacing: -0.5 },
    card.title,
  );
  const subtitle = card.subtitle ? [h('div', { fontSize: 34, lineHeight: 1.3, color: colors.text }, card.subtitle)] : [];
  const totals = card.totals ? [totalsRow(card.totals)] : [];
  const body = h(
    'div',
    { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center', gap: 32 },
    title,
    ...subtitle,
    ...totals,
  );
  // Sizes are explicit: satori added the padding to a box given 100%, pushing the edges off the canvas.
  const inner = h(
    'div',
    {
      width: linkCardSize.width - 2 * padding.x,
      height: linkCardSize.height - padding.top - padding.bottom,
      marginTop: padding.top,
      marginLeft: padding.x,
      display: 'flex',
      flexDirection: 'column',
      gap: 24,
    },
    header(card.section),
    body,
    h('div', { fontSize: 22, color: colors.muted }, card.dataNote),
  );
  return h(
    'div',
    {
      width: linkCardSize.width,
      height: linkCardSize.height,
      display: 'flex',
      backgroundColor: colors.background,
      color: colors.text,
      fontFamily: 'Inter',
    },
    inner,
  );
}

const require = createRequire(import.meta.url);

/**
 * Satori reads WOFF, not WOFF2. The Latin subset covers every character the cards print
 * (tests/dist/link-cards.test.ts checks each page's).
 */
async function loadFonts(): Promise<Parameters<typeof satori>[1]['fonts']> {
  const file = (weight: 400 | 700) => readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  const [regular, bold] = await Promise.all([file(400), file(700)]);
  return [
    { name: 'Inter', data: regular, weight: 400, style: 'normal' },
    { name: 'Inter', data: bold, weight: 700, style: 'normal' },
  ];
}

// Read once per build, not once per card.
let fonts: ReturnType<typeof loadFonts> | undefined;

export async function renderLinkCard(card: LinkCard): Promise<Buffer> {
  fonts ??= loadFonts();
  const svg = await satori(cardTree(card), { ...linkCardSize, fonts: await fonts });
  // A 64-color palette keeps the anti-aliased text smooth at less than half a true-color PNG's size;
  // effort 1 quantizes about three times faster than the default, at the same size here.
  return sharp(Buffer.from(svg)).png({ palette: true, colors: 64, effort: 1, compressionLevel: 9 }).toBuffer();
}
