import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/lib/site/embed-snippet.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const documented = /### Embedding\s+```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

describe('the embed snippet', () => {
  it('the README shows exactly what "Copy embed code" copies', () => {
    const copied = embedSnippet({
      origin: 'https://guide.example.com',
      path: '/embed/cost/',
      calculator: 'cost',
      query: 'requests_per_day=2500&model=claude-haiku-4-5',
    });
    expect(documented).toBe(copied);
  });

  it('escapes the address inside the attribute and names each calculator', () => {
    const snippet = embedSnippet({
      origin: 'https://g.example',
      path: '/agents/embed/break-even/',
      calculator: 'break-even',
      query: 'a=1&b="x"',
    });
    expect(snippet).toContain('src="https://g.example/agents/embed/break-even/?a=1&amp;b=&quot;x&quot;"');
    expect(snippet).toContain('title="Agent hosting break-even calculator"');
    expect(snippet).toContain("document.getElementById('adg-break-even')");
    expect(snippet).toContain("event.origin !== 'https://g.example'");
  });
});
