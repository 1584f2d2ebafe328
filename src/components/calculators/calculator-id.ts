import { getPreset } from '../../lib/scenarios.ts';

/**
 * Ids inside a calculator are prefixed per instance, so two calculators on one page
 * never share an id. The counter lives for the whole build, so prefixes are unique
 * per page whatever the rendering order.
 */
const counter = globalThis as { __adgCalculatorCounter?: number };

export function nextCalculatorId(kind: 'cost' | 'break-even'): string {
  counter.__adgCalculatorCounter = (counter.__adgCalculatorCounter ?? 0) + 1;
  return `${kind}-calc-${counter.__adgCalculatorCounter}`;
}

/**
 * Checks a calculator's props at build time (a chapter must name a preset, and the preset
 * must exist, so a typo fails the build; the full page and the embed start from their address
 * and take none) and returns the instance's id prefix.
 */
export function calculatorInstance(kind: 'cost' | 'break-even', tag: string, variant: string, preset: string | undefined): string {
  if (variant === 'chapter' && preset === undefined) {
    throw new Error(`<${tag}> in a chapter needs a preset, e.g. <${tag} preset="steady-pipeline" />`);
  }
  if (variant !== 'chapter' && preset !== undefined) {
    throw new Error(`<${tag} variant="${variant}"> takes no preset: the full calculator starts from its address`);
  }
  if (preset !== undefined) getPreset(preset);
  return nextCalculatorId(kind);
}
