/**
 * A link made with older prices (`prices=<day>`) wrote only the inputs that differed from the
 * defaults of that day; the defaults of that day fill in what it left out.
 */
import { defaultScenario, type Scenario } from '../cost/scenario.ts';
import { defaultsOn } from '../pricing/history.ts';
import { parseScenario } from './validate.ts';

/** The calculator defaults in force on `day`, the base a link of that day is read against. */
export function defaultScenarioOn(day: string): Scenario {
  const changed = defaultsOn(day);
  return Object.keys(changed).length === 0 ? defaultScenario : parseScenario(changed).scenario;
}
