// One count per page render: the request object is unique to each page being built.
const seen = new WeakMap<Request, Map<string, number>>();

/** The label itself the first time a page uses it, then "label (2)", "label (3)" and so on. */
export function uniqueLabel(page: Request, label: string): string {
  const counts = seen.get(page) ?? new Map<string, number>();
  seen.set(page, counts);
  const n = (counts.get(label) ?? 0) + 1;
  counts.set(label, n);
  return n === 1 ? label : `${label} (${n})`;
}
