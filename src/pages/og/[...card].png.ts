import type { APIRoute, GetStaticPaths } from 'astro';
import { linkCardSources } from '../../components/link-card/card-sources.ts';
import { renderLinkCard } from '../../components/link-card/render-link-card.ts';
import { pageCards, presetCards, type LinkCard } from '../../lib/site/link-cards.ts';

/**
 * /og/<page>.png and /og/presets/<id>.png: the link card of every page and of every named
 * scenario, drawn at build time (about 60 ms a card). BaseLayout points each page's og:image
 * at its card.
 */
export const getStaticPaths = (async () => {
  const sources = await linkCardSources();
  const cards = [...pageCards(sources).values(), ...presetCards(sources)];
  // `og/guide/cost.png` -> the rest parameter `guide/cost`.
  return cards.map((card) => ({ params: { card: card.image.replace(/^og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: LinkCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderLinkCard(props.card)), { headers: { 'content-type': 'image/png' } });
