import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultScenario, type Scenario } from '../../lib/cost/scenario.ts';
import { fields, pageParamNames } from '../../lib/params/fields.ts';
import { encodeScenario, paramText } from '../../lib/params/url-state.ts';
import { joinQuery } from '../../lib/params/view.ts';
import { parseScenario, type FieldIssue } from '../../lib/params/validate.ts';
import { getPreset, type Preset } from '../../lib/scenarios.ts';
import { calculatorHref } from '../../lib/site/base.ts';
import { pricesDayInUse, setPricesDay } from '../../lib/pricing/catalog.ts';
import { latestVersion, priceVersionOf } from '../../lib/pricing/history.ts';
import { defaultScenarioOn } from '../../lib/params/pinned-defaults.ts';

/**
 * The calculators' form state. The form holds text (what is in each field); the scenario is
 * derived from it through the same validator as links and presets, so a typed value and the
 * same value in a link give the same result and the same message.
 *
 * A field is validated when it is committed (left, or picked from a list), never on every
 * keystroke: while the reader retypes a value, the results keep using the field's last valid
 * value and nothing moves on the page. On commit:
 *  - an empty field goes back to its last valid value;
 *  - a value that cannot be used as given is replaced by its fallback, and a message at the
 *    field says why, until the field is edited again;
 *  - fixes between fields (memory that no longer fits a new vCPU size) show the same way.
 * Values from a link or a preset that needed correcting are also listed in a summary at the top.
 */

export type RawValues = Readonly<Record<string, string>>;

export interface FormState {
  /** What each field shows. */
  raw: RawValues;
  /** The values in use: `raw`, except for a field being retyped, which keeps its last valid text. */
  committed: RawValues;
  /** Messages about values that were replaced by their fallback, by parameter: one message each. */
  notices: Readonly<Record<string, string>>;
  /** Parameters whose notice came from the link or a preset (the summary lists these). */
  fromLink: readonly string[];
  /** Parameters in the link that are not inputs (ignored). */
  ignored: readonly string[];
}

/** Same text the URL codec writes, so a field and the link agree. */

export function rawFromScenario(s: Scenario): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.param, paramText(s[f.key])]));
}

/**
 * One message per parameter: a field's issues are joined, in the order they arose. What was
 * received is not repeated back: the message names the rule and the value used, and echoing a
 * pasted value ("NaN", markup) helps nobody.
 */
function messagesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.field] = out[issue.field] ? `${out[issue.field]} ${issue.message}` : issue.message;
  return out;
}

/** State for a query string (the page's own link, or a preset's). */
export function stateFromQuery(query: string, base: Scenario): FormState {
  const parsed = parseScenario(new URLSearchParams(query), base);
  const raw = rawFromScenario(parsed.scenario);
  const notices = messagesByField(parsed.issues);
  return { raw, committed: raw, notices, fromLink: Object.keys(notices), ignored: parsed.ignored };
}

export function stateFromScenario(s: Scenario): FormState {
  const raw = rawFromScenario(s);
  return { raw, committed: raw, notices: {}, fromLink: [], ignored: [] };
}

/**
 * The state after the reader puts `text` into `param`. While they type (`commit` false) the
 * field shows their text and the results use it only if it is a valid value; otherwise they
 * keep the last valid one. When they commit, the field settles: see the module comment.
 */
export function applyEdit(state: FormState, param: string, text: string, commit: boolean, base: Scenario): FormState {
  const notices: Record<string, string> = { ...state.notices };
  delete notices[param];
  const fromLink = state.fromLink.filter((p) => p !== param);
  const candidate = { ...state.committed, [param]: text };
  const valid = text.trim() !== '' && !parseScenario(candidate, base).issues.some((i) => i.field === param);
  if (!commit) {
    return { ...state, raw: { ...state.raw, [param]: text }, committed: valid ? candidate : state.committed, notices, fromLink };
  }
  // An emptied field keeps its last valid value; anything else is checked as a link would be.
  const settled = text.trim() === '' ? { ...state.committed } : candidate;
  const parsed = parseScenario(settled, base);
  // Every field now shows the value in use, written as the link writes it ("1,000" becomes "1000").
  const raw = rawFromScenario(parsed.scenario);
  for (const [field, message] of Object.entries(messagesByField(parsed.issues))) notices[field] = message;
  return { raw, committed: raw, notices, fromLink, ignored: state.ignored };
}

/** Which prices the page computes with: today's, a link's older ones, or today's for a version it does not know. */
export type PricesVersion = ReturnType<typeof priceVersionOf>;

/**
 * Reads `prices=` from the address and puts the model on those prices; returns the version and
 * the defaults a link of that day was made against (it left out what equalled them).
 */
function pricesFromAddress(search: string, base: Scenario): { version: PricesVersion; base: Scenario } {
  const version = priceVersionOf(new URLSearchParams(search).get('prices'));
  setPricesDay(version.status === 'pinned' ? version.day : undefined);
  return { version, base: version.status === 'pinned' && base === defaultScenario ? defaultScenarioOn(version.day) : base };
}

/**
 * This page's address with the inputs in `query` and, from `current`, the page parameters (an
 * embed's theme, the outcome the reader came from, the prices' version), which edits never drop.
 */
function addressWith(query: string, current: URLSearchParams): string {
  const kept = new URLSearchParams([...current].filter(([k]) => pageParamNames.includes(k))).toString();
  const search = joinQuery(query, kept);
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

export interface ScenarioForm {
  state: FormState;
  /** The prices in use (see `PricesVersion`). */
  prices: PricesVersion;
  /** Leaves a link's older prices for today's, keeping its inputs, and says so in the address. */
  usePricesOfToday: () => void;
  /** The query for shared links and exports: the inputs and the data version they were computed with. */
  shareQuery: string;
  scenario: Scenario;
  /** The message at each field that has one. */
  messages: Readonly<Record<string, string>>;
  /** Notes on values used as given (a model past its end of life), by parameter. */
  warnings: Readonly<Record<string, string>>;
  /** Query string of the non-default values ("" for the defaults). */
  query: string;
  edit: (param: string, text: string, commit: boolean) => void;
  /** A whole new state (a preset, reset): a new history entry, so Back returns to the previous inputs. */
  replace: (state: FormState) => void;
  /** True once the reader has changed something (the page may then rewrite its address). */
  touched: boolean;
}

export function useScenarioForm(base: Scenario, options: { readUrl: boolean; writeUrl: boolean }): ScenarioForm {
  // Server rendering and the first client render use `base`, so hydration matches the HTML.
  const [state, setState] = useState<FormState>(() => stateFromScenario(base));
  const [touched, setTouched] = useState(false);
  const [prices, setPrices] = useState<PricesVersion>({ status: 'current' });
  const parsed = useMemo(() => parseScenario(state.committed, base), [state.committed, base]);
  const query = useMemo(() => encodeScenario(parsed.scenario), [parsed.scenario]);
  const scenario = useSameScenario(parsed.scenario, query);
  const messages = state.notices;

  // The link's parameters apply after hydration, before the browser paints.
  useLayoutEffect(() => {
    if (!options.readUrl || location.search === '') return;
    const read = pricesFromAddress(location.search, base);
    setPrices(read.version);
    setState(stateFromQuery(location.search, read.base));
    // Only on mount: later changes come from the reader.
  }, []);

  // Back and Forward between scenarios (presets and Reset add history entries).
  useEffect(() => {
    if (!options.readUrl) return;
    const onPop = (): void => {
      setTouched(false);
      const read = pricesFromAddress(location.search, base);
      setPrices(read.version);
      setState(stateFromQuery(location.search, read.base));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const writeUrl = options.writeUrl && touched;
  const lastWritten = useRef<string | null>(null);
  const pushNext = useRef(false);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!writeUrl || lastWritten.current === query) return;
    lastWritten.current = query;
    const url = addressWith(query, new URLSearchParams(location.search));
    const push = pushNext.current;
    pushNext.current = false;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  }, [writeUrl, query, revision]);

  const edit = useCallback(
    (param: string, text: string, commit: boolean) => {
      setTouched(true);
      setState((s) => applyEdit(s, param, text, commit, base));
    },
    [base],
  );
  const replace = useCallback((next: FormState) => {
    pushNext.current = true;
    lastWritten.current = null;
    setRevision((r) => r + 1);
    setTouched(true);
    setState(next);
  }, []);

  const warnings = useMemo(() => Object.fromEntries(parsed.warnings.map((w) => [w.field, w.message])), [parsed.warnings]);

  const usePricesOfToday = useCallback(() => {
    setPricesDay(undefined);
    setPrices({ status: 'current' });
    const latest = latestVersion();
    const params = new URLSearchParams(location.search);
    if (latest) params.set('prices', latest);
    else params.delete('prices');
    // Every input stays as it is (the older defaults are now written out), only the prices move.
    history.replaceState(history.state, '', addressWith(query, params));
    // A new object for the same inputs, so the estimate is computed again at today's prices.
    setState((s) => ({ ...s, committed: { ...s.committed } }));
  }, [query]);

  const version = prices.status === 'pinned' ? prices.day : latestVersion();
  const shareQuery = joinQuery(query, version ? `prices=${version}` : '');

  return { state, prices, usePricesOfToday, shareQuery, scenario, messages, warnings, query, edit, replace, touched };
}

/**
 * The same object for the same inputs at the same prices. A link that only restates the
 * defaults, or names today's prices (every shared link and embed does), gives a new scenario
 * object with the server's values: what is computed from it (the estimate, the parts that load
 * their code only for other inputs) should not count that as a change.
 */
function useSameScenario(scenario: Scenario, query: string): Scenario {
  const key = `${query}|${pricesDayInUse() ?? ''}`;
  const kept = useRef({ key, scenario });
  if (kept.current.key !== key) kept.current = { key, scenario };
  return kept.current.scenario;
}

export type CalculatorVariant = 'page' | 'embed' | 'chapter';

/**
 * The form of one calculator island. In a chapter it starts from the chapter's preset and
 * leaves the chapter's address alone; on a page or in an embed it reads and writes the
 * address. `href` is the full calculator (at `path`) with the current inputs.
 */
export function useCalculatorForm(
  variant: CalculatorVariant,
  presetId: string | undefined,
  path: string,
): { form: ScenarioForm; preset: Preset | undefined; href: string } {
  const preset = presetId === undefined ? undefined : getPreset(presetId);
  const inChapter = variant === 'chapter';
  const form = useScenarioForm(preset?.scenario ?? defaultScenario, { readUrl: !inChapter, writeUrl: !inChapter });
  return { form, preset, href: calculatorHref(path, form.query) };
}
