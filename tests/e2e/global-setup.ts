import { distDir, siteBase } from '../support/built-site.ts';
import { startServer } from '../../src/cli/serve.ts';

/**
 * Serves this checkout's dist/ on a port the system picks, and hands its address to the test
 * workers (they start after this and inherit the environment). Another checkout's server on
 * any port can never stand in for this build.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startServer({ dir: distDir, base: siteBase });
  process.env['E2E_ORIGIN'] = server.origin;
  return server.close;
}
