/**
 * The site's one Trusted Types policy. Pages enforce `require-trusted-types-for 'script'`
 * (src/integrations/csp.ts), so a plain string given to a script-URL sink such as
 * `new Worker(url)` throws unless a policy vouches for it. Pagefind starts its search worker
 * with a plain string, and only the policy named `default` is asked about those. It allows
 * exactly Pagefind's worker file on this origin; without it Pagefind would fall back to
 * searching on the main thread. It creates no HTML and no script, so those sinks still throw.
 */
interface TrustedTypePolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: 'default', rules: { createScriptURL: (input: string) => string | null }): unknown;
}

/** `siteBase`: the site's base path, as `./site-base.ts` gives it (passed in so search shares no module with the chrome script). */
export function allowPagefindWorker(siteBase: string): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  // A browser without Trusted Types checks no sink; a second call finds the policy made.
  if (!factory || factory.defaultPolicy) return;
  const worker = new URL(`${siteBase}pagefind/pagefind-worker.js`, location.origin).href;
  factory.createPolicy('default', {
    // null makes the browser refuse the URL and report it as a violation.
    createScriptURL: (input) => (new URL(input, location.href).href === worker ? input : null),
  });
}
