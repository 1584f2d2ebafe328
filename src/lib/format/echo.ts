/**
 * Text from the address shown back to the reader ("“utm_source” was ignored"). Anyone can
 * write an address and send it to someone else, so what it carries is untrusted: it is always
 * rendered as text (never markup), and here it is also cleaned and bounded, so a link cannot
 * put a paragraph of its own words into the site's callouts or reverse a sentence with
 * bidirectional control characters.
 */

/** Longest echoed name or value, in characters. */
export const ECHO_MAX_CHARS = 30;
/** Most names or values echoed in one message; the rest are counted. */
export const ECHO_MAX_ITEMS = 5;

// C0 and C1 controls and DEL; bidirectional marks, embeddings, overrides and isolates
// (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069); zero-width characters and the BOM,
// which hide text or join it invisibly.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** `text` without control, bidirectional or invisible characters, cut to `max` characters with "…". */
export function cleanEcho(text: string, max: number = ECHO_MAX_CHARS): string {
  const chars = [...text.replace(UNSAFE, '')];
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

/** `cleanEcho` in curly quotes: “utm_source”. */
export function quoteEcho(text: string, max: number = ECHO_MAX_CHARS): string {
  return `“${cleanEcho(text, max)}”`;
}

/**
 * At most `ECHO_MAX_ITEMS` items, quoted and cleaned, joined into a list, then "and N more":
 * “a”, “b”, “c”, “d”, “e” and 3 more.
 */
export function echoList(items: readonly string[]): string {
  const shown = items.slice(0, ECHO_MAX_ITEMS).map((item) => quoteEcho(item));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
