/**
 * The browser every test and the bench run: Debian's Chromium when it is installed (nothing
 * is ever downloaded), otherwise Playwright's own, with the flags this machine needs.
 */
import { existsSync } from 'node:fs';

const systemChromium = '/usr/bin/chromium';
export const chromiumPath: string | undefined = existsSync(systemChromium) ? systemChromium : undefined;

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
