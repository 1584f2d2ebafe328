import type { RecommendationId } from '../../schemas/decisions.ts';

/** Short names of what an outcome recommends, for badges and the outline. */
export const recommendationLabels: Record<RecommendationId, string> = {
  'bedrock-agents': 'Bedrock Agents (Classic)',
  'agentcore-harness': 'AgentCore harness',
  'agentcore-runtime': 'AgentCore Runtime',
  'agentcore-instances': 'AgentCore Instances',
  'ecs-fargate': 'ECS on Fargate',
  'ecs-ec2': 'ECS on EC2',
  hybrid: 'AgentCore Runtime + Fargate',
};
