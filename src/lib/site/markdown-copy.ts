/**
 * A chapter as Markdown, made from the chapter page the build wrote, so the copy shows exactly
 * the figures, links and corrections the page shows. It handles the elements the chapters
 * produce (see the components in src/components/mdx and src/components/prose), not HTML at
 * large: headings, paragraphs, lists, links, tables, code, emphasis, callouts and corrections
 * (as `>` quotes), verdicts, key facts, request-flow figures, tabs, and the calculators, which
 * become one line linking to the full calculator. Site chrome never reaches it: only the
 * article's header and its `.prose` body are read, and section anchors, figure popovers,
 * decorative icons, scripts and styles are dropped.
 */
import { classesOf, findAll, findFirst, hasClass, parseHtml, textContent, type HtmlElement, type HtmlNode } from './html-tree.ts';

/** What a chapter page holds that its Markdown copy needs. */
export interface ChapterPage {
  title: string;
  /** The one-line summary under the title (already Markdown). */
  description: string;
  /** The HTML page's canonical address; relative links in the body resolve against it. */
  canonicalUrl: string;
  /** The data version (YYYY-MM-DD) the page's figures were computed from, if the page names one. */
  dataVersion: string | undefined;
  /** The line under the title, e.g. "Facts checked December 5, 2026". */
  meta: string | undefined;
  /** The chapter's body: the children of its `.prose` element. */
  body: HtmlNode[];
}

/** The `<meta name>` a chapter page carries its data version in. */
export const dataVersionMetaName = 'adg-data-version';

const blockElements = new Set([
  'address',
  'article',
  'aside',
  'astro-island',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

/** Never content: behavior, decoration, and chrome that only makes sense on the page. */
const droppedElements = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'nav', 'input', 'select', 'textarea']);
/** Section "#" anchors and figure popovers (the figure's link leads to the same detail). */
const droppedClasses = ['anchor-link', 'fact-popover'];

function isDropped(e: HtmlElement): boolean {
  return (
    droppedElements.has(e.name) ||
    e.attrs['aria-hidden'] === 'true' ||
    'hidden' in e.attrs ||
    classesOf(e).some((c) => droppedClasses.includes(c))
  );
}

const isBlock = (node: HtmlNode): boolean => node.type === 'element' && blockElements.has(node.name);
const isElement = (node: HtmlNode, name?: string): node is HtmlElement =>
  node.type === 'element' && (name === undefined || node.name === name);
/** Children that are elements or non-blank text (the whitespace between tags says nothing). */
const meaningful = (nodes: readonly HtmlNode[]): HtmlNode[] => nodes.filter((n) => n.type === 'element' || n.value.trim() !== '');

/** Stands for a hard line break until whitespace is collapsed. */
const HARD_BREAK = '\u0000';

// ---------------------------------------------------------------------------------------------
// Text

/** Escapes what Markdown would read as syntax inside running text. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\\`*[\]~]/g, '\\$&')
      // `_` emphasizes only at a word's edge; inside `snake_case` it is text.
      .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace('_', '\\_'))
      // `<` starts an HTML tag or autolink only before a letter, `/`, `!` or `?`.
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      // `&amp;` as text must not turn into `&` when the Markdown is rendered.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
  );
}

/** Escapes what would make a paragraph's first characters a heading, quote, list or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#>=+-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Applies `mark` to the text without its edge whitespace, which stays outside. */
function around(text: string, mark: (inner: string) => string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark(m[2])}${m[3]}` : text;
}

/** Emphasis markers hug the text: `**a** b`, never `** a **` (which Markdown leaves literal). */
const wrap = (text: string, marker: string): string => around(text, (inner) => `${marker}${inner}${marker}`);

/** A link target Markdown reads as one: absolute, and no spaces or parentheses left unescaped. */
function linkTarget(href: string, pageUrl: string): string {
  const escapes: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29' };
  return new URL(href, pageUrl).href.replace(/[ ()]/g, (c) => escapes[c]!);
}

interface Context {
  pageUrl: string;
}

function inlineOf(nodes: readonly HtmlNode[], ctx: Context): string {
  return nodes.map((node) => inlineNode(node, ctx)).join('');
}

function inlineNode(node: HtmlNode, ctx: Context): string {
  if (node.type === 'text') return escapeText(node.value);
  if (isDropped(node)) return '';
  switch (node.name) {
    case 'br':
      return HARD_BREAK;
    case 'strong':
    case 'b':
      return wrap(inlineOf(node.children, ctx), '**');
    case 'em':
    case 'i':
      return wrap(inlineOf(node.children, ctx), '*');
    case 'code':
      return codeSpan(textContent(node.children));
    case 'a': {
      const text = inlineOf(node.children, ctx);
      const href = node.attrs['href'];
      if (!text.trim() || href === undefined || href === '') return text;
      return around(text, (inner) => `[${inner}](${linkTarget(href, ctx.pageUrl)})`);
    }
    default:
      // A flow step's note reads after its label.
      if (hasClass(node, 'flow-note')) return ` (${inlineOf(node.children, ctx).trim()})`;
      // Blocks inside inline content (not produced today) read as a space-separated run.
      if (isBlock(node)) return ` ${blocksOf(node.children, ctx).join(' ')} `;
      return inlineOf(node.children, ctx);
  }
}

/** Inline content as one line (or lines split at hard breaks), whitespace collapsed as HTML does. */
function lineOf(nodes: readonly HtmlNode[], ctx: Context): string {
  return inlineOf(nodes, ctx)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(new RegExp(` ?${HARD_BREAK} ?`, 'g'), '\\\n')
    .trim();
}

function paragraph(nodes: readonly HtmlNode[], ctx: Context): string {
  const text = lineOf(nodes, ctx);
  return text && escapeLineStart(text);
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** Markdown blocks (to be joined by blank lines) for a run of nodes; loose inline runs become paragraphs. */
function blocksOf(nodes: readonly HtmlNode[], ctx: Context): string[] {
  const out: string[] = [];
  let run: HtmlNode[] = [];
  const flush = (): void => {
    const text = paragraph(run, ctx);
    if (text) out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && isDropped(node)) continue;
    if (node.type === 'element' && isBlock(node)) {
      flush();
      out.push(...blockOf(node, ctx).filter(Boolean));
    } else {
      run.push(node);
    }
  }
  flush();
  return out;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');
}

function quote(blocks: readonly string[]): string {
  return blocks
    .join('\n\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function bold(nodes: readonly HtmlNode[], ctx: Context): string {
  const text = lineOf(nodes, ctx);
  return text && `**${text}**`;
}

function blockOf(e: HtmlElement, ctx: Context): string[] {
  if (e.name === 'astro-island' || 'data-calculator' in e.attrs) return [calculatorLine(e, ctx)];
  // Asides and corrections: the title in bold, then the body, all quoted.
  if (hasClass(e, 'callout') || hasClass(e, 'verdict')) return [quote(blocksOf(e.children, ctx))];
  if (hasClass(e, 'callout-title') || hasClass(e, 'key-facts-title') || 'data-tab-label' in e.attrs) return [bold(e.children, ctx)];
  if (hasClass(e, 'verdict-title')) return [verdictTitle(e, ctx)];
  const level = /^h([1-6])$/.exec(e.name)?.[1];
  if (level) return [`${'#'.repeat(Number(level))} ${lineOf(e.children, ctx)}`];
  switch (e.name) {
    case 'p':
      return [paragraph(e.children, ctx)];
    case 'figcaption':
      return [bold(e.children, ctx)];
    case 'ul':
    case 'ol':
      return listOf(e, ctx);
    case 'dl':
      return definitionsOf(e, ctx);
    case 'table':
      return tableOf(e, ctx);
    case 'pre':
      return [codeBlock(e)];
    case 'blockquote':
      return [quote(blocksOf(e.children, ctx))];
    case 'hr':
      return ['---'];
    default:
      return blocksOf(e.children, ctx);
  }
}

/** A calculator is interactive: the copy names it and links to the full calculator with the same inputs. */
function calculatorLine(e: HtmlElement, ctx: Context): string {
  const link = findFirst(e.children, (x) => x.name === 'a' && hasClass(x, 'calc-full-link'));
  if (!link?.attrs['href']) throw new Error('A calculator in the chapter has no link to its full page (a.calc-full-link).');
  const title = findFirst(e.children, (x) => hasClass(x, 'calc-chapter-title'));
  const name = title ? lineOf(title.children, ctx) : 'Calculator';
  return `**${name}** (interactive): [${lineOf(link.children, ctx)}](${linkTarget(link.attrs['href'], ctx.pageUrl)})`;
}

/** "Verdict: Use cases" and "It depends" are two badges on the page; here, a title and its lean. */
function verdictTitle(e: HtmlElement, ctx: Context): string {
  const topic = findFirst(e.children, (x) => hasClass(x, 'verdict-topic'));
  const lean = findFirst(e.children, (x) => hasClass(x, 'verdict-lean'));
  if (!topic || !lean) return bold(e.children, ctx);
  return `**${lineOf(topic.children, ctx)}** (${lineOf(lean.children, ctx)})`;
}

function listOf(e: HtmlElement, ctx: Context): string[] {
  const items = e.children.filter((n): n is HtmlElement => isElement(n, 'li') && !isDropped(n));
  // Markdown cannot hold a heading inside a list item readably, so a list whose items are
  // sections (the decision tree's questions) becomes those sections, one after another.
  if (items.some((li) => findFirst(li.children, (x) => /^h[1-6]$/.test(x.name)))) return items.flatMap((li) => blocksOf(li.children, ctx));
  const ordered = e.name === 'ol';
  let number = Number(e.attrs['start'] ?? 1);
  const rendered = items
    .map((li) => blocksOf(li.children, ctx))
    .filter((blocks) => blocks.length > 0)
    .map((blocks) => {
      const marker = ordered ? `${number++}.` : '-';
      const body = indent(blocks.join('\n\n'), ' '.repeat(marker.length + 1));
      return { text: `${marker} ${body.trimStart()}`, loose: blocks.length > 1 };
    });
  if (rendered.length === 0) return [];
  return [rendered.map((r) => r.text).join(rendered.some((r) => r.loose) ? '\n\n' : '\n')];
}

/** `<dt>Label</dt><dd>text</dd>` reads as "**Label:** text"; a multi-paragraph `dd` keeps its paragraphs. */
function definitionsOf(e: HtmlElement, ctx: Context): string[] {
  const out: string[] = [];
  let label = '';
  for (const node of e.children) {
    if (!isElement(node) || isDropped(node)) continue;
    if (node.name === 'dt') {
      const text = lineOf(node.children, ctx);
      label = text && `**${/[:?]$/.test(text) ? text : `${text}:`}**`;
      continue;
    }
    if (node.name !== 'dd') continue;
    const blocks = blocksOf(node.children, ctx);
    const [first, ...rest] = blocks;
    // "**Label:** text" when the definition opens with text or a paragraph, not with a list or table.
    const lead = meaningful(node.children)[0];
    const startsWithText = first !== undefined && lead !== undefined && (!isBlock(lead) || isElement(lead, 'p'));
    if (label && startsWithText) out.push(`${label} ${first}`, ...rest);
    else out.push(...(label ? [label] : []), ...blocks);
    label = '';
  }
  if (label) out.push(label);
  return out;
}

function tableOf(e: HtmlElement, ctx: Context): string[] {
  const caption = e.children.find((n): n is HtmlElement => isElement(n, 'caption'));
  const section = (name: string): HtmlElement[] =>
    e.children
      .filter((n): n is HtmlElement => isElement(n, name))
      .flatMap((s) => s.children.filter((n): n is HtmlElement => isElement(n, 'tr')));
  const head = section('thead');
  const rows = [...head, ...e.children.filter((n): n is HtmlElement => isElement(n, 'tr')), ...section('tbody'), ...section('tfoot')];
  if (rows.length === 0) return [];
  const cells = rows.map((tr) =>
    tr.children
      .filter((n): n is HtmlElement => isElement(n, 'th') || isElement(n, 'td'))
      .map((cell) =>
        blocksOf(cell.children, ctx)
          .join(' ')
          .replace(/\s*\n\s*/g, ' ')
          // In a table a pipe ends the cell, even inside code.
          .replace(/\|/g, '\\|'),
      ),
  );
  const width = Math.max(...cells.map((r) => r.length));
  const line = (row: string[]): string => `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
  const [header, ...body] = cells;
  const table = [line(header!), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
  const title = caption ? bold(caption.children, ctx) : '';
  return title ? [title, table] : [table];
}

function codeBlock(pre: HtmlElement): string {
  const code = pre.children.find((n): n is HtmlElement => isElement(n, 'code'));
  const language =
    pre.attrs['data-language'] ??
    [...classesOf(code ?? pre), ...classesOf(pre)].find((c) => c.startsWith('language-'))?.slice('language-'.length) ??
    '';
  const text = textContent((code ?? pre).children).replace(/\n$/, '');
  const longest = Math.max(0, ...[...text.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language === 'plaintext' ? '' : language}\n${text}\n${fence}`;
}

// ---------------------------------------------------------------------------------------------
// Pages

/** The body of a chapter (or any run of the site's content HTML) as Markdown, links made absolute against `pageUrl`. */
export function htmlToMarkdown(nodes: readonly HtmlNode[], pageUrl: string): string {
  return `${blocksOf(nodes, { pageUrl }).join('\n\n')}\n`;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Reads a built chapter page: its title, summary, canonical address, data version and body. */
export function readChapterPage(html: string): ChapterPage {
  const nodes = parseHtml(html);
  const head = findFirst(nodes, (e) => e.name === 'head')?.children ?? [];
  const canonicalUrl = findFirst(head, (e) => e.name === 'link' && e.attrs['rel'] === 'canonical')?.attrs['href'];
  const article = findFirst(nodes, (e) => e.name === 'article');
  const h1 = article && findFirst(article.children, (e) => e.name === 'h1');
  const prose = article && findFirst(article.children, (e) => hasClass(e, 'prose'));
  if (!canonicalUrl || !h1 || !prose)
    throw new Error('Not a chapter page: it needs a canonical link, an <article> with an <h1> and a .prose body.');
  const ctx = { pageUrl: canonicalUrl };
  const lede = findFirst(article.children, (e) => hasClass(e, 'lede'));
  const meta = findFirst(article.children, (e) => hasClass(e, 'page-meta'));
  const dataVersion = findFirst(head, (e) => e.name === 'meta' && e.attrs['name'] === dataVersionMetaName)?.attrs['content'];
  return {
    title: oneLine(textContent(h1.children)),
    description: lede ? lineOf(lede.children, ctx) : '',
    canonicalUrl,
    dataVersion: dataVersion || undefined,
    meta: meta ? oneLine(textContent(meta.children)) : undefined,
    body: prose.children,
  };
}

/**
 * The Markdown copy: `# Title`, the one-line summary, where the page lives and which data set
 * its figures come from, then the body.
 */
export function chapterMarkdown(page: ChapterPage): string {
  const facts = [
    `- Page: [${page.canonicalUrl}](${page.canonicalUrl})`,
    ...(page.dataVersion ? [`- Data set: ${page.dataVersion} (every price, limit and estimate below comes from it)`] : []),
    ...(page.meta ? [`- ${escapeText(page.meta)}`] : []),
  ];
  const header = [
    `# ${escapeText(page.title)}`,
    ...(page.description ? [escapeLineStart(oneLine(page.description))] : []),
    facts.join('\n'),
  ];
  return `${header.join('\n\n')}\n\n${htmlToMarkdown(page.body, page.canonicalUrl)}`;
}

/**
 * Where a page says its Markdown copy lives (`<link rel="alternate" type="text/markdown">`, as
 * written) and the page's canonical address, or undefined for a page without a copy. A page
 * naming two copies is a mistake in its template.
 */
export function markdownCopyOf(html: string): { href: string; canonicalUrl: string } | undefined {
  // Only the head is read: the security headers ask this of every page of the build.
  const headEnd = html.indexOf('</head>');
  const head = findFirst(parseHtml(headEnd === -1 ? html : html.slice(0, headEnd)), (e) => e.name === 'head')?.children ?? [];
  const links = findAll(head, (e) => e.name === 'link');
  const copies = links.filter((e) => e.attrs['rel'] === 'alternate' && e.attrs['type'] === 'text/markdown' && e.attrs['href']);
  if (copies.length === 0) return undefined;
  if (copies.length > 1) throw new Error(`A page names ${copies.length} Markdown copies: ${copies.map((e) => e.attrs['href']).join(', ')}`);
  const canonicalUrl = links.find((e) => e.attrs['rel'] === 'canonical')?.attrs['href'];
  if (!canonicalUrl) throw new Error(`The page of ${copies[0]!.attrs['href']} has no canonical link.`);
  return { href: copies[0]!.attrs['href']!, canonicalUrl };
}
