/**
 * A deploy build must not ship localhost addresses (issue 15): the check itself, and that
 * astro.config.mjs applies it (a real Node process loads the config, as `astro build` does).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { siteUrlFor } from '../../../src/lib/site/deploy-site.ts';

describe('siteUrlFor', () => {
  it('fails a deploy build without SITE_URL, naming the variable to set', () => {
    expect(() => siteUrlFor({ DEPLOY: 'true' })).toThrow(/SITE_URL is not set.*Set SITE_URL to/);
    expect(() => siteUrlFor({ DEPLOY: 'true', SITE_URL: '  ' })).toThrow(/SITE_URL is not set/);
  });

  it('fails a deploy build whose SITE_URL is a local address', () => {
    for (const local of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'https://docs.localhost', 'http://[::1]:4321']) {
      expect(() => siteUrlFor({ DEPLOY: 'true', SITE_URL: local }), local).toThrow(/local address.*Set SITE_URL/);
    }
  });

  it('fails a deploy build whose SITE_URL is not an http(s) URL', () => {
    expect(() => siteUrlFor({ DEPLOY: 'true', SITE_URL: 'guide.example.org' })).toThrow(/not an absolute URL/);
    expect(() => siteUrlFor({ DEPLOY: 'true', SITE_URL: 'ftp://guide.example.org' })).toThrow(/not an http\(s\) address/);
  });

  it('passes a deploy build with a public SITE_URL through unchanged', () => {
    expect(siteUrlFor({ DEPLOY: 'true', SITE_URL: 'https://guide.example.org' })).toBe('https://guide.example.org');
  });

  it('falls back to localhost outside a deploy build, and uses SITE_URL when given', () => {
    expect(siteUrlFor({})).toBe('http://localhost:4321');
    expect(siteUrlFor({ DEPLOY: 'false' })).toBe('http://localhost:4321');
    expect(siteUrlFor({ SITE_URL: 'https://guide.example.org' })).toBe('https://guide.example.org');
  });
});

describe('astro.config.mjs', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const loadConfig = (env: Record<string, string>) => {
    const { SITE_URL: _site, DEPLOY: _deploy, ...ambient } = process.env;
    return spawnSync(process.execPath, ['--input-type=module', '-e', "console.log((await import('./astro.config.mjs')).default.site)"], {
      cwd: root,
      env: { ...ambient, ...env },
      encoding: 'utf8',
    });
  };

  it('refuses DEPLOY=true without SITE_URL', () => {
    const run = loadConfig({ DEPLOY: 'true' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/DEPLOY=true but SITE_URL is not set/);
  });

  it('builds for SITE_URL when deploying, and for localhost with no setup', () => {
    expect(loadConfig({ DEPLOY: 'true', SITE_URL: 'https://guide.example.org' }).stdout.trim()).toBe('https://guide.example.org');
    expect(loadConfig({}).stdout.trim()).toBe('http://localhost:4321');
  });
});
