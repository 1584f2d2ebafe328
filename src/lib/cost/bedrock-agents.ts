import { formatCount, formatNumber, formatRate } from '../format/money.ts';
import { buildResult, makeLine, rate, type CalcContext, type LineItem, type OptionResult } from './lines.ts';
import { retrievalLines } from './retrieval.ts';
import { optionLabels, type Scenario } from './scenario.ts';
import { bedrockAgentsClosedNote, logsLine, modelLine, modelNotes, regionFallbackNote } from './shared.ts';
import { monthlyRequests } from './traffic.ts';

/**
 * Bedrock Agents (Classic): no charge of its own. You pay model tokens for every
 * orchestration step, the knowledge base's vector store and embeddings, and any
 * action-group Lambda functions.
 */

function lambdaLine(s: Scenario, ctx: CalcContext): LineItem {
  const invocations = monthlyRequests(s) * s.toolCallsPerRequest;
  const requests = rate('lambda-requests-per-million', s.region);
  const duration = rate(s.arch === 'arm64' ? 'lambda-arm-gb-second' : 'lambda-x86-gb-second', s.region);
  const seconds = s.lambdaMs / 1000;
  const gb = s.lambdaMemoryMb / 1024;
  const usd = (invocations / 1e6) * requests.value + invocations * seconds * gb * duration.value;
  return makeLine(
    ctx,
    'action-group-lambda',
    `Action-group Lambda (${s.arch === 'arm64' ? 'Arm' : 'x86'})`,
    usd,
    () =>
      `${formatCount(invocations)} invocations x ${formatRate(requests.value)} / 1M + ${formatCount(invocations)} x ${formatNumber(seconds, 3)} s x ${formatNumber(gb, 4)} GB x ${formatRate(duration.value)} per GB-second`,
    [requests.ref, duration.ref],
    'The free tier (1M requests and 400,000 GB-seconds a month per account) is not deducted.',
  );
}

export function bedrockAgentsCost(s: Scenario, ctx: CalcContext): OptionResult {
  const fee = rate('bedrock-agents-orchestration-fee');
  const lines: LineItem[] = [
    modelLine(s, ctx, s.agentsExtraModelCalls),
    makeLine(ctx, 'orchestration', 'Agent orchestration', 0, () => 'Bedrock Agents has no charge of its own', [fee.ref]),
    ...retrievalLines(s, ctx),
  ];
  if (s.toolCallsPerRequest > 0) lines.push(lambdaLine(s, ctx));
  lines.push(logsLine(s, ctx));

  const notes: string[] = [];
  if (ctx.text) {
    notes.push(bedrockAgentsClosedNote());
    notes.push(
      s.agentsExtraModelCalls > 0
        ? `Assumption: each request makes ${formatNumber(s.agentsExtraModelCalls)} orchestration model call${s.agentsExtraModelCalls === 1 ? '' : 's'} on top of the ${formatNumber(s.modelCallsPerRequest)} your other options make, each with the same tokens; all are billed.`
        : `Assumption: no orchestration calls beyond the ${formatNumber(s.modelCallsPerRequest)} model call${s.modelCallsPerRequest === 1 ? '' : 's'} every option makes. By default Bedrock Agents runs an orchestration step and, when a knowledge base answers, a response-generation step (pre- and post-processing are off), and AWS publishes no token overhead per step; if your traces show more calls, raise "Extra orchestration calls".`,
    );
    if (s.vectorStore === 'opensearch-nextgen' && s.retrievalsPerRequest > 0) {
      notes.push('Whether Bedrock Knowledge Bases accept OpenSearch Serverless NextGen collections was not confirmed.');
    }
    notes.push(...modelNotes(s));
  }
  return buildResult(
    ctx,
    'bedrock-agents',
    optionLabels['bedrock-agents'],
    lines,
    notes,
    ctx.text ? regionFallbackNote(s, lines, [s.model, 'titan-']) : undefined,
  );
}
