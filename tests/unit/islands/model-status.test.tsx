// @vitest-environment happy-dom
/**
 * A model past its end of life on Bedrock is not offered, but a link that names it still
 * opens: the figures use its last price and the field says it can no longer be called and
 * which model replaces it (Claude 3.5 Haiku: end of life 2026-06-19, Claude Haiku 4.5 replaces it).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import CostCalculator from '../../../src/islands/CostCalculatorIsland.tsx';
import { noProblems, problemsIn } from '../../support/calculators.ts';
import { settleDeferredParts } from './deferred-parts.ts';

let root: HTMLElement | null = null;

async function open(query: string): Promise<void> {
  history.replaceState(null, '', `/calculators/cost/${query ? `?${query}` : ''}`);
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<CostCalculator variant="page" uid="calc" />, root!));
  await settleDeferredParts();
}

afterEach(() => {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = null;
});

const modelSelect = () => document.querySelector<HTMLSelectElement>('.calc-form select[name="model"]')!;
const optionValues = () => [...modelSelect().options].map((o) => o.value);

describe('models past their end of life', () => {
  it('are not offered in the model list', async () => {
    await open('');
    expect(optionValues()).not.toContain('claude-3-5-haiku');
    expect(optionValues()).toContain('claude-haiku-4-5');
    expect(modelSelect().value).toBe('claude-sonnet-5-5');
  });

  it('still open from a link: last price used, the field says it cannot be called and what replaces it', async () => {
    await open('model=claude-3-5-haiku&inference_profile=geo');
    expect(modelSelect().value).toBe('claude-3-5-haiku');
    const warning = document.querySelector('.calc-form [data-field="model"] .calc-field-warning');
    expect(warning?.textContent).toBe(
      'Claude 3.5 Haiku reached end of life on Bedrock on June 19, 2026 and can no longer be called. The figures use its last price; Claude Haiku 4.5 replaces it.',
    );
    // Tied to the field for screen readers, without marking the value invalid (it is used as given).
    expect(modelSelect().getAttribute('aria-describedby')?.split(' ')).toContain(warning?.id);
    expect(modelSelect().getAttribute('aria-invalid')).toBeNull();
    // Its last geographic price, $0.80 / $4 per 1M tokens (content/pricing/models.json), at the default volume:
    // 304,166.67 requests x (2,000 x $0.80 + 500 x $4.00) / 1M = $1,095.00.
    const model = document.querySelector('[data-option="ecs-fargate"] [data-line="model"]');
    expect(model?.getAttribute('data-usd')).toBe('1095.00');
    expect(problemsIn(document)).toEqual(noProblems);
  });
});
