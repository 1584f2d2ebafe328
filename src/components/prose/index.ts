import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';
import Pre from './Pre.astro';
import Link from './Link.astro';

/** Overrides for plain Markdown elements inside chapters. */
export const proseComponents = { h2: H2, h3: H3, table: Table, pre: Pre, a: Link };
