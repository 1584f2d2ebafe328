import { limitDate, modelInfo } from '../pricing/catalog.ts';
import { formatLongDate } from '../format/date.ts';
import { formatCount, formatNumber, formatRate } from '../format/money.ts';
import { makeLine, rate, type CalcContext, type LineItem } from './lines.ts';
import type { Scenario } from './scenario.ts';
import { monthlyRequests } from './traffic.ts';

/**
 * Lines every option has in common. Model tokens are priced identically on all
 * three: they all call the same Bedrock models through the profile the reader picks.
 */

export function modelLine(s: Scenario, ctx: CalcContext, extraCalls = 0): LineItem {
  const requests = monthlyRequests(s);
  const calls = s.modelCallsPerRequest + extraCalls;
  const input = rate(`${s.model}-${s.inferenceProfile}-input`);
  const output = rate(`${s.model}-${s.inferenceProfile}-output`);
  const usd = (requests * calls * (s.inputTokens * input.value + s.outputTokens * output.value)) / 1e6;
  const profile = s.inferenceProfile === 'global' ? 'global profile' : 'geographic profile';
  const callsText =
    extraCalls > 0
      ? `${formatNumber(calls)} model calls (${formatNumber(s.modelCallsPerRequest)} + ${formatNumber(extraCalls)} orchestration)`
      : `${formatNumber(calls)} model call${calls === 1 ? '' : 's'}`;
  return makeLine(
    ctx,
    'model',
    `Model tokens (${modelInfo(s.model).name}, ${profile})`,
    usd,
    () =>
      `${formatCount(requests)} requests x ${callsText} x (${formatNumber(s.inputTokens)} input tokens x ${formatRate(input.value)} + ${formatNumber(s.outputTokens)} output tokens x ${formatRate(output.value)}) / 1M`,
    [input.ref, output.ref],
  );
}

export function logsLine(s: Scenario, ctx: CalcContext): LineItem {
  const requests = monthlyRequests(s);
  const ingest = rate('cloudwatch-logs-ingest-gb', s.region);
  const gb = (requests * s.logKbPerRequest) / 1e6;
  return makeLine(
    ctx,
    'logs',
    'CloudWatch Logs ingestion',
    gb * ingest.value,
    () =>
      `${formatCount(requests)} requests x ${formatNumber(s.logKbPerRequest)} KB = ${formatNumber(gb, 3)} GB x ${formatRate(ingest.value)} per GB`,
    [ingest.ref],
  );
}

/**
 * What the reader must know about the chosen model's state on Bedrock, or null when it is
 * current. Also shown at the model field.
 */
export function modelStatusNote(id: string): string | null {
  const info = modelInfo(id);
  if (info.status === 'current') return null;
  const replacement = info.replacedBy ? modelInfo(info.replacedBy).name : undefined;
  switch (info.status) {
    case 'end-of-life':
      return `${info.name} reached end of life on Bedrock on ${formatLongDate(info.endOfLife ?? '')}: calls to it fail. These figures use its last price${replacement ? `; ${replacement} replaces it` : ''}.`;
    case 'deprecated':
      return `${info.name} is deprecated. ${info.statusNote}${replacement ? ` Consider ${replacement}.` : ''}`;
    case 'legacy':
      return `${info.name} is a legacy model${replacement ? `; ${replacement} is current` : ''}. ${info.statusNote}`;
  }
}

/** Notes about the chosen model that every option repeats. */
export function modelNotes(s: Scenario): string[] {
  const notes: string[] = [];
  const status = modelStatusNote(s.model);
  if (status) notes.push(status);
  if (s.region !== 'us-east-1') {
    notes.push(
      `Model prices are us-east-1 rates. Bedrock prices a call at the rate of the Region it is sent from, which can differ outside the US (Nova's eu. profiles cost more, for example).`,
    );
  }
  return notes;
}

/** A line's name without its details: "Vector store: OpenSearch Serverless (2 OCU floor)" -> "OpenSearch Serverless". */
function shortLineName(line: LineItem): string {
  return line.label.replace(/^Vector store: /, '').replace(/ \(.*$/, '');
}

/**
 * In plain words, which lines use us-east-1 prices because the data has none for the chosen
 * Region: "3 lines use us-east-1 prices: OpenSearch Serverless, Application Load Balancer, NAT
 * gateway." Prices that are the same everywhere (`skip` prefixes: model tokens, embeddings)
 * are not counted.
 */
export function regionFallbackNote(s: Scenario, lines: readonly LineItem[], skip: readonly string[] = []): string | undefined {
  if (s.region === 'us-east-1') return undefined;
  const borrowed = lines.filter((line) =>
    line.priceIds.some((ref) => ref.region === 'us-east-1' && !skip.some((prefix) => ref.id.startsWith(prefix))),
  );
  if (borrowed.length === 0) return undefined;
  const names = [...new Set(borrowed.map(shortLineName))];
  return `${borrowed.length === 1 ? 'One line uses' : `${borrowed.length} lines use`} us-east-1 prices, for want of ${s.region} figures: ${names.join(', ')}.`;
}

/** What a reader must see wherever Bedrock Agents (Classic) appears: "closed to new customers since July 30, 2026". */
export function classicStatus(): string {
  return `closed to new customers since ${formatLongDate(limitDate('bedrock-agents-classic-closed-date'))}`;
}

export function bedrockAgentsClosedNote(): string {
  return `Closed to new customers since ${formatLongDate(limitDate('bedrock-agents-classic-closed-date'))}: Bedrock Agents is now "Bedrock Agents Classic", in maintenance mode. AWS points new projects to the AgentCore harness (no charge of its own; you pay Runtime, Memory, Gateway and model use).`;
}
