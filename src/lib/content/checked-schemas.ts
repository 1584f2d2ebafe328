/**
 * The content schemas (src/schemas, shapes only) joined with the model's checks across fields
 * and nodes, as the content collections declare them. Kept apart from src/schemas so that the
 * schemas stay a leaf: they describe files, and the model they are checked against imports them.
 */
import { decisionTreeSchema } from '../../schemas/decisions.ts';
import { scenarioPresetSchema } from '../../schemas/scenario.ts';
import { decisionTreeIssues } from '../decisions/check.ts';
import { presetParamIssues } from '../params/validate.ts';

/** A decision tree whose every cross-node problem fails the build, naming the node. */
export const checkedDecisionTreeSchema = decisionTreeSchema.superRefine((tree, ctx) => {
  for (const issue of decisionTreeIssues(tree)) ctx.addIssue({ code: 'custom', path: [issue.node], message: issue.message });
});

/** A preset whose parameters the calculator would accept unchanged, else the build names each one. */
export const checkedScenarioPresetSchema = scenarioPresetSchema.superRefine((preset, ctx) => {
  for (const issue of presetParamIssues(preset.params))
    ctx.addIssue({ code: 'custom', path: ['params', issue.param], message: issue.message });
});
