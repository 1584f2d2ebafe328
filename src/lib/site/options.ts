/** The three deployment options compared throughout the site, in the order they are shown. */
export const optionIds = ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate'] as const;
export type OptionId = (typeof optionIds)[number];

export const optionLabels: Record<OptionId, string> = {
  'bedrock-agents': 'Bedrock Agents (Classic)',
  'agentcore-runtime': 'AgentCore Runtime',
  'ecs-fargate': 'ECS on Fargate',
};

/** Names short enough for a phone's one-line totals and a chart axis. */
export const optionShortLabels: Record<OptionId, string> = {
  'bedrock-agents': 'Classic',
  'agentcore-runtime': 'AgentCore',
  'ecs-fargate': 'Fargate',
};

export function isOptionId(value: string): value is OptionId {
  return (optionIds as readonly string[]).includes(value);
}
