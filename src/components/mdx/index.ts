// The components MDX chapters may use. The chapter renderer passes them all, so chapters
// need no import lines.
import Aside from './Aside.astro';
import Correction from './Correction.astro';
import Flow from './Flow.astro';
import OptionTable from './OptionTable.astro';
import TabItem from './TabItem.astro';
import Tabs from './Tabs.astro';
import Verdict from './Verdict.astro';
import Estimate from './Estimate.astro';
import KeyFacts from './KeyFacts.astro';
import Limit from './Limit.astro';
import Price from './Price.astro';
import ScenarioLink from './ScenarioLink.astro';
import DecisionTreeOutline from './DecisionTreeOutline.astro';
import Figure from './Figure.astro';
import Share from './Share.astro';
import Gap from './Gap.astro';
import Crossover from './Crossover.astro';
import FargateTaskSizes from './FargateTaskSizes.astro';
import SourcedList from './SourcedList.astro';
import OrchestrationCalls from './OrchestrationCalls.astro';
import CostCalculator from '../calculators/CostCalculator.astro';
import BreakEvenCalculator from '../calculators/BreakEvenCalculator.astro';

export const mdxComponents = {
  Aside,
  Correction,
  Flow,
  OptionTable,
  TabItem,
  Tabs,
  Verdict,
  Price,
  Limit,
  Estimate,
  KeyFacts,
  ScenarioLink,
  CostCalculator,
  BreakEvenCalculator,
  DecisionTreeOutline,
  Figure,
  Share,
  Gap,
  Crossover,
  FargateTaskSizes,
  SourcedList,
  OrchestrationCalls,
};
