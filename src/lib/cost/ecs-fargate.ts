import { limitNumber, priceValue } from '../pricing/catalog.ts';
import { formatCount, formatNumber, formatPercent, formatRate } from '../format/money.ts';
import { buildResult, makeLine, rate, type CalcContext, type LineItem, type OptionResult } from './lines.ts';
import { retrievalLines } from './retrieval.ts';
import { HOURS_PER_MONTH, optionLabels, type Scenario } from './scenario.ts';
import { logsLine, modelLine, modelNotes, regionFallbackNote } from './shared.ts';
import {
  averageConcurrency,
  averageRequestsPerSecond,
  ceilSafe,
  monthlyRequests,
  peakConcurrency,
  peakRequestsPerSecond,
  trafficHoursPerMonth,
} from './traffic.ts';

/**
 * ECS on Fargate: tasks x hours x (vCPU x rate + GB x rate), plus what runs around
 * the containers: a load balancer, NAT gateway or public IPs, VPC endpoints, logs.
 */

export interface TaskPlan {
  /** Tasks while traffic flows (all month unless business hours). */
  tasksOn: number;
  /** Tasks outside business hours (0 hours unless business hours). */
  tasksOff: number;
  hoursOn: number;
  hoursOff: number;
  taskHours: number;
  /** True when the count comes from traffic, false when given. */
  derived: boolean;
  /** Tasks the peak needs (before the availability minimum). */
  neededForPeak: number;
}

/** Concurrent requests one task is planned to carry: its capacity at the target utilization. */
export function plannedRequestsPerTask(s: Scenario): number {
  return (s.concurrencyPerTask * s.targetUtilizationPercent) / 100;
}

/** Tasks the peak needs: ceil(peak concurrency / (concurrent requests per task x target utilization)). */
export function tasksNeededForPeak(s: Scenario): number {
  return ceilSafe(peakConcurrency(s) / plannedRequestsPerTask(s));
}

export function fargateTaskPlan(s: Scenario, forcedTasks?: number): TaskPlan {
  const neededForPeak = tasksNeededForPeak(s);
  const derived = s.fargateTasks === 'auto';
  const tasksOn = forcedTasks ?? (s.fargateTasks === 'auto' ? Math.max(s.minTasks, neededForPeak) : s.fargateTasks);
  const businessHours = s.traffic === 'business-hours';
  const hoursOn = businessHours ? trafficHoursPerMonth(s) : HOURS_PER_MONTH;
  const hoursOff = HOURS_PER_MONTH - hoursOn;
  const tasksOff = businessHours ? s.offHoursTasks : 0;
  return {
    tasksOn,
    tasksOff,
    hoursOn,
    hoursOff,
    taskHours: tasksOn * hoursOn + tasksOff * hoursOff,
    derived,
    neededForPeak,
  };
}

/** Price multiplier for Spot share and Savings Plan: Spot hours are not covered by the plan. */
export function discountMultiplier(s: Scenario): number {
  const spot = s.spotPercent / 100;
  return spot * (1 - s.spotDiscountPercent / 100) + (1 - spot) * (1 - s.savingsPlanPercent / 100);
}

function tasks(n: number): string {
  return `${formatNumber(n)} task${n === 1 ? '' : 's'}`;
}

function taskHoursText(plan: TaskPlan): string {
  if (plan.hoursOff === 0) return `${tasks(plan.tasksOn)} x ${formatNumber(plan.hoursOn)} h`;
  return `(${tasks(plan.tasksOn)} x ${formatNumber(plan.hoursOn)} business h + ${tasks(plan.tasksOff)} x ${formatNumber(plan.hoursOff)} other h)`;
}

function discountText(s: Scenario): string {
  const m = discountMultiplier(s);
  if (m === 1) return '';
  const parts: string[] = [];
  if (s.spotPercent > 0) parts.push(`${formatPercent(s.spotPercent)} on Spot at ${formatPercent(s.spotDiscountPercent)} off`);
  if (s.savingsPlanPercent > 0 && s.spotPercent < 100) {
    parts.push(`${formatPercent(s.savingsPlanPercent)} Savings Plan on ${s.spotPercent > 0 ? 'the rest' : 'all hours'}`);
  }
  return ` x ${formatNumber(m, 4)} (${parts.join('; ')})`;
}

function computeLines(s: Scenario, ctx: CalcContext, plan: TaskPlan): LineItem[] {
  const arch = s.arch === 'arm64' ? 'arm' : 'x86';
  const archLabel = s.arch === 'arm64' ? 'ARM' : 'x86';
  const cpu = rate(`fargate-${arch}-vcpu-hour`, s.region);
  const mem = rate(`fargate-${arch}-gb-hour`, s.region);
  const m = discountMultiplier(s);
  const discountRefs =
    m === 1
      ? []
      : [
          ...(s.spotPercent > 0 ? [{ id: 'fargate-spot-max-discount-percent', region: 'global' }] : []),
          ...(s.savingsPlanPercent > 0 ? [{ id: 'fargate-savings-plan-max-discount-percent', region: 'global' }] : []),
        ];
  const lines = [
    makeLine(
      ctx,
      'fargate-cpu',
      `Fargate vCPU (${formatNumber(s.taskVcpu)} vCPU per task, ${archLabel})`,
      plan.taskHours * s.taskVcpu * cpu.value * m,
      () => `${taskHoursText(plan)} x ${formatNumber(s.taskVcpu)} vCPU x ${formatRate(cpu.value)} per vCPU-hour${discountText(s)}`,
      [cpu.ref, ...discountRefs],
    ),
    makeLine(
      ctx,
      'fargate-memory',
      `Fargate memory (${formatNumber(s.taskMemoryGb)} GB per task, ${archLabel})`,
      plan.taskHours * s.taskMemoryGb * mem.value * m,
      () => `${taskHoursText(plan)} x ${formatNumber(s.taskMemoryGb)} GB x ${formatRate(mem.value)} per GB-hour${discountText(s)}`,
      [mem.ref, ...discountRefs],
    ),
  ];
  const included = limitNumber('fargate-ephemeral-storage-included-gb');
  if (s.taskStorageGb > included) {
    const storage = rate('fargate-ephemeral-storage-gb-hour', s.region);
    const extra = s.taskStorageGb - included;
    lines.push(
      makeLine(
        ctx,
        'fargate-storage',
        `Fargate ephemeral storage above ${formatNumber(included)} GB`,
        plan.taskHours * extra * storage.value,
        () => `${taskHoursText(plan)} x ${formatNumber(extra)} GB x ${formatRate(storage.value)} per GB-hour`,
        [storage.ref, { id: 'fargate-ephemeral-storage-included-gb', region: 'global' }],
      ),
    );
  }
  return lines;
}

function loadBalancerLines(s: Scenario, ctx: CalcContext): LineItem[] {
  if (s.loadBalancer === 'none') {
    return [makeLine(ctx, 'load-balancer', 'Load balancer', 0, () => 'No load balancer', [])];
  }
  const hour = rate('alb-hour', s.region);
  const lcu = rate('alb-lcu-hour', s.region);
  const perConnections = limitNumber('alb-lcu-new-connections-per-second');
  const perActive = limitNumber('alb-lcu-active-connections-per-minute');
  const perGb = limitNumber('alb-lcu-processed-gb-per-hour');
  const rps = averageRequestsPerSecond(s);
  const active = averageConcurrency(s);
  const gbPerHour = (rps * 3600 * s.albKbPerRequest) / 1e6;
  const lcus = Math.max(rps / perConnections, active / perActive, gbPerHour / perGb);
  const trafficHours = trafficHoursPerMonth(s);
  return [
    makeLine(
      ctx,
      'load-balancer',
      'Application Load Balancer',
      HOURS_PER_MONTH * hour.value,
      () => `${HOURS_PER_MONTH} hours x ${formatRate(hour.value)} per hour`,
      [hour.ref],
    ),
    makeLine(
      ctx,
      'load-balancer-lcu',
      'Application Load Balancer capacity units (LCU)',
      trafficHours * lcus * lcu.value,
      () =>
        `${formatNumber(trafficHours)} traffic hours x ${formatNumber(lcus, 4)} LCU (highest of ${formatNumber(rps, 3)} new connections/s / ${formatNumber(perConnections)}, ${formatNumber(active, 2)} active connections / ${formatNumber(perActive)}, ${formatNumber(gbPerHour, 4)} GB/h / ${formatNumber(perGb)}) x ${formatRate(lcu.value)} per LCU-hour`,
      [
        lcu.ref,
        { id: 'alb-lcu-new-connections-per-second', region: 'global' },
        { id: 'alb-lcu-active-connections-per-minute', region: 'global' },
        { id: 'alb-lcu-processed-gb-per-hour', region: 'global' },
      ],
      'Assumes one new connection per request at the average rate and at most 10 listener rules (rule evaluations then cost nothing); bursts within an hour raise the LCUs billed.',
    ),
  ];
}

function egressLines(s: Scenario, ctx: CalcContext): LineItem[] {
  const lines: LineItem[] = [];
  if (s.egress === 'nat') {
    const hour = rate('nat-gateway-hour', s.region);
    const gbRate = rate('nat-gateway-gb', s.region);
    const requests = monthlyRequests(s);
    const gb = (requests * s.natKbPerRequest) / 1e6;
    lines.push(
      makeLine(
        ctx,
        'nat-gateway',
        `NAT gateway${s.natGateways === 1 ? '' : 's'} (${formatNumber(s.natGateways)})`,
        s.natGateways * HOURS_PER_MONTH * hour.value,
        () => `${formatNumber(s.natGateways)} x ${HOURS_PER_MONTH} hours x ${formatRate(hour.value)} per hour`,
        [hour.ref],
        s.natGateways === 1 ? 'One NAT gateway lives in one Availability Zone; one per zone avoids a single point of failure.' : undefined,
      ),
      makeLine(
        ctx,
        'nat-gateway-data',
        'NAT gateway data processing',
        gb * gbRate.value,
        () =>
          `${formatCount(requests)} requests x ${formatNumber(s.natKbPerRequest)} KB = ${formatNumber(gb, 3)} GB x ${formatRate(gbRate.value)} per GB`,
        [gbRate.ref],
        'Calls to Bedrock and other AWS APIs pass through the NAT gateway unless VPC endpoints carry them; internet egress is billed on top.',
      ),
    );
  } else {
    lines.push(
      makeLine(
        ctx,
        'nat-gateway',
        'NAT gateway',
        0,
        () =>
          s.egress === 'public-ip' ? 'No NAT gateway: tasks have public IPs' : 'No NAT gateway: no internet egress (VPC endpoints only)',
        [],
      ),
    );
  }
  if (s.vpcEndpoints > 0) {
    const endpoint = rate('vpc-endpoint-hour', s.region);
    // Quoted in the note, so cited with the line, though the estimate leaves the fee out.
    const processing = rate('vpc-endpoint-gb', s.region);
    lines.push(
      makeLine(
        ctx,
        'vpc-endpoints',
        'VPC interface endpoints',
        s.vpcEndpoints * HOURS_PER_MONTH * endpoint.value,
        () => `${formatNumber(s.vpcEndpoints)} endpoint-AZs x ${HOURS_PER_MONTH} hours x ${formatRate(endpoint.value)} per hour`,
        [endpoint.ref, processing.ref],
        `Endpoints also charge ${formatRate(processing.value)} per GB they process; this estimate leaves that fee out.`,
      ),
    );
  }
  return lines;
}

/**
 * Every public IPv4 address around the tasks pays the same hourly charge: each address of an
 * internet-facing load balancer (at least one per Availability Zone, at least two zones), each NAT
 * gateway's Elastic IP, and each task's own when tasks have public IPs instead of NAT.
 */
function publicIpv4Lines(s: Scenario, ctx: CalcContext, plan: TaskPlan): LineItem[] {
  const albAddresses = s.loadBalancer === 'alb' ? limitNumber('alb-min-availability-zones') : 0;
  const natAddresses = s.egress === 'nat' ? s.natGateways : 0;
  const taskHours = s.egress === 'public-ip' ? plan.taskHours : 0;
  const fixed = albAddresses + natAddresses;
  if (fixed === 0 && taskHours === 0) return [];
  const ip = rate('public-ipv4-hour', s.region);
  const parts = [
    ...(albAddresses > 0 ? [`${formatNumber(albAddresses)} for the load balancer`] : []),
    ...(natAddresses > 0 ? [`${formatNumber(natAddresses)} for the NAT gateway${natAddresses === 1 ? '' : 's'}`] : []),
    ...(taskHours > 0 ? ['1 per task'] : []),
  ];
  // The formula's text is built only when shown: the break-even search evaluates this line thousands of times.
  const formula = (): string => {
    const fixedText = `${formatNumber(fixed)} address${fixed === 1 ? '' : 'es'} x ${HOURS_PER_MONTH} h`;
    const hoursText = [...(fixed > 0 ? [fixedText] : []), ...(taskHours > 0 ? [taskHoursText(plan)] : [])].join(' + ');
    return `${fixed > 0 && taskHours > 0 ? `(${hoursText})` : hoursText} x ${formatRate(ip.value)} per address-hour`;
  };
  return [
    makeLine(
      ctx,
      'public-ipv4',
      `Public IPv4 addresses (${parts.join(', ')})`,
      (fixed * HOURS_PER_MONTH + taskHours) * ip.value,
      formula,
      [ip.ref, ...(albAddresses > 0 ? [{ id: 'alb-min-availability-zones', region: 'global' }] : [])],
      albAddresses > 0
        ? `Assumes an internet-facing load balancer in ${formatNumber(albAddresses)} Availability Zones, the fewest an ALB allows, with one address in each; each further zone adds at least one, and a busy ALB can hold more. An internal load balancer has none.`
        : undefined,
    ),
  ];
}

/** "30 seconds to 3 minutes": how long a new task takes to start, from the data. */
export function taskStartRange(): string {
  const low = limitNumber('fargate-startup-seconds-low');
  const high = limitNumber('fargate-startup-seconds-high');
  const text = (seconds: number): string =>
    seconds >= 120 && seconds % 60 === 0 ? `${formatNumber(seconds / 60)} minutes` : `${formatNumber(seconds)} seconds`;
  return `${text(low)} to ${text(high)}`;
}

function fargateNotes(s: Scenario, plan: TaskPlan): string[] {
  const notes: string[] = [];
  const peak = peakConcurrency(s);
  const littles = `peak ${formatNumber(peakRequestsPerSecond(s), 3)} requests/s x ${formatNumber(s.requestSeconds)} s busy per request = ${formatNumber(peak)} concurrent requests`;
  if (plan.derived) {
    notes.push(
      `Tasks derived from traffic: ${littles} / (${formatNumber(s.concurrencyPerTask)} per task x ${formatPercent(s.targetUtilizationPercent)} target utilization) = ${tasks(plan.neededForPeak)}; with the minimum of ${formatNumber(s.minTasks)} for availability: ${tasks(plan.tasksOn)}.`,
    );
  } else {
    const capacity = plan.tasksOn * s.concurrencyPerTask;
    notes.push(
      capacity >= peak
        ? `${tasks(plan.tasksOn)} hold${plan.tasksOn === 1 ? 's' : ''} ${formatNumber(capacity)} concurrent requests; the ${littles}.`
        : `Warning: ${tasks(plan.tasksOn)} hold${plan.tasksOn === 1 ? 's' : ''} ${formatNumber(capacity)} concurrent requests, but the ${littles}: ${tasks(plan.neededForPeak)} are needed.`,
    );
  }
  if (s.traffic === 'business-hours' && plan.hoursOff > 0) {
    notes.push(
      `Scheduled scale-in: ${tasks(plan.tasksOn)} for ${formatNumber(plan.hoursOn)} business hours a month, ${tasks(plan.tasksOff)} for the other ${formatNumber(plan.hoursOff)}.`,
    );
    if (plan.tasksOff === 0) {
      notes.push(
        `With no task running outside business hours, the first request after hours waits for a task to start (about ${taskStartRange()}); AgentCore Runtime starts a new session in about ${formatNumber(limitNumber('agentcore-v2-cold-start-seconds'))} s on platform v2, and Bedrock Agents has no task to start. Keep a task running off-hours if that wait matters.`,
      );
    }
  }
  if (s.traffic === 'bursty') {
    notes.push(
      `Sized for the peak (${formatNumber(s.peakToAverage)} x the average) all month: new tasks take about ${taskStartRange()} to start, too slow to follow short bursts.`,
    );
  }
  notes.push(
    `Fargate bills each task per second from the start of its image pull until it stops, with a ${formatNumber(limitNumber('fargate-billing-minimum-seconds'))}-second minimum; this estimate counts whole task-hours at the planned count.`,
  );
  if (plan.tasksOn < 2) notes.push('A single task has no redundancy: a deployment or a failure takes the agent offline.');
  if (s.spotPercent > 0) {
    notes.push(
      `Spot tasks can be stopped with a ${formatNumber(limitNumber('fargate-spot-interruption-warning-seconds'))}-second warning; the Spot discount is "up to" ${formatNumber(priceValue('fargate-spot-max-discount-percent'))}% and varies.${s.arch === 'arm64' ? ' ARM64 Spot needs platform version 1.4.0 or later.' : ''}`,
    );
  }
  return notes;
}

export function ecsFargateCost(s: Scenario, ctx: CalcContext): OptionResult {
  const plan = fargateTaskPlan(s, ctx.forcedTasks);
  const lines: LineItem[] = [
    modelLine(s, ctx),
    ...retrievalLines(s, ctx),
    ...computeLines(s, ctx, plan),
    ...loadBalancerLines(s, ctx),
    ...egressLines(s, ctx),
    ...publicIpv4Lines(s, ctx, plan),
    logsLine(s, ctx),
  ];
  const notes = ctx.text ? [...fargateNotes(s, plan), ...modelNotes(s)] : [];
  return buildResult(
    ctx,
    'ecs-fargate',
    optionLabels['ecs-fargate'],
    lines,
    notes,
    ctx.text ? regionFallbackNote(s, lines, [s.model, 'titan-']) : undefined,
  );
}
