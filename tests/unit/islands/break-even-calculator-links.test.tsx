// @vitest-environment happy-dom
import BreakEvenCalculator from '../../../src/islands/BreakEvenCalculatorIsland.tsx';
import { hostileLinkTests, type Island } from './hostile-links.tsx';

hostileLinkTests('break-even calculator', BreakEvenCalculator as Island, '/calculators/break-even/', 1125);
