/**
 * What each link card says: the image a chat or social app shows when someone pastes a link to
 * the guide (og:image, twitter:image). One card per page, with the page's title and its sidebar
 * section; the calculators' cards add the three monthly totals, and every named scenario gets a
 * card of its own. Drawing the cards is someone else's job (src/components/link-card/); this
 * module only decides their words and figures, so a test can read them.
 */
import { estimate } from '../cost/estimate.ts';
import type { Scenario } from '../cost/scenario.ts';
import { checkedText } from '../format/facts.ts';
import { formatCount, formatUsd } from '../format/money.ts';
import type { Preset } from '../scenarios.ts';
import { chapterPath, chapterRefs, type GuideEntryLike } from './chapters.ts';
import { buildSidebar } from './navigation.ts';
import type { OptionId } from './options.ts';
import { extraNav, pageTitles, sidebarGroups, siteName } from './sections.ts';

/** The size Open Graph and Twitter's large card expect (1.91:1); apps scale it down from there. */
export const linkCardSize = { width: 1200, height: 630 } as const;

export interface CardTotal {
  option: OptionId;
  label: string;
  /** As the calculator prints it: "$1,441.60". */
  amount: string;
}

export interface CardTotals {
  /** What the figures are for: "A month for 10,000 requests a day". */
  caption: string;
  figures: CardTotal[];
}

export interface LinkCard {
  /** The PNG's path under the site base: `og/guide/cost.png`. */
  image: string;
  title: string;
  /** The sidebar group the page sits in; none for the home and error pages. */
  section: string | undefined;
  /** A line under the title, where the title alone says too little (the home page). */
  subtitle: string | undefined;
  totals: CardTotals | undefined;
  /** How current the figures are, so a card seen months later says so. */
  dataNote: string;
}

/** `guide/cost/` -> `og/guide/cost.png`; the home page (``) -> `og/index.png`. */
export function cardImagePath(pagePath: string): string {
  const name = pagePath.replace(/\/$/, '');
  return `og/${name === '' ? 'index' : name}.png`;
}

export function presetCardImagePath(presetId: string): string {
  return `og/presets/${presetId}.png`;
}

/** The three options' monthly totals for a scenario, computed by the same model as the calculator. */
export function monthlyTotals(scenario: Scenario): CardTotals {
  return {
    caption: `A month for ${formatCount(scenario.requestsPerDay)} requests a day, on-demand prices`,
    figures: estimate(scenario).options.map((o) => ({ option: o.option, label: o.label, amount: formatUsd(o.total) })),
  };
}

/** The home page's title names no option; this line does. */
const homeSubtitle = 'Bedrock Agents, AgentCore Runtime or ECS on Fargate, with dated, sourced prices and live calculators';

export interface CardSources {
  chapters: readonly GuideEntryLike[];
  /** The calculators' starting scenario (their no-JavaScript output shows its totals). */
  defaultScenario: Scenario;
  presets: readonly Preset[];
}

/**
 * Every page's card, keyed by the page's path under the base (`guide/cost/`, `` for home,
 * `404/`). A page missing here has no card: the layout fails the build for it.
 */
export function pageCards({ chapters, defaultScenario }: CardSources): Map<string, LinkCard> {
  const sectionOf = sectionsByPath(chapters);
  const dataNote = dataNoteText();
  const defaults = monthlyTotals(defaultScenario);
  const card = (path: string, title: string, extra: { totals?: CardTotals; subtitle?: string } = {}): [string, LinkCard] => [
    path,
    { image: cardImagePath(path), title, section: sectionOf.get(path), subtitle: extra.subtitle, totals: extra.totals, dataNote },
  ];
  return new Map([
    ...chapters.map((c) => card(chapterPath(c.id), c.data.title)),
    card('calculators/cost/', pageTitles['calculators/cost/'], { totals: defaults }),
    card('calculators/break-even/', pageTitles['calculators/break-even/'], { totals: defaults }),
    card('decide/', pageTitles['decide/']),
    card('sources/', pageTitles['sources/']),
    card('changelog/', pageTitles['changelog/']),
    card('', pageTitles[''], { subtitle: homeSubtitle }),
    card('404/', pageTitles['404/']),
  ]);
}

/**
 * One card per named scenario, titled as a chapter's calculator heads it. A static host
 * cannot pick an image by query string, so these are for links that name a card themselves.
 */
export function presetCards({ chapters, presets }: CardSources): LinkCard[] {
  const section = sectionsByPath(chapters).get('calculators/cost/');
  const dataNote = dataNoteText();
  return presets.map((p) => ({
    image: presetCardImagePath(p.id),
    title: `Cost calculator: ${p.title}`,
    section,
    subtitle: undefined,
    totals: monthlyTotals(p.scenario),
    dataNote,
  }));
}

/** The card as one sentence, for og:image:alt: what a reader who cannot see it should learn. */
export function cardAltText(card: LinkCard): string {
  const head = `${siteName}: ${card.title}${card.section ? ` (${card.section})` : ''}.${card.subtitle ? ` ${card.subtitle}.` : ''}`;
  if (!card.totals) return head;
  const figures = card.totals.figures.map((f) => `${f.label} ${f.amount}`).join(', ');
  return `${head} ${card.totals.caption}: ${figures}.`;
}

function sectionsByPath(chapters: readonly GuideEntryLike[]): Map<string, string> {
  const groups = buildSidebar(chapterRefs(chapters), sidebarGroups, extraNav);
  return new Map(groups.flatMap((g) => g.links.map((link) => [link.path, g.label] as const)));
}

function dataNoteText(): string {
  return `Prices and limits checked ${checkedText()}`;
}
