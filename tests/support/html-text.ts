/** Turning built HTML into the text a reader sees, for content checks without a browser. */

/** Removes every element (with its descendants) whose opening tag matches `openTag`. */
export function removeElements(html: string, openTag: RegExp): string {
  let out = html;
  for (;;) {
    const m = openTag.exec(out);
    if (!m) return out;
    const tagName = /^<([a-z0-9-]+)/i.exec(m[0])?.[1]?.toLowerCase();
    if (!tagName) throw new Error(`Not an opening tag: ${m[0]}`);
    const tagRe = new RegExp(`<(/?)${tagName}\\b[^>]*>`, 'gi');
    tagRe.lastIndex = m.index;
    let depth = 0;
    let end = -1;
    for (let t = tagRe.exec(out); t; t = tagRe.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    if (end === -1) throw new Error(`Unclosed <${tagName}> at ${m.index}`);
    out = out.slice(0, m.index) + out.slice(end);
  }
}

/** Visible text: scripts, styles and tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The chapter body: what is inside <article>, without the page chrome. */
export function articleHtml(html: string): string {
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (start === -1 || end === -1) throw new Error('No <article> in page');
  return html.slice(start, end);
}
