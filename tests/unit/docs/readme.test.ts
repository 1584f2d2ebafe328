/**
 * The README's parameter table is what integrators read first; it must say what the calculators
 * actually accept. Each row is checked against the field list, and every parameter must appear
 * in the table or in the "Others" list below it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldByParam, pageParamNames, paramNames, type FieldMeta } from '../../../src/lib/params/fields.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### URL parameters'), readme.indexOf('### The data-* contract'));
const inputTable = section.slice(section.indexOf('| parameter | input |')).split('\n\n')[0] ?? '';
const rows = inputTable
  .split('\n')
  .filter((line) => /^\| `[a-z_]+` \|/.test(line))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
const codes = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** How the README spells what a field accepts, written here from the field kinds' meaning. */
function allowedText(f: FieldMeta): string {
  const n = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
  switch (f.kind) {
    case 'int':
      return `whole number ${n(f.min)} to ${n(f.max)}`;
    case 'number':
      return `number ${n(f.min)} to ${n(f.max)}`;
    case 'auto':
      return `\`auto\` or ${f.integer ? 'whole number' : 'number'} ${n(f.min)} to ${n(f.max)}`;
    case 'bool':
      return '`true`, `false`';
    case 'choice':
      return f.choices.map((c) => `\`${c}\``).join(', ');
    case 'enum':
      return f.options
        .filter((o) => !o.retired)
        .map((o) => `\`${o.value}\``)
        .join(', ');
  }
}

describe('README: URL parameters', () => {
  it('has a table to check', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  for (const [param = '', input = '', allowed = '', fallback = ''] of rows) {
    const name = param.replaceAll('`', '');
    it(`${name}: the row matches the field`, () => {
      const field = fieldByParam(name);
      expect(field, `${name} is not a calculator parameter`).toBeDefined();
      if (!field) return;
      expect(input).toBe(field.unit && field.unit !== 'x' ? `${field.label} (${field.unit})` : field.label);
      expect(allowed).toBe(allowedText(field));
      expect(fallback).toBe(`\`${String(field.default)}\``);
    });
  }

  it('names every parameter, in the table or among the others', () => {
    const named = new Set(codes(section));
    expect(paramNames.filter((p) => !named.has(p))).toEqual([]);
  });

  it('explains every page parameter', () => {
    const documented = new Set(codes(section));
    expect(pageParamNames.filter((p) => !documented.has(p))).toEqual([]);
  });
});
