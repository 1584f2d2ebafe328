/**
 * The Price List selectors in the real data (content/pricing): their shape, their Region
 * prefixes, and, where tests/fixtures/price-list has the offer file, that each matches exactly
 * one product there with the unit it expects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEntry, matchProducts, parseOfferFile, type PriceEntry } from '../../../src/lib/pricing/price-list.ts';
import { pricingFileSchema, type PriceItem } from '../../../src/schemas/pricing.ts';

const dir = new URL('../../../content/pricing/', import.meta.url);
const entries: PriceEntry[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) =>
    pricingFileSchema
      .parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')))
      .items.filter((i): i is PriceItem => i.kind === 'price')
      .map((item) => ({ file, item })),
  );
const withSelector = entries.filter((e) => e.item.priceList !== undefined);

// The Region billing codes that prefix usagetypes (AWS's table, quoted in /work/notes/price-list.md).
const billingCode: Record<string, string> = {
  'us-east-1': 'USE1',
  'us-east-2': 'USE2',
  'us-west-2': 'USW2',
  'ca-central-1': 'CAN1',
  'sa-east-1': 'SAE1',
  'eu-west-1': 'EU',
  'eu-west-2': 'EUW2',
  'eu-central-1': 'EUC1',
  'ap-south-1': 'APS3',
  'ap-southeast-1': 'APS1',
  'ap-southeast-2': 'APS2',
  'ap-northeast-1': 'APN1',
};

describe('Price List selectors in content/pricing', () => {
  it('cover the prices issue 17 lists, counted by offer', () => {
    const byOffer: Record<string, number> = {};
    for (const { item } of withSelector) byOffer[item.priceList?.offer ?? ''] = (byOffer[item.priceList?.offer ?? ''] ?? 0) + 1;
    expect(byOffer).toEqual({
      AmazonBedrockAgentCore: 2,
      AmazonECS: 49, // 12 Regions x 4 Fargate rates, and ephemeral storage
      AWSLambda: 3,
      AmazonBedrock: 5,
      AWSELB: 2,
      AmazonEC2: 2,
      AmazonVPC: 1,
      AmazonCloudWatch: 1,
      AmazonES: 1,
      AmazonRDS: 1,
    });
  });

  it('each names an offer code and a usagetype, for a real Region (not "global")', () => {
    for (const { item } of withSelector) {
      const at = `${item.id}@${item.region}`;
      expect(item.priceList?.offer, at).toMatch(/^[A-Za-z][A-Za-z0-9]+$/);
      expect(item.priceList?.attributes['usagetype'], at).toMatch(/^\S+$/);
      expect(item.region, at).not.toBe('global');
    }
  });

  it('each Fargate selector uses the Region billing code of its entry (eu-west-1 is EU-, ap-south-1 is APS3-)', () => {
    const fargate = withSelector.filter((e) => e.item.priceList?.offer === 'AmazonECS');
    for (const { item } of fargate) {
      expect(item.priceList?.attributes['usagetype'], `${item.id}@${item.region}`).toMatch(
        new RegExp(`^${billingCode[item.region]}-Fargate-`),
      );
    }
    expect(new Set(fargate.map((e) => e.item.region)).size).toBe(12);
  });

  it('each selector with an offer file in the fixtures matches exactly one product there, in the unit it expects', () => {
    const fixtures = new URL('../../fixtures/price-list/', import.meta.url);
    // Only the well-formed fixture files (AmazonES/us-east-1.json is malformed on purpose).
    const usable = [
      'AmazonECS/us-east-1',
      'AmazonECS/eu-west-1',
      'AWSLambda/us-east-1',
      'AWSELB/us-east-1',
      'AmazonEC2/us-east-1',
      'AmazonCloudWatch/us-east-1',
      'AmazonBedrockAgentCore/us-east-1',
      'AmazonBedrock/us-east-1',
    ];
    let checked = 0;
    for (const entry of withSelector) {
      const { item } = entry;
      const selector = item.priceList;
      if (!selector) continue;
      const key = `${selector.offer}/${item.region}`;
      if (!usable.includes(key)) continue;
      const path = new URL(`${key}.json`, fixtures);
      expect(existsSync(path), key).toBe(true);
      const offer = parseOfferFile(JSON.parse(readFileSync(path, 'utf8')), selector.offer);
      expect(matchProducts(offer, selector, item.region), `${item.id}@${item.region}`).toHaveLength(1);
      const result = checkEntry(entry, { ok: true, offer }, '2026-12-06');
      expect(['unchanged', 'changed'], `${item.id}@${item.region}: ${JSON.stringify(result)}`).toContain(result.status);
      checked++;
    }
    // 5 us-east-1 and 4 eu-west-1 Fargate, 3 Lambda, 2 ALB, 2 NAT, 1 CloudWatch, 2 AgentCore, 5 Bedrock.
    expect(checked).toBe(24);
  });
});
