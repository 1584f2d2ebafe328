import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { discountMultiplier, fargateTaskPlan } from '../../../src/lib/cost/ecs-fargate.ts';
import { estimateOption, findLine, lineUsd } from '../../../src/lib/cost/estimate.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { describeValidMemory, isValidTaskSize, nearestValidMemory } from '../../../src/lib/cost/fargate-sizes.ts';
import { near } from '../helpers.ts';

// 1 vCPU / 2 GB x86 us-east-1: 1 x $0.04048 + 2 x $0.004445 = $0.04937 per task-hour.
// Each request keeps a task busy 60 s; tasks are planned to run full (100%) unless a test says otherwise.
const base = withDefaults({
  taskVcpu: 1,
  taskMemoryGb: 2,
  sessionSeconds: 60,
  requestSeconds: 60,
  requestsPerSession: 1,
  concurrencyPerTask: 10,
  targetUtilizationPercent: 100,
});

describe('Fargate task count from traffic', () => {
  it("steady: Little's law, rounded up, never below the minimum", () => {
    // 100,000 / 86,400 = 1.15741 req/s x 60 s = 69.44 concurrent / 10 per task = 6.94 -> 7 tasks
    const plan = fargateTaskPlan({ ...base, requestsPerDay: 100_000 });
    assert.deepEqual([plan.tasksOn, plan.neededForPeak, plan.taskHours], [7, 7, 7 * 730]);
    const r = estimateOption({ ...base, requestsPerDay: 100_000 }, 'ecs-fargate');
    // 5,110 task-h x $0.04937 = $252.2807
    near(lineUsd(r, 'fargate-cpu') + lineUsd(r, 'fargate-memory'), 252.2807, 1e-4);
    // 1,000 a day needs 0.07 tasks: the minimum of 2 applies.
    assert.equal(fargateTaskPlan({ ...base, requestsPerDay: 1_000 }).tasksOn, 2);
    assert.equal(fargateTaskPlan({ ...base, requestsPerDay: 0 }).tasksOn, 2);
  });

  it('business hours: traffic squeezed into 10 h x 5 days, scaled in after', () => {
    // On-hours = 730 x 5/7 x 10/24 = 217.262 h; 304,166.67 requests / (217.262 x 3,600) = 0.38889 req/s
    // x 60 s = 23.33 concurrent / 10 = 2.33 -> 3 tasks; 3 x 217.262 = 651.786 task-h (0 tasks the other 512.738 h)
    const s = { ...base, requestsPerDay: 10_000, traffic: 'business-hours' as const };
    const plan = fargateTaskPlan(s);
    assert.equal(plan.tasksOn, 3);
    near(plan.hoursOn, 217.2619, 1e-4);
    near(plan.taskHours, 651.7857, 1e-4);
    // 651.786 x $0.04048 = $26.3843
    near(lineUsd(estimateOption(s, 'ecs-fargate'), 'fargate-cpu'), 26.38429, 1e-4);
    // One task kept overnight: + 512.738 task-h
    near(fargateTaskPlan({ ...s, offHoursTasks: 1 }).taskHours, 651.7857 + 512.7381, 1e-3);
  });

  it('plans for the target utilization, leaving headroom', () => {
    // 100,000 a day: 69.44 concurrent (above) / (10 per task x 70%) = 9.92 -> 10 tasks, where 100% needed 7.
    assert.equal(fargateTaskPlan({ ...base, requestsPerDay: 100_000, targetUtilizationPercent: 70 }).tasksOn, 10);
    // 50%: 69.44 / 5 = 13.89 -> 14.
    assert.equal(fargateTaskPlan({ ...base, requestsPerDay: 100_000, targetUtilizationPercent: 50 }).tasksOn, 14);
  });

  it('counts busy time per request, not the think time between turns', () => {
    // A 300 s conversation of 4 requests, each busy 15 s: 100,000 / 86,400 x 15 s = 17.36 concurrent -> 2 tasks
    // (counting the whole session per request, 75 s, would have said 86.8 concurrent and 9 tasks).
    const s = { ...base, requestsPerDay: 100_000, sessionSeconds: 300, requestsPerSession: 4, requestSeconds: 15 };
    assert.equal(fargateTaskPlan(s).tasksOn, 2);
    assert.equal(fargateTaskPlan(s).neededForPeak, 2);
  });

  it('bursty: sized for peak = average x ratio, all month', () => {
    // 10,000 / 86,400 x 3 = 0.34722 req/s x 60 s = 20.83 concurrent -> 3 tasks
    const plan = fargateTaskPlan({ ...base, requestsPerDay: 10_000, traffic: 'bursty', peakToAverage: 3 });
    assert.deepEqual([plan.tasksOn, plan.taskHours], [3, 3 * 730]);
  });

  it('a given task count wins, with a warning when it is too small', () => {
    const r = estimateOption({ ...base, requestsPerDay: 100_000, fargateTasks: 3 }, 'ecs-fargate');
    assert.equal(fargateTaskPlan({ ...base, fargateTasks: 3 }).tasksOn, 3);
    assert.ok(r.notes.some((n) => n.startsWith('Warning: 3 tasks hold 30 concurrent requests')));
  });
});

describe('Fargate prices', () => {
  it('Spot share and Savings Plan combine per hour', () => {
    // 30% Spot at 70% off, 20% plan on the rest: 0.3 x 0.3 + 0.7 x 0.8 = 0.65
    const s = { ...base, spotPercent: 30, spotDiscountPercent: 70, savingsPlanPercent: 20 };
    near(discountMultiplier(s), 0.65, 1e-12);
    const r = estimateOption({ ...s, fargateTasks: 2 }, 'ecs-fargate');
    // 2 x 730 x 1 x $0.04048 x 0.65 = $38.41552
    near(lineUsd(r, 'fargate-cpu'), 38.41552, 1e-6);
    assert.match(findLine(r, 'fargate-cpu').formula, /x 0\.65 \(30% on Spot at 70% off; 20% Savings Plan on the rest\)/);
  });

  it('uses the Region and architecture rates', () => {
    // eu-central-1 ARM: 2 x 730 x (1 x $0.03725 + 2 x $0.00409) = 1,460 x 0.04543 = $66.3278
    const r = estimateOption({ ...base, fargateTasks: 2, region: 'eu-central-1', arch: 'arm64' }, 'ecs-fargate');
    near(lineUsd(r, 'fargate-cpu') + lineUsd(r, 'fargate-memory'), 66.3278, 1e-4);
    assert.deepEqual(findLine(r, 'fargate-cpu').priceIds, [{ id: 'fargate-arm-vcpu-hour', region: 'eu-central-1' }]);
    // The data has no eu-central-1 load balancer prices, and the card says so in words.
    assert.match(r.regionNote ?? '', /^\d+ lines use us-east-1 prices, for want of eu-central-1 figures: .*Application Load Balancer/);
  });

  it('prices ephemeral storage above the included 20 GB', () => {
    // 2 x 730 x (50 - 20) GB x $0.000111 = $4.8618
    const r = estimateOption({ ...base, fargateTasks: 2, taskStorageGb: 50 }, 'ecs-fargate');
    near(lineUsd(r, 'fargate-storage'), 4.8618, 1e-6);
  });

  it('public IPs instead of NAT, and VPC endpoints', () => {
    // Addresses: the load balancer's 2 x 730 h + 2 tasks x 730 h = 2,920 address-hours x $0.005 = $14.60.
    // 4 endpoint-AZs x 730 x $0.01 = $29.20.
    const r = estimateOption({ ...base, fargateTasks: 2, egress: 'public-ip', vpcEndpoints: 4 }, 'ecs-fargate');
    assert.equal(lineUsd(r, 'nat-gateway'), 0);
    near(lineUsd(r, 'public-ipv4'), 14.6, 1e-9);
    assert.equal(findLine(r, 'public-ipv4').label, 'Public IPv4 addresses (2 for the load balancer, 1 per task)');
    near(lineUsd(r, 'vpc-endpoints'), 29.2, 1e-9);
    assert.ok(findLine(r, 'vpc-endpoints').note?.includes('$0.01 per GB they process'));
    // The note quotes the per-GB fee, so the line cites it (exports list each line's prices).
    assert.deepEqual(
      findLine(r, 'vpc-endpoints').priceIds.map((ref) => ref.id),
      ['vpc-endpoint-hour', 'vpc-endpoint-gb'],
    );
    assert.throws(() => lineUsd(r, 'nat-gateway-data'));
  });

  it('two NAT gateways and no load balancer', () => {
    const r = estimateOption({ ...base, natGateways: 2, loadBalancer: 'none' }, 'ecs-fargate');
    near(lineUsd(r, 'nat-gateway'), 65.7, 1e-9); // 2 x 730 x $0.045
    assert.equal(lineUsd(r, 'load-balancer'), 0);
    // Only the gateways' Elastic IPs: 2 x 730 h x $0.005 = $7.30.
    near(lineUsd(r, 'public-ipv4'), 7.3, 1e-9);
    assert.equal(findLine(r, 'public-ipv4').label, 'Public IPv4 addresses (2 for the NAT gateways)');
  });

  it('every public IPv4 address pays: an internet-facing load balancer in 2 zones and one NAT gateway by default', () => {
    // (2 + 1) addresses x 730 h x $0.005 = $10.95 a month.
    const r = estimateOption(base, 'ecs-fargate');
    near(lineUsd(r, 'public-ipv4'), 10.95, 1e-9);
    const line = findLine(r, 'public-ipv4');
    assert.equal(line.label, 'Public IPv4 addresses (2 for the load balancer, 1 for the NAT gateway)');
    assert.equal(line.formula, '3 addresses x 730 h x $0.005 per address-hour = $10.95');
    assert.ok(line.note?.includes('2 Availability Zones, the fewest an ALB allows'));
  });

  it('has no public IPv4 line without a load balancer, a NAT gateway or public task IPs', () => {
    const r = estimateOption({ ...base, loadBalancer: 'none', egress: 'none' }, 'ecs-fargate');
    assert.throws(() => lineUsd(r, 'public-ipv4'));
  });
});

describe('Fargate task sizes', () => {
  it('knows the valid pairs', () => {
    assert.ok(isValidTaskSize(4, 8));
    assert.ok(isValidTaskSize(0.25, 0.5));
    assert.ok(!isValidTaskSize(4, 3.5));
    assert.ok(!isValidTaskSize(8, 18));
    assert.ok(isValidTaskSize(16, 120));
    assert.equal(nearestValidMemory(4, 3.5), 8);
    assert.equal(nearestValidMemory(8, 18), 16);
    assert.equal(describeValidMemory(4), '4 vCPU tasks take 8 to 30 GB in 1 GB steps.');
  });
});

describe('Fargate notes', () => {
  it('says a business-hours service with no task off-hours makes the first request wait for a task to start', () => {
    // fargate-startup-seconds-low = 30, -high = 180 (frozen price book).
    const cold = estimateOption({ ...base, traffic: 'business-hours', offHoursTasks: 0 }, 'ecs-fargate');
    assert.ok(
      cold.notes.some((n) => n.includes('the first request after hours waits for a task to start (about 30 seconds to 3 minutes)')),
    );
    const warm = estimateOption({ ...base, traffic: 'business-hours', offHoursTasks: 2 }, 'ecs-fargate');
    assert.ok(!warm.notes.some((n) => n.includes('waits for a task to start')));
  });

  it('says Fargate bills per second with a one-minute minimum', () => {
    const r = estimateOption(base, 'ecs-fargate');
    assert.ok(
      r.notes.some((n) =>
        n.startsWith('Fargate bills each task per second from the start of its image pull until it stops, with a 60-second minimum'),
      ),
    );
  });
});
