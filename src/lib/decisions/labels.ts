import type { RecommendationId } from '../../schemas/decisions.ts';
import { optionLabels } from '../site/options.ts';

/** Short names of what an outcome recommends, for badges and the outline. */
export const recommendationLabels: Record<RecommendationId, string> = {
  ...optionLabels,
  'agentcore-harness': 'AgentCore harness',
  'agentcore-instances': 'AgentCore Instances',
  'ecs-ec2': 'ECS on EC2',
  hybrid: 'AgentCore Runtime + Fargate',
};
