// The components MDX chapters may use, passed to every chapter by the page renderer,
// so chapters need no import lines. Stubs for now; real implementations replace them.
import Stub from './Stub.astro';

export const mdxComponents = {
  Price: Stub,
  Limit: Stub,
  Estimate: Stub,
  Aside: Stub,
  Correction: Stub,
  OptionTable: Stub,
  Tabs: Stub,
  TabItem: Stub,
  Verdict: Stub,
  KeyFacts: Stub,
  Flow: Stub,
  ScenarioLink: Stub,
  CostCalculator: Stub,
  BreakEvenCalculator: Stub,
  DecisionTreeOutline: Stub,
};
