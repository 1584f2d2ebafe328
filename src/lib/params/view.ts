/**
 * `view=`: which costs the calculators' charts compare. A display setting, not an input: it never
 * changes the Scenario or any figure, only what the charts plot. `all` (the default) plots every
 * cost; `hosting` leaves out the lines every option pays the same (model tokens, retrieval; see
 * lib/cost/hosting.ts), which at today's prices are most of each total and hide the difference.
 */

export const VIEW_PARAM = 'view';
export const costViews = ['all', 'hosting'] as const;
export type CostView = (typeof costViews)[number];
export const DEFAULT_VIEW: CostView = 'all';

/** What the hosting figures leave out, said once wherever they appear (one string in the bundle). */
export const HOSTING_NOTE = 'Hosting leaves out the model tokens and retrieval every option pays the same.';

/** What the view control calls each view. */
export const viewLabels: Readonly<Record<CostView, string>> = {
  all: 'All costs',
  hosting: 'Hosting only',
};

export interface ViewRead {
  view: CostView;
  /** Why the address's value was not used as given, or null when it was (or was absent). */
  notice: string | null;
}

/**
 * The view an address asks for. Like an input, a value that cannot be used as given says so
 * and names the value used; like an enum input, case does not matter. What was received is not
 * echoed back: the message names the rule.
 */
export function readView(params: URLSearchParams): ViewRead {
  const values = params.getAll(VIEW_PARAM);
  const first = values[0];
  if (first === undefined) return { view: DEFAULT_VIEW, notice: null };
  const match = costViews.find((v) => v === first.trim().toLowerCase());
  const view = match ?? DEFAULT_VIEW;
  const notices: string[] = [];
  if (!match) notices.push(`The view in the link must be ${costViews.join(' or ')}; showing ${viewLabels[view].toLowerCase()}.`);
  if (values.length > 1) notices.push(`The view was given ${values.length} times; using the first value (${view}).`);
  return { view, notice: notices.length > 0 ? notices.join(' ') : null };
}

/** `view=hosting`, or "" for the default (the address carries only what differs from it). */
export function viewQuery(view: CostView): string {
  return view === DEFAULT_VIEW ? '' : `${VIEW_PARAM}=${view}`;
}

/** `search` (with or without "?") with its view set to `view`: replaced, or removed for the default. */
export function searchWithView(search: string, view: CostView): string {
  const params = new URLSearchParams(search);
  params.delete(VIEW_PARAM);
  if (view !== DEFAULT_VIEW) params.set(VIEW_PARAM, view);
  return params.toString();
}

/** Query strings joined with "&", empty ones left out. */
export function joinQuery(...parts: string[]): string {
  return parts.filter(Boolean).join('&');
}
