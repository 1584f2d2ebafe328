import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { cleanEcho, echoList, quoteEcho } from '../../../src/lib/format/echo.ts';

describe('text from the address, shown back', () => {
  it('drops bidirectional overrides, so a link cannot reverse the sentence around it', () => {
    // U+202E (right-to-left override) then U+202C (pop): the reader would see "gnp.exe".
    assert.equal(cleanEcho('exe.png\u202Egnp.exe\u202C'), 'exe.pnggnp.exe');
    assert.equal(cleanEcho('a\u2066b\u2067c\u2068d\u2069e\u200Ff\u061Cg'), 'abcdefg');
  });

  it('drops control and invisible characters', () => {
    assert.equal(cleanEcho('line\nbreak\ttab\u0000nul\u007Fdel\u0085nel'), 'linebreaktabnuldelnel');
    assert.equal(cleanEcho('zero\u200Bwidth\uFEFFbom'), 'zerowidthbom');
  });

  it('cuts at 30 characters (an emoji counts as one) without a space before the ellipsis', () => {
    assert.equal(cleanEcho('Sign in with your AWS account at evil.example'), 'Sign in with your AWS account…');
    assert.equal(cleanEcho('🙂'.repeat(31)), `${'🙂'.repeat(30)}…`);
    assert.equal(cleanEcho('x'.repeat(30)), 'x'.repeat(30));
  });

  it('quotes in curly quotes', () => {
    assert.equal(quoteEcho('utm_source'), '“utm_source”');
  });

  it('lists five at most and counts the rest', () => {
    assert.equal(echoList(['a']), '“a”');
    assert.equal(echoList(['a', 'b', 'c', 'd', 'e']), '“a”, “b”, “c”, “d”, “e”');
    assert.equal(echoList(['a', 'b', 'c', 'd', 'e', 'f', 'g']), '“a”, “b”, “c”, “d”, “e” and 2 more');
  });

  it('never echoes more than five items of 31 characters, whatever the list', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 50 }), (items) => {
        const text = echoList(items);
        assert.ok([...text].length <= 5 * (31 + 2) + 4 * 2 + ' and 99 more'.length, text);
        assert.doesNotMatch(text, /[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});
