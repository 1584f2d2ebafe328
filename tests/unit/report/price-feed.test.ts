import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { changeLines, priceFeed } from '../../../src/lib/report/price-feed.ts';

const version = {
  date: '2026-12-20',
  summary: 'Fargate in us-east-1 & a new default.',
  changes: [{ id: 'fargate-x86-vcpu-hour', region: 'us-east-1', from: 0.04048, to: 0.045 }],
  defaults: [{ param: 'model', from: 'claude-sonnet-5', to: 'claude-sonnet-5-5' }],
};

describe('the feed of data changes', () => {
  it('lists each changed figure with its label, Region, old and new value, and each default', () => {
    assert.deepEqual(changeLines(version), [
      'Fargate Linux/x86 vCPU (us-east-1): $0.04048 per vCPU-hour → $0.045 per vCPU-hour',
      'Calculator default model: claude-sonnet-5 → claude-sonnet-5-5',
    ]);
  });

  it('is Atom with one entry per version, newest first, text escaped', () => {
    const older = { date: '2026-12-05', summary: 'Older version.', changes: [], defaults: [] };
    const xml = priceFeed([older, version], 'https://guide.example.com/agents/', '2026-12-20');
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    assert.match(xml, /<link rel="self" type="application\/atom\+xml" href="https:\/\/guide.example.com\/agents\/prices.xml"\/>/);
    assert.ok(xml.indexOf('Data version 2026-12-20') < xml.indexOf('Data version 2026-12-05'));
    assert.match(xml, /<summary>Fargate in us-east-1 &amp; a new default.<\/summary>/);
    // The HTML content is escaped once as HTML and once as XML.
    assert.match(xml, /&lt;li&gt;Fargate Linux\/x86 vCPU \(us-east-1\): \$0.04048 per vCPU-hour → \$0.045 per vCPU-hour&lt;\/li&gt;/);
    assert.equal(xml.match(/<entry>/g)?.length, 2);
  });
});
