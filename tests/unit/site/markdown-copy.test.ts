/**
 * The HTML -> Markdown conversion behind the chapters' Markdown copies. Each input is written
 * here in the shape the site's components produce (Fact, Correction, Aside, Verdict, Flow,
 * KeyFacts, Tabs, the calculators, Prism code blocks); each expected output is written by hand.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { parseHtml, textContent } from '../../../src/lib/site/html-tree.ts';
import { chapterMarkdown, escapeText, htmlToMarkdown, markdownCopyOf, readChapterPage } from '../../../src/lib/site/markdown-copy.ts';

const page = 'https://guide.example.org/agents/guide/cost/';
const md = (html: string): string => htmlToMarkdown(parseHtml(html), page);

test('the HTML reader decodes entities, keeps script text raw and tolerates void and stray end tags', () => {
  const nodes = parseHtml('<p>A &amp; B &#39;C&#x27; &lt;D&gt;<br>E</span></p><script>if (a < b && c) {}</script>');
  assert.equal(textContent(nodes), "A & B 'C' <D>Eif (a < b && c) {}");
  assert.equal(nodes.length, 2);
});

test('headings, paragraphs, emphasis and inline code', () => {
  assert.equal(
    md('<h2 id="x">Model <em>tokens</em></h2>\n<p>Pay  for <strong>tokens</strong>, not\n<code>global.</code> IDs.</p>'),
    '## Model *tokens*\n\nPay for **tokens**, not `global.` IDs.\n',
  );
});

test('a section heading loses its "#" anchor link and screen-reader label', () => {
  const html =
    '<div class="heading-wrapper level-h3"><h3 id="a">Retrieval</h3><a class="anchor-link" href="#a" data-pagefind-ignore>' +
    '<span aria-hidden="true">#</span><span class="sr-only">Link to section: Retrieval</span></a></div>';
  assert.equal(md(html), '### Retrieval\n');
});

test('links become absolute against the page: site paths, in-page anchors and outside links', () => {
  assert.equal(
    md(
      '<p>See <a href="/agents/guide/security/">security</a>, <a href="#q-2">the next question</a> and <a href="https://aws.amazon.com/x">AWS</a>.</p>',
    ),
    'See [security](https://guide.example.org/agents/guide/security/)' +
      ', [the next question](https://guide.example.org/agents/guide/cost/#q-2) and [AWS](https://aws.amazon.com/x).\n',
  );
});

test('a figure (<Price>, <Estimate>) is its value linked to its source, without the popover text', () => {
  const html =
    '<p>Costs <span class="fact"><a class="fact-value" href="/agents/sources/#fargate-x86--us-east-1" aria-describedby="fact-1">$0.04048 per vCPU-hour</a>' +
    '<span class="fact-popover" id="fact-1" role="tooltip" data-pagefind-ignore><span class="fact-line">Fargate vCPU, us-east-1.</span>' +
    '<span class="fact-line">Source: AWS Fargate pricing.</span></span></span> today.</p>';
  assert.equal(md(html), 'Costs [$0.04048 per vCPU-hour](https://guide.example.org/agents/sources/#fargate-x86--us-east-1) today.\n');
});

test('a correction is a quoted block: title, claim, what AWS documents, source', () => {
  const html =
    '<div class="callout callout-correction" role="group" aria-label="Correction" data-correction><p class="callout-title">' +
    '<svg aria-hidden="true"><path d="M0"></path></svg>Correction</p><dl class="correction-parts"><dt>Common claim</dt>' +
    '<dd class="claim">Queries cost $0.10 each.</dd><dt>What AWS documents</dt><dd class="callout-body"><p>No per-query fee.</p><p>Pay for the store.</p></dd></dl>' +
    '<p class="correction-source">Source: <a href="https://aws.amazon.com/bedrock/pricing/">Amazon Bedrock pricing</a>, checked <time datetime="2026-11-25">November 25, 2026</time>.</p></div>';
  assert.equal(
    md(html),
    [
      '> **Correction**',
      '>',
      '> **Common claim:** Queries cost $0.10 each.',
      '>',
      '> **What AWS documents:** No per-query fee.',
      '>',
      '> Pay for the store.',
      '>',
      '> Source: [Amazon Bedrock pricing](https://aws.amazon.com/bedrock/pricing/), checked November 25, 2026.',
      '',
    ].join('\n'),
  );
});

test('an aside and a verdict are quoted too, with their titles', () => {
  const aside =
    '<div class="callout callout-note" role="group" aria-label="Note"><p class="callout-title"><svg aria-hidden="true"></svg>Note</p>' +
    '<div class="callout-body"><ul>\n<li>One</li>\n<li>Two</li>\n</ul></div></div>';
  assert.equal(md(aside), '> **Note**\n>\n> - One\n> - Two\n');
  const verdict =
    '<div class="verdict" data-lean="depends" role="group"><p class="verdict-title"><span class="verdict-topic">Verdict: Cost</span> ' +
    '<span class="verdict-lean">It depends</span></p><div class="verdict-body"><p>Traffic decides.</p></div></div>';
  assert.equal(md(verdict), '> **Verdict: Cost** (It depends)\n>\n> Traffic decides.\n');
});

test('nested and ordered lists, and a list item of several paragraphs', () => {
  assert.equal(md('<ol start="3"><li>Three</li><li>Four<ul><li>sub</li></ul></li></ol>'), '3. Three\n\n4. Four\n\n   - sub\n');
  assert.equal(md('<ul><li><p>First</p><p>More</p></li><li>Second</li></ul>'), '- First\n\n  More\n\n- Second\n');
});

test('a list of sections (items with headings) becomes the sections themselves', () => {
  assert.equal(
    md('<ol class="dt-list"><li><h4 id="q-1"><span>Q1.</span> Where?</h4><p>Help.</p></li><li><h4 id="q-2">Q2. What?</h4></li></ol>'),
    '#### Q1. Where?\n\nHelp.\n\n#### Q2. What?\n',
  );
});

test('a table keeps its caption, header row, body and footer; pipes in cells are escaped', () => {
  const html =
    '<div class="table-scroll" role="region"><table><caption>Lines (us-east-1)</caption><thead><tr><th scope="col">Line</th><th>Cost</th></tr></thead>' +
    '<tbody><tr><th scope="row">Model <code>a|b</code></th><td><span class="fact"><a class="fact-value" href="/agents/calculators/cost/?x=1">$4,106.25</a>' +
    '<span class="fact-popover">popover</span></span></td></tr></tbody><tfoot><tr><th>Total</th><td>$1</td></tr></tfoot></table></div>';
  assert.equal(
    md(html),
    [
      '**Lines (us-east-1)**',
      '',
      '| Line | Cost |',
      '| --- | --- |',
      '| Model `a\\|b` | [$4,106.25](https://guide.example.org/agents/calculators/cost/?x=1) |',
      '| Total | $1 |',
      '',
    ].join('\n'),
  );
});

test('a code block stays code: fenced, with its language, Prism spans and entities undone', () => {
  const html =
    '<pre tabindex="0" class="language-python" data-language="python"><code class="language-python"><span class="token keyword">if</span> a <span class="token operator">&lt;</span> b:\n' +
    '    print(<span class="token string">&quot;x&quot;</span>)\n</code></pre>';
  assert.equal(md(html), '```python\nif a < b:\n    print("x")\n```\n');
  assert.equal(md('<pre><code>```\ninner\n```</code></pre>'), '````\n```\ninner\n```\n````\n');
});

test('tabs show each panel under its label', () => {
  const html =
    '<div class="tabs" data-tabs><div class="tab-panel" data-tab-panel><p class="tab-label" data-tab-label>Runtime</p>' +
    '<pre data-language="bash"><code>agentcore deploy</code></pre></div><div class="tab-panel" data-tab-panel><p class="tab-label" data-tab-label>Fargate</p><p>Build it.</p></div></div>';
  assert.equal(md(html), '**Runtime**\n\n```bash\nagentcore deploy\n```\n\n**Fargate**\n\nBuild it.\n');
});

test('a request flow is its caption and numbered steps; the arrows are dropped', () => {
  const html =
    '<figure class="flow"><figcaption>Request path</figcaption><ol><li><span class="flow-box"><span class="flow-label">Client</span>' +
    '<span class="flow-note">HTTPS</span></span><svg class="flow-arrow" aria-hidden="true"><path d="M4"></path></svg></li>' +
    '<li><span class="flow-box"><span class="flow-label">Agent</span></span></li></ol></figure>';
  assert.equal(md(html), '**Request path**\n\n1. Client (HTTPS)\n2. Agent\n');
});

test('key facts read as labeled lines', () => {
  const html =
    '<div class="key-facts" role="group"><p class="key-facts-title">Key facts: Fargate</p><dl><dt>Billing</dt><dd>Per second</dd>' +
    '<dt>Largest task</dt><dd><span class="fact"><a class="fact-value" href="/agents/sources/#max">16 vCPU</a></span></dd></dl></div>';
  assert.equal(
    md(html),
    '**Key facts: Fargate**\n\n**Billing:** Per second\n\n**Largest task:** [16 vCPU](https://guide.example.org/agents/sources/#max)\n',
  );
});

test('a calculator island becomes one line linking to the full calculator with the same scenario', () => {
  const html =
    '<astro-island uid="Z1" component-url="/_astro/CostCalculator.js" props="{}" ssr client="visible"><section class="calc calc-chapter" data-calculator="cost">' +
    '<h3 class="calc-chapter-title">Cost calculator: Seed example</h3><ul class="calc-chapter-totals"><li><output>$4,458.11</output></li></ul>' +
    '<p class="calc-chapter-actions"><a class="calc-full-link" href="/agents/calculators/cost/?model=claude&amp;fargate_tasks=10">Open this scenario in the full calculator</a></p>' +
    '</section><!--astro:end--></astro-island><script>(()=>{})()</script>';
  assert.equal(
    md(html),
    '**Cost calculator: Seed example** (interactive): [Open this scenario in the full calculator](https://guide.example.org/agents/calculators/cost/?model=claude&fargate_tasks=10)\n',
  );
  assert.throws(
    () => md('<astro-island><section data-calculator="cost"><h3>Calc</h3></section></astro-island>'),
    /no link to its full page/,
  );
});

test('scripts, styles, buttons, hidden and aria-hidden elements leave nothing behind', () => {
  assert.equal(
    md(
      '<style>.a{}</style><p>Text<button>Copy link</button><span hidden>secret</span><span aria-hidden="true">*</span></p><script>x()</script>',
    ),
    'Text\n',
  );
});

test('text that Markdown would read as syntax is escaped', () => {
  assert.equal(
    escapeText('a*b [c] `d` <Price> fargate_tasks _x_ &amp; \\'),
    'a\\*b \\[c\\] \\`d\\` \\<Price> fargate_tasks \\_x\\_ \\&amp; \\\\',
  );
  assert.equal(
    md('<p>1. Not a list</p><p># Not a heading</p><p>- Not an item</p>'),
    '1\\. Not a list\n\n\\# Not a heading\n\n\\- Not an item\n',
  );
});

const chapterPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cost | Guide</title>
<link rel="canonical" href="${page}"><link rel="alternate" type="text/markdown" href="/agents/guide/cost.md" title="Cost (Markdown)">
<meta name="adg-data-version" content="2026-12-05"></head><body><header class="site-header"><a href="/agents/">Home</a></header>
<nav id="site-nav"><a href="/agents/guide/overview/">Overview</a></nav><main><article data-pagefind-body><header class="page-header"><h1 id="_top">Cost: every line</h1>
<p class="lede">The monthly bill, line by line.</p><p class="page-meta">Facts checked December 5, 2026</p></header>
<details class="toc-mobile"><summary>On this page</summary><nav><a href="#a">A</a></nav></details>
<div class="prose"><p>Body text.</p></div></article><nav class="pagination"><a href="/agents/guide/scaling/">Next</a></nav></main>
<dialog class="search"><input type="search"></dialog></body></html>`;

test('a chapter copy starts with the title, summary, page address and data set, then the body, and nothing of the chrome', () => {
  assert.equal(
    chapterMarkdown(readChapterPage(chapterPage)),
    [
      '# Cost: every line',
      '',
      'The monthly bill, line by line.',
      '',
      `- Page: [${page}](${page})`,
      '- Data set: 2026-12-05 (every price, limit and estimate below comes from it)',
      '- Facts checked December 5, 2026',
      '',
      'Body text.',
      '',
    ].join('\n'),
  );
});

test("a page's Markdown copy address and canonical page are read from its head", () => {
  assert.deepEqual(markdownCopyOf(chapterPage), { href: '/agents/guide/cost.md', canonicalUrl: page });
  assert.equal(markdownCopyOf('<html><head><link rel="canonical" href="x"></head></html>'), undefined);
  assert.throws(() => readChapterPage('<html><head></head><body><p>No article</p></body></html>'), /Not a chapter page/);
});
