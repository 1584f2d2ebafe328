/**
 * Stands in for Astro's `astro:config/client` virtual module in unit tests, which run through
 * Vite without Astro: the site as built with the default base path.
 */
export const base = '/';
