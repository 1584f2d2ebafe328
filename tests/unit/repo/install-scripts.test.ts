/**
 * `npm ci` may run only the install scripts someone reviewed. npm enforces the list (strict mode
 * in .npmrc); these checks keep the list, the lockfile and the README telling the same story.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

const withScripts = Object.entries(lock.packages)
  .filter(([, p]) => p.hasInstallScript)
  .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
  .sort();

describe('install scripts', () => {
  it('npm refuses any install script not in allowScripts', () => {
    expect(read('.npmrc')).toMatch(/^strict-allow-scripts=true$/m);
  });

  it('allowScripts names exactly the locked packages that have install scripts: esbuild and node', () => {
    expect(withScripts).toEqual(['esbuild', 'node']);
    expect(Object.keys(pkg.allowScripts ?? {}).sort()).toEqual(withScripts);
    expect(Object.values(pkg.allowScripts ?? {})).toEqual([true, true]);
  });

  it('the README names the Node binary the node package downloads', () => {
    const version = lock.packages['node_modules/node']?.version;
    expect(version).toMatch(/^24\./);
    expect(read('README.md')).toContain(`node-<platform>-<arch>@${version}`);
  });
});
