/**
 * A small HTML reader for pages this site built: elements with attributes, text with entities
 * decoded, comments and doctypes dropped. Not a general HTML5 parser: it trusts the markup to be
 * well formed (Astro writes every end tag), knows the void elements, and keeps the text of
 * <script>, <style> and <textarea> raw. An end tag with no open element of its name is ignored;
 * one that closes an element further up also closes the elements it skips.
 */

export interface HtmlElement {
  type: 'element';
  /** Lower case, e.g. `div`, `astro-island`. */
  name: string;
  /** Attribute names in lower case; a bare attribute (`hidden`) has the value `''`. */
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  /** Entities decoded. */
  value: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const rawTextElements = new Set(['script', 'style', 'textarea']);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  times: '\u00d7',
  middot: '\u00b7',
};

/** `&amp;`, `&#39;`, `&#x27;` and the named entities above; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(attributePattern)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** The nodes of an HTML document or fragment, in order. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  const open: HtmlElement[] = [root];
  const current = (): HtmlElement => open[open.length - 1]!;
  const addText = (raw: string): void => {
    if (raw !== '') current().children.push({ type: 'text', value: decodeEntities(raw) });
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      addText(html.slice(at));
      break;
    }
    addText(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      at = end === -1 ? html.length : end + 1;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt));
    if (!tag) {
      // A `<` that starts no tag (`a < b` in hand-written HTML) is text.
      addText('<');
      at = lt + 1;
      continue;
    }
    at = lt + tag[0].length;
    const name = tag[2]!.toLowerCase();
    if (tag[1]) {
      const index = open.findLastIndex((e) => e.name === name);
      if (index > 0) open.length = index;
      continue;
    }
    const element: HtmlElement = { type: 'element', name, attrs: parseAttributes(tag[3] ?? ''), children: [] };
    current().children.push(element);
    if (voidElements.has(name) || /\/\s*$/.test(tag[3] ?? '')) continue;
    if (rawTextElements.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, at);
      const end = close === -1 ? html.length : close;
      if (end > at) element.children.push({ type: 'text', value: html.slice(at, end) });
      const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
      at = closeEnd === -1 ? html.length : closeEnd + 1;
      continue;
    }
    open.push(element);
  }
  return root.children;
}

/** The element's classes, from its `class` attribute. */
export function classesOf(element: HtmlElement): string[] {
  return (element.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return classesOf(element).includes(name);
}

/** Every element under `nodes` (depth first, document order) for which `test` holds. */
export function findAll(nodes: readonly HtmlNode[], test: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (list: readonly HtmlNode[]): void => {
    for (const node of list) {
      if (node.type !== 'element') continue;
      if (test(node)) out.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return out;
}

/** The first element under `nodes` for which `test` holds. */
export function findFirst(nodes: readonly HtmlNode[], test: (e: HtmlElement) => boolean): HtmlElement | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    const inner = findFirst(node.children, test);
    if (inner) return inner;
  }
  return undefined;
}

/** All the text under `nodes`, as written (whitespace kept). */
export function textContent(nodes: readonly HtmlNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : textContent(n.children))).join('');
}
