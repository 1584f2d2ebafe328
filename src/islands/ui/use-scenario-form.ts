import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultScenario, type Scenario } from '../../lib/cost/scenario.ts';
import { fields } from '../../lib/params/fields.ts';
import { encodeScenario } from '../../lib/params/url-state.ts';
import { parseScenario, type FieldIssue, type FieldValue } from '../../lib/params/validate.ts';
import { getPreset, type Preset } from '../../lib/scenarios.ts';
import { calculatorHref } from './share.ts';

/**
 * The calculators' form state. The form holds text (what is in each field); the
 * scenario is derived from it through the same validator as links and presets.
 *
 * A value that cannot be used as given is never replaced silently:
 *  - while the reader types, the field keeps their text and shows the message
 *    ("...; using 10,000") and the results use the fallback;
 *  - when they leave the field, or when the value came from a link or from a fix
 *    between fields (memory that does not fit a new vCPU size), the field shows
 *    the fallback and the message stays as a notice until that field is edited.
 */

export type RawValues = Readonly<Record<string, string>>;

export interface FormState {
  raw: RawValues;
  /** Messages about values that were replaced by their fallback, by parameter. */
  notices: Readonly<Record<string, readonly string[]>>;
  /** Parameters in the link that are not inputs (ignored). */
  ignored: readonly string[];
}

/** Same text the URL codec writes, so a field and the link agree. */
export function formatValue(value: FieldValue): string {
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

export function rawFromScenario(s: Scenario): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.param, formatValue(s[f.key])]));
}

/** Keeps hostile or pasted values short in messages; the text is rendered escaped, never as markup. */
export function shorten(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * Messages by parameter. What was received is not repeated back: the message names the
 * rule and the value used, and echoing a pasted value ("NaN", markup) helps nobody.
 */
function groupIssues(issues: readonly FieldIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.field] ??= []).push(issue.message);
  return out;
}

/** State for a query string (the page's own link, or a preset's). */
export function stateFromQuery(query: string, base: Scenario): FormState {
  const parsed = parseScenario(new URLSearchParams(query), base);
  return {
    raw: rawFromScenario(parsed.scenario),
    notices: groupIssues(parsed.issues),
    ignored: parsed.ignored,
  };
}

export function stateFromScenario(s: Scenario): FormState {
  return { raw: rawFromScenario(s), notices: {}, ignored: [] };
}

/**
 * The state after the reader puts `text` into `param`. `commit` is true when they
 * leave the field (or pick from a list): then a value that is not usable is
 * replaced by the fallback the results already use.
 */
export function applyEdit(state: FormState, param: string, text: string, commit: boolean, base: Scenario): FormState {
  const raw: Record<string, string> = { ...state.raw, [param]: text };
  const notices: Record<string, readonly string[]> = { ...state.notices };
  delete notices[param];
  const { issues } = parseScenario(raw, base);
  const byField = groupIssues(issues);
  for (const issue of issues) {
    if (issue.field === param && !commit) continue;
    raw[issue.field] = formatValue(issue.fallback);
    notices[issue.field] = byField[issue.field] ?? [];
  }
  return { raw, notices, ignored: state.ignored };
}

export interface ScenarioForm {
  state: FormState;
  scenario: Scenario;
  /** Messages per parameter: notices plus problems with what is being typed. */
  messages: Readonly<Record<string, readonly string[]>>;
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
  const parsed = useMemo(() => parseScenario(state.raw, base), [state.raw, base]);
  const query = useMemo(() => encodeScenario(parsed.scenario), [parsed.scenario]);

  const messages = useMemo(() => {
    const live = groupIssues(parsed.issues);
    const out: Record<string, readonly string[]> = { ...state.notices };
    for (const [field, list] of Object.entries(live)) out[field] = [...(out[field] ?? []), ...list];
    return out;
  }, [parsed.issues, state.notices]);

  // The link's parameters apply after hydration, before the browser paints.
  useLayoutEffect(() => {
    if (!options.readUrl || location.search === '') return;
    setState(stateFromQuery(location.search, base));
    // Only on mount: later changes come from the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back and Forward between scenarios (presets and Reset add history entries).
  useEffect(() => {
    if (!options.readUrl) return;
    const onPop = (): void => {
      setTouched(false);
      setState(stateFromQuery(location.search, base));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const writeUrl = options.writeUrl && touched;
  const lastWritten = useRef<string | null>(null);
  const pushNext = useRef(false);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    if (!writeUrl || lastWritten.current === query) return;
    lastWritten.current = query;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
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

  return { state, scenario: parsed.scenario, messages, warnings, query, edit, replace, touched };
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
