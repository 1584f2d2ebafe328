/**
 * The browser every test and the bench run: Debian's Chromium when it is installed, else the
 * one Playwright keeps in its cache if someone installed it. Nothing is ever downloaded; with
 * neither, the run stops here and says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

export function chromiumPath(): string {
  if (existsSync(systemChromium)) return systemChromium;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    `No Chromium to test with: ${systemChromium} is missing and Playwright has none of its own (${bundled}).\n` +
      'Install one, for example `sudo apt-get install chromium` on Debian or Ubuntu (`.ci/run` does this), ' +
      'or `npx playwright install chromium` where downloads are allowed.',
  );
}

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Every page comes from the one test origin, so a process per site buys nothing here and
  // costs a 2-core machine about a tenth of the browser tests' time.
  '--disable-features=IsolateOrigins,site-per-process',
  '--disable-site-isolation-trials',
];
