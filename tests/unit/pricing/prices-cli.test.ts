import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../../src/cli/prices.ts';

const root = new URL('../../../', import.meta.url).pathname;
const offers = join(root, 'tests/fixtures/price-list');
const goodData = join(root, 'tests/fixtures/price-list-data');
const badData = join(root, 'tests/fixtures/price-list-data-bad');
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prices-cli-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function capture(fetchImpl: typeof fetch = () => Promise.reject(new Error('no network in tests'))) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), fetch: fetchImpl };
  return { io, out, err };
}

// Written by hand from the fixture files (see tests/fixtures/price-list/README.md).
const goodLines = [
  'unchanged  fargate-x86-vcpu-hour us-east-1: 0.04048 (AmazonECS 8CESGAFWKAJ98PME)',
  'changed    fargate-x86-vcpu-hour eu-west-1: 0.04048 → 0.04448 (AmazonECS EUFGVCPUX86SKU01)',
  'unchanged  fargate-arm-vcpu-hour us-east-1: 0.03238 (AmazonECS XSZATS4VYMDC9CYN)',
  'unchanged  fargate-ephemeral-storage-gb-hour us-east-1: 0.000111 (AmazonECS 7KPDPTDSCT4J3Z64)',
  'unchanged  ecs-anywhere-instance-hour us-east-1: 0.01025 (AmazonECS FIXANYWHERE00007)',
  'skipped    fargate-x86-vcpu-hour ap-south-1: no AmazonECS offer file for ap-south-1',
  'unchanged  lambda-requests-per-million us-east-1: 0.2 (AWSLambda FIXLAMBDAREQ0001)',
  'unchanged  lambda-x86-gb-second us-east-1: 0.0000166667 (AWSLambda FIXLAMBDAGBS0003)',
  'changed    lambda-arm-gb-second us-east-1: 0.0000133333 → 0.0000133334 (AWSLambda FIXLAMBDAGBSARM4)',
  'by hand    fargate-spot-max-discount-percent global: checked 2026-11-20, 16 days ago',
  '6 unchanged, 2 changed, 0 not found, 0 ambiguous, 0 errors, 1 skipped; 1 checked by hand',
];

describe('prices check', () => {
  it('prints one line per entry against the fixtures and exits 1 when a price changed', async () => {
    const { io, out } = capture();
    expect(await main(['check', '--offers', offers, '--data', goodData, '--today', '2026-12-06'], io)).toBe(1);
    expect(out).toEqual(goodLines);
  });

  it('exits 2 naming the selector or file for no match, several matches, a wrong unit, untiered tiers and a malformed file', async () => {
    const { io, out } = capture();
    expect(await main(['check', '--offers', offers, '--data', badData, '--today', '2026-12-06'], io)).toBe(2);
    expect(out).toEqual([
      'ambiguous  alb-hour us-east-1 (networking.json): 3 AWSELB products match usagetype=LoadBalancerUsage: 37CUWUT8GSNQEPUV, FIXCLBHOUR000002, FIXNLBHOUR000001',
      'error      alb-lcu-hour us-east-1 (networking.json): AWSELB product P2XGEJ8N3KU52WA8 is priced per "LCU-Hrs", the selector expects "Hrs"',
      'not found  fargate-x86-vcpu-hour us-east-1 (networking.json): no AmazonECS product matches usagetype=USE1-Fargate-vCPU-Hours',
      'error      lambda-x86-gb-second us-east-1 (networking.json): AWSLambda product FIXLAMBDAGBS0003: 3 price dimensions (tiers 15000000000-Inf, 0-6000000000, 6000000000-15000000000): add "tier": "first-paid" to the selector if the first paid tier is meant',
      expect.stringMatching(
        /^error {6}opensearch-serverless-ocu-hour us-east-1 \(networking\.json\): .*tests\/fixtures\/price-list\/AmazonES\/us-east-1\.json: not valid JSON \(/,
      ),
      'unchanged  nat-gateway-hour us-east-1: 0.045 (AmazonEC2 M2YSHUBETB3JX4M4)',
      '1 unchanged, 0 changed, 1 not found, 1 ambiguous, 3 errors, 0 skipped; 0 checked by hand',
    ]);
  });

  it('runs as a script: node src/cli/prices.ts check --offers DIR', () => {
    const run = spawnSync(
      process.execPath,
      [
        'src/cli/prices.ts',
        'check',
        '--offers',
        'tests/fixtures/price-list',
        '--data',
        'tests/fixtures/price-list-data',
        '--today',
        '2026-12-06',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${goodLines.join('\n')}\n`);
  });

  it('exits 2 on bad arguments, a missing folder, or a pricing file the schema rejects (named)', async () => {
    const a = capture();
    expect(await main(['check', '--offer', offers], a.io)).toBe(2);
    expect(a.err).toEqual([
      expect.stringMatching(/^unknown option or missing value: --offer\nusage: node src\/cli\/prices\.ts check\|update /),
    ]);
    const b = capture();
    expect(await main(['check', '--offers', join(root, 'no-such-dir'), '--data', goodData], b.io)).toBe(2);
    expect(b.err).toEqual([`no offers folder ${join(root, 'no-such-dir')}`]);

    const data = temp();
    const broken = JSON.parse(readFileSync(join(goodData, 'lambda.json'), 'utf8'));
    broken.items[0].priceList = { offer: 'AWSLambda', attributes: {} };
    writeFileSync(join(data, 'lambda.json'), JSON.stringify(broken));
    const c = capture();
    expect(await main(['check', '--offers', offers, '--data', data, '--today', '2026-12-06'], c.io)).toBe(2);
    expect(c.err).toEqual([
      `${join(data, 'lambda.json')}: items.0.priceList.attributes: priceList.attributes needs at least one attribute`,
    ]);
    expect(c.out).toEqual([]);
  });
});

describe('prices update', () => {
  function workspace(data: string) {
    const dir = temp();
    cpSync(data, join(dir, 'pricing'), { recursive: true });
    cpSync(join(root, 'content/price-history'), join(dir, 'history'), { recursive: true });
    return {
      dir,
      args: (today: string) => [
        'update',
        '--offers',
        offers,
        '--data',
        join(dir, 'pricing'),
        '--history',
        join(dir, 'history'),
        '--changelog',
        join(dir, 'changelog'),
        '--today',
        today,
      ],
      read: (path: string) => readFileSync(join(dir, path), 'utf8'),
    };
  }

  it('writes the new values and checked dates in place, a data version and a changelog entry; a second run changes nothing', async () => {
    const ws = workspace(goodData);
    const fargateBefore = ws.read('pricing/fargate.json');
    const lambdaBefore = ws.read('pricing/lambda.json');
    const { io, out } = capture();
    expect(await main(ws.args('2026-12-06'), io)).toBe(1);
    expect(out.slice(goodLines.length)).toEqual([
      `wrote ${join(ws.dir, 'pricing/fargate.json')}`,
      `wrote ${join(ws.dir, 'pricing/lambda.json')}`,
      `wrote ${join(ws.dir, 'history/2026-12-06.json')}`,
      `wrote ${join(ws.dir, 'changelog/2026-12-06-prices.md')}`,
    ]);

    // fargate.json: eu-west-1's value and the five confirmed entries' dates; the skipped
    // ap-south-1 entry, the limit and the by-hand entry keep their dates.
    const fargate = fargateBefore
      .replace(
        '"value": 0.04048,\n      "unit": "USD per vCPU-hour",\n      "label": "Fargate Linux/x86 vCPU",\n      "source": { "url": "https://aws.amazon.com/fargate/pricing/", "title": "AWS Fargate pricing" },\n      "checked": "2026-11-25",\n      "confidence": "medium"',
        '"value": 0.04448,\n      "unit": "USD per vCPU-hour",\n      "label": "Fargate Linux/x86 vCPU",\n      "source": { "url": "https://aws.amazon.com/fargate/pricing/", "title": "AWS Fargate pricing" },\n      "checked": "2026-12-06",\n      "confidence": "medium"',
      )
      .replace(
        '"checked": "2026-11-25",\n      "confidence": "high",\n      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "USE1-Fargate-vCPU-Hours:perCPU" }',
        '"checked": "2026-12-06",\n      "confidence": "high",\n      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "USE1-Fargate-vCPU-Hours:perCPU" }',
      )
      .replace(
        '"checked": "2026-11-25",\n      "confidence": "high",\n      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "USE1-Fargate-ARM-vCPU-Hours:perCPU" }',
        '"checked": "2026-12-06",\n      "confidence": "high",\n      "priceList": { "offer": "AmazonECS", "attributes": { "usagetype": "USE1-Fargate-ARM-vCPU-Hours:perCPU" }',
      )
      .replace(
        '"checked": "2026-11-24",\n      "confidence": "medium",\n      "priceList"',
        '"checked": "2026-12-06",\n      "confidence": "medium",\n      "priceList"',
      )
      .replace(
        '"checked": "2026-11-24",\n      "confidence": "high",\n      "priceList"',
        '"checked": "2026-12-06",\n      "confidence": "high",\n      "priceList"',
      );
    expect(fargate).not.toBe(fargateBefore);
    expect(ws.read('pricing/fargate.json')).toBe(fargate);
    // lambda.json: three dates, one value; 1.66667e-05 stays spelled as it was.
    const lambda = lambdaBefore
      .replaceAll('"checked": "2026-12-01"', '"checked": "2026-12-06"')
      .replace('"value": 1.33333e-05', '"value": 0.0000133334');
    expect(ws.read('pricing/lambda.json')).toBe(lambda);
    expect(lambda).toContain('"value": 1.66667e-05');

    expect(JSON.parse(ws.read('history/2026-12-06.json'))).toEqual({
      date: '2026-12-06',
      summary: 'AWS Price List: 2 prices changed (fargate-x86-vcpu-hour, lambda-arm-gb-second).',
      changes: [
        { id: 'fargate-x86-vcpu-hour', region: 'eu-west-1', from: 0.04048, to: 0.04448 },
        { id: 'lambda-arm-gb-second', region: 'us-east-1', from: 0.0000133333, to: 0.0000133334 },
      ],
      defaults: [],
    });
    // The version already in the folder is left alone.
    expect(ws.read('history/2026-12-05.json')).toBe(readFileSync(join(root, 'content/price-history/2026-12-05.json'), 'utf8'));
    const changelog = ws.read('changelog/2026-12-06-prices.md');
    expect(changelog).toContain('summary: "2 prices updated from the AWS Price List by npm run prices:update, each old → new below."');
    expect(changelog).toContain(
      '- **Fargate Linux/x86 vCPU** (`fargate-x86-vcpu-hour`, eu-west-1): 0.04048 → 0.04448 USD per vCPU-hour.\n',
    );
    expect(changelog).toContain(
      '- **Lambda Arm compute** (`lambda-arm-gb-second`, us-east-1): 0.0000133333 → 0.0000133334 USD per GB-second.\n',
    );

    // The next day: everything matches, so only checked dates move and no version is written.
    const again = capture();
    expect(await main(ws.args('2026-12-07'), again.io)).toBe(0);
    expect(again.out.filter((l) => l.startsWith('changed'))).toEqual([]);
    expect(ws.read('pricing/lambda.json')).toBe(lambda.replaceAll('"checked": "2026-12-06"', '"checked": "2026-12-07"'));
    expect(readdirSync(join(ws.dir, 'history')).sort()).toEqual(['2026-11-24.json', '2026-12-05.json', '2026-12-06.json']);
    expect(readdirSync(join(ws.dir, 'changelog'))).toEqual(['2026-12-06-prices.md']);
  });

  it("merges into today's data version when one exists (a default changed by hand the same day)", async () => {
    const ws = workspace(goodData);
    const { io } = capture();
    expect(await main(ws.args('2026-12-05'), io)).toBe(1);
    const version = JSON.parse(ws.read('history/2026-12-05.json'));
    expect(version.defaults).toEqual([{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }]);
    expect(version.summary).toBe(
      "Claude Sonnet 5.5 became the calculators' default model in place of Claude Sonnet 5, now legacy. AWS Price List: 2 prices changed (fargate-x86-vcpu-hour, lambda-arm-gb-second).",
    );
    expect(version.changes).toHaveLength(2);
  });

  it('writes nothing when any entry is in error', async () => {
    const ws = workspace(badData);
    const before = ws.read('pricing/networking.json');
    const { io, err } = capture();
    expect(await main(ws.args('2026-12-06'), io)).toBe(2);
    expect(err).toEqual(['prices:update: nothing written (fix the errors above first).']);
    expect(ws.read('pricing/networking.json')).toBe(before);
    expect(existsSync(join(ws.dir, 'history/2026-12-06.json'))).toBe(false);
    expect(existsSync(join(ws.dir, 'changelog'))).toBe(false);
  });
});

describe('without --offers: download into the cache (a stand-in fetch; the tests never use the network)', () => {
  const url = 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/us-east-1/index.json';

  it('says clearly when the network is unreachable, and exits 2', async () => {
    const data = temp();
    cpSync(join(goodData, 'fargate.json'), join(data, 'fargate.json'));
    const offline = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND pricing.us-east-1.amazonaws.com') }));
    const { io, err, out } = capture(offline);
    expect(await main(['check', '--data', data, '--cache', join(data, 'cache'), '--today', '2026-12-06'], io)).toBe(2);
    const failure = `could not download ${url} (getaddrinfo ENOTFOUND pricing.us-east-1.amazonaws.com). Is the network reachable? Or save the files yourself and pass --offers DIR`;
    expect(err.slice(0, 2)).toEqual([`[1/3] AmazonECS us-east-1: downloading ${url}`, `[1/3] AmazonECS us-east-1: ${failure}`]);
    expect(out[0]).toBe(`error      fargate-x86-vcpu-hour us-east-1 (fargate.json): ${failure}`);
  });

  it('saves each file once with a progress line, then reuses the cache', async () => {
    const data = temp();
    cpSync(join(goodData, 'lambda.json'), join(data, 'lambda.json'));
    const cache = join(data, 'cache');
    const served: string[] = [];
    const server = (async (input: string | URL | Request) => {
      served.push(String(input));
      return new Response(readFileSync(join(offers, 'AWSLambda/us-east-1.json'), 'utf8'));
    }) as typeof fetch;
    const first = capture(server);
    expect(await main(['check', '--data', data, '--cache', cache, '--today', '2026-12-06'], first.io)).toBe(1);
    expect(served).toEqual(['https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/us-east-1/index.json']);
    expect(first.err[1]).toMatch(/^\[1\/1\] AWSLambda us-east-1: 0\.\d MB saved to .*cache\/AWSLambda\/us-east-1\.json$/);
    expect(first.out.at(-1)).toBe('2 unchanged, 1 changed, 0 not found, 0 ambiguous, 0 errors, 0 skipped; 0 checked by hand');

    const second = capture(server);
    expect(await main(['check', '--data', data, '--cache', cache, '--today', '2026-12-06'], second.io)).toBe(1);
    expect(served).toHaveLength(1);
    expect(second.err).toEqual([`[1/1] AWSLambda us-east-1: cached ${join(cache, 'AWSLambda/us-east-1.json')}`]);
  });
});
