// @vitest-environment happy-dom
import CostCalculator from '../../../src/islands/CostCalculatorIsland.tsx';
import { hostileLinkTests, type Island } from './hostile-links.tsx';

hostileLinkTests('cost calculator', CostCalculator as Island, '/calculators/cost/', 20261125);
