import { limitNumber, modelInfo } from '../pricing/catalog.ts';
import { formatLongDate } from '../format/date.ts';
import { formatNumber } from '../format/money.ts';
import { describeValidMemory, isValidTaskSize, memoryRangeFor, nearestValidMemory } from '../cost/fargate-sizes.ts';
import { defaultScenario, type Scenario } from '../cost/scenario.ts';
import { fieldByKey, fieldByParam, fields, pageParamNames, paramNames, type FieldMeta } from './fields.ts';

/**
 * Untrusted input (form fields, URL parameters, preset files) -> a valid Scenario.
 * Every value that is not used as given produces an issue naming the field, what
 * was wrong and what is used instead: nothing is clamped silently.
 */

export type FieldValue = string | number | boolean;

export interface FieldIssue {
  /** URL parameter / form field name. */
  field: string;
  /** Human and specific: "Requests per day must be a whole number between 0 and 100,000,000; using 10,000." */
  message: string;
  /** The value used instead. */
  fallback: FieldValue;
  /** What was received, when there was a value. */
  received?: string;
}

/** Something the reader must know about a value that IS used as given (a model past its end of life). */
export interface FieldWarning {
  field: string;
  message: string;
}

export interface ParseResult {
  scenario: Scenario;
  issues: FieldIssue[];
  warnings: FieldWarning[];
  /** Parameter names that are not scenario fields (ignored). */
  ignored: string[];
}

export type RawParams = URLSearchParams | Readonly<Record<string, unknown>>;

// Plain decimal or scientific notation; no hex, no "Infinity" spelled out.
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// "10,000" and "1,234.5" (thousands separators, never a decimal comma).
const GROUPED_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function toNumber(raw: string): number | undefined {
  const t = raw.trim();
  const plain = GROUPED_RE.test(t) ? t.replaceAll(',', '') : t;
  return NUMBER_RE.test(plain) ? Number(plain) : undefined;
}

/** How a value reads in a message. */
export function displayValue(value: FieldValue): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return formatNumber(value, 6);
  return value;
}

function constraint(meta: FieldMeta): string {
  switch (meta.kind) {
    case 'int':
      return `a whole number between ${formatNumber(meta.min)} and ${formatNumber(meta.max)}`;
    case 'number':
      return `a number between ${formatNumber(meta.min, 6)} and ${formatNumber(meta.max, 6)}`;
    case 'enum':
      return `one of: ${meta.options.map((o) => o.value).join(', ')}`;
    case 'bool':
      return 'true or false';
    case 'choice':
      return `one of: ${meta.choices.map((c) => formatNumber(c, 6)).join(', ')}`;
    case 'auto':
      return `"auto" (${meta.autoMeans}) or ${meta.integer ? 'a whole number' : 'a number'} between ${formatNumber(meta.min, 6)} and ${formatNumber(meta.max, 6)}`;
  }
}

type Parsed = { ok: true; value: FieldValue } | { ok: false; fallback: FieldValue };

function clampNumber(meta: { min: number; max: number }, n: number, integer: boolean): number {
  if (Number.isNaN(n)) return meta.min;
  const v = integer && Number.isFinite(n) ? Math.round(n) : n;
  return Math.min(meta.max, Math.max(meta.min, v));
}

function parseValue(meta: FieldMeta, raw: string, base: FieldValue): Parsed {
  const t = raw.trim();
  switch (meta.kind) {
    case 'int':
    case 'number': {
      const n = toNumber(t);
      if (n === undefined) return { ok: false, fallback: base };
      const integer = meta.kind === 'int';
      const ok = Number.isFinite(n) && n >= meta.min && n <= meta.max && (!integer || Number.isInteger(n));
      // Normalise -0 so URLs and deep-equality stay exact.
      return ok ? { ok: true, value: n === 0 ? 0 : n } : { ok: false, fallback: clampNumber(meta, n, integer) };
    }
    case 'enum': {
      const match = meta.options.find((o) => o.value.toLowerCase() === t.toLowerCase());
      return match ? { ok: true, value: match.value } : { ok: false, fallback: base };
    }
    case 'bool': {
      const l = t.toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(l)) return { ok: true, value: true };
      if (['false', '0', 'no', 'off'].includes(l)) return { ok: true, value: false };
      return { ok: false, fallback: base };
    }
    case 'choice': {
      const n = toNumber(t);
      if (n !== undefined && meta.choices.includes(n)) return { ok: true, value: n };
      if (n === undefined || Number.isNaN(n)) return { ok: false, fallback: base };
      let best = meta.choices[0] ?? meta.default;
      for (const c of meta.choices) if (Math.abs(c - n) < Math.abs(best - n)) best = c;
      return { ok: false, fallback: best };
    }
    case 'auto': {
      if (t.toLowerCase() === 'auto') return { ok: true, value: 'auto' };
      const n = toNumber(t);
      if (n === undefined) return { ok: false, fallback: base };
      const ok = Number.isFinite(n) && n >= meta.min && n <= meta.max && (!meta.integer || Number.isInteger(n));
      return ok ? { ok: true, value: n === 0 ? 0 : n } : { ok: false, fallback: clampNumber(meta, n, meta.integer) };
    }
  }
}

function collect(input: RawParams): { values: Map<string, string[]>; ignored: string[] } {
  const values = new Map<string, string[]>();
  const ignored: string[] = [];
  const add = (key: string, value: string): void => {
    if (pageParamNames.includes(key)) return;
    if (!fieldByParam(key)) {
      if (!ignored.includes(key)) ignored.push(key);
      return;
    }
    const list = values.get(key) ?? [];
    list.push(value);
    values.set(key, list);
  };
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) add(k, v);
  } else {
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined || v === null) continue;
      for (const item of Array.isArray(v) ? (v as unknown[]) : [v]) add(k, String(item));
    }
  }
  return { values, ignored };
}

type MutableScenario = Record<keyof Scenario, FieldValue>;

/**
 * Turns untrusted input into a valid Scenario plus a list of field-specific issues.
 * Missing fields take `base` (the defaults unless a preset is given); bad ones fall
 * back to `base` or the nearest allowed value, and say so.
 */
export function parseScenario(input: RawParams, base: Scenario = defaultScenario): ParseResult {
  const { values, ignored } = collect(input);
  const scenario = { ...base } as unknown as MutableScenario;
  const issues: FieldIssue[] = [];

  for (const meta of fields) {
    const raw = values.get(meta.param);
    if (!raw || raw.length === 0) continue;
    const first = raw[0] ?? '';
    const baseValue = base[meta.key];
    let used: FieldValue;
    if (first.trim() === '') {
      used = baseValue;
      issues.push({ field: meta.param, message: `${meta.label} is empty; using ${displayValue(used)}.`, fallback: used, received: first });
    } else {
      const parsed = parseValue(meta, first, baseValue);
      if (parsed.ok) {
        used = parsed.value;
      } else {
        used = parsed.fallback;
        issues.push({
          field: meta.param,
          message: `${meta.label} must be ${constraint(meta)}; using ${displayValue(used)}.`,
          fallback: used,
          received: first,
        });
      }
    }
    if (raw.length > 1) {
      issues.push({
        field: meta.param,
        message: `${meta.label} was given ${raw.length} times; using the first value (${displayValue(used)}).`,
        fallback: used,
        received: raw.join(', '),
      });
    }
    scenario[meta.key] = used;
  }

  const result = scenario as unknown as Scenario;
  // A rule between fields has the last word on a value: its fix replaces an earlier message for
  // the same field ("must be at most 120; using 120", then "1 vCPU takes 2 to 8 GB; using 8"),
  // so a field never shows two fallbacks. A "given twice" notice stays.
  const corrected = new Set(issues.map((i) => i.field));
  for (const fix of crossFieldFixes(result, corrected)) {
    const earlier = issues.findIndex((i) => i.field === fix.field && !i.message.includes(' was given '));
    if (earlier !== -1) {
      const replaced = issues.splice(earlier, 1)[0]!;
      if (replaced.received !== undefined) fix.received = replaced.received;
    }
    issues.push(fix);
  }
  return { scenario: result, issues, warnings: warningsFor(result), ignored };
}

/** Values used as given that still need a word at their field. */
function warningsFor(s: Scenario): FieldWarning[] {
  const model = modelInfo(s.model);
  if (model.status !== 'end-of-life') return [];
  const replacement = model.replacedBy ? modelInfo(model.replacedBy).name : 'a current model';
  return [
    {
      field: fieldByKey('model').param,
      message: `${model.name} reached end of life on Bedrock on ${formatLongDate(model.endOfLife ?? '')} and can no longer be called. The figures use its last price; ${replacement} replaces it.`,
    },
  ];
}

/**
 * Checks between fields. Mutates `s` to the fallback and returns the issues. `corrected` holds
 * the fields already corrected on their own: their message does not quote the interim value.
 */
function crossFieldFixes(s: Scenario, corrected: ReadonlySet<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (key: keyof Scenario, message: string, fallback: FieldValue, received: FieldValue): void => {
    issues.push({ field: fieldByKey(key).param, message, fallback, received: String(received) });
  };

  if (memoryRangeFor(s.taskVcpu) && !isValidTaskSize(s.taskVcpu, s.taskMemoryGb)) {
    const fallback = nearestValidMemory(s.taskVcpu, s.taskMemoryGb);
    issue(
      'taskMemoryGb',
      `${describeValidMemory(s.taskVcpu).replace(/\.$/, '')}${corrected.has(fieldByKey('taskMemoryGb').param) ? '' : ` (${formatNumber(s.taskMemoryGb, 6)} GB is not one of them)`}; using ${formatNumber(fallback)}.`,
      fallback,
      s.taskMemoryGb,
    );
    s.taskMemoryGb = fallback;
  }

  const model = modelInfo(s.model);
  if (!model.profiles.includes(s.inferenceProfile)) {
    const fallback = model.profiles[0] ?? 'geo';
    issue(
      'inferenceProfile',
      `${model.name} has no ${s.inferenceProfile} inference profile; using ${fallback}.`,
      fallback,
      s.inferenceProfile,
    );
    s.inferenceProfile = fallback;
  }

  const maxLifetime = limitNumber('agentcore-max-session-hours') * 3600;
  if (s.sessionSeconds + s.idleSeconds > maxLifetime) {
    const fallback = maxLifetime - s.sessionSeconds;
    issue(
      'idleSeconds',
      `A session lasts at most ${formatNumber(maxLifetime / 3600)} hours (${formatNumber(maxLifetime)} s), so after a ${formatNumber(s.sessionSeconds)} s session the idle time can be at most ${formatNumber(fallback)} s; using ${formatNumber(fallback)}.`,
      fallback,
      s.idleSeconds,
    );
    s.idleSeconds = fallback;
  }

  const maxVcpu = limitNumber('agentcore-max-vcpu-per-session');
  const maxCpu = (maxVcpu * s.sessionSeconds) / s.requestsPerSession;
  if (s.activeCpuSeconds > maxCpu) {
    issue(
      'activeCpuSeconds',
      `Active CPU per request can be at most ${formatNumber(maxCpu, 6)} vCPU-seconds (${formatNumber(maxVcpu)} vCPU x ${formatNumber(s.sessionSeconds)} s of session / ${formatNumber(s.requestsPerSession)} requests); using ${formatNumber(maxCpu, 6)}.`,
      maxCpu,
      s.activeCpuSeconds,
    );
    s.activeCpuSeconds = maxCpu;
  }

  const maxRequest = s.sessionSeconds / s.requestsPerSession;
  if (s.requestSeconds > maxRequest) {
    issue(
      'requestSeconds',
      `A request cannot keep the agent busy longer than its share of the session (${formatNumber(s.sessionSeconds)} s / ${formatNumber(s.requestsPerSession)} requests = ${formatNumber(maxRequest, 6)} s); using ${formatNumber(maxRequest, 6)}.`,
      maxRequest,
      s.requestSeconds,
    );
    s.requestSeconds = maxRequest;
  }

  if (s.averageMemoryGb !== 'auto' && s.averageMemoryGb > s.sessionMemoryGb) {
    issue(
      'averageMemoryGb',
      `Average memory in use cannot exceed the session's peak (${formatNumber(s.sessionMemoryGb, 6)} GB); using ${formatNumber(s.sessionMemoryGb, 6)}.`,
      s.sessionMemoryGb,
      s.averageMemoryGb,
    );
    s.averageMemoryGb = s.sessionMemoryGb;
  }

  if (s.idleMemoryGb > s.sessionMemoryGb) {
    issue(
      'idleMemoryGb',
      `Idle memory after reclaim cannot exceed the session memory (${formatNumber(s.sessionMemoryGb, 6)} GB); using ${formatNumber(s.sessionMemoryGb, 6)}.`,
      s.sessionMemoryGb,
      s.idleMemoryGb,
    );
    s.idleMemoryGb = s.sessionMemoryGb;
  }

  if (s.vectorStore === 'opensearch-serverless') {
    const floor = limitNumber(s.opensearchRedundancy ? 'opensearch-min-ocu-redundant' : 'opensearch-min-ocu-single');
    if (s.opensearchOcus < floor) {
      issue(
        'opensearchOcus',
        `OpenSearch Serverless bills at least ${formatNumber(floor)} OCU ${s.opensearchRedundancy ? 'with' : 'without'} redundancy; using ${formatNumber(floor)}.`,
        floor,
        s.opensearchOcus,
      );
      s.opensearchOcus = floor;
    }
  }
  return issues;
}

/** True when `s` passes every check unchanged (for tests and presets). */
export function isValidScenario(s: Scenario): boolean {
  const copy = { ...s };
  const params: Record<string, FieldValue> = {};
  for (const meta of fields) params[meta.param] = copy[meta.key];
  return parseScenario(params).issues.length === 0;
}

/**
 * Why a preset's parameters would not open the calculator unchanged: an unknown name, or a
 * value the calculator would correct or warn about. A preset must need no correcting, so the
 * build fails on each of these.
 */
export function presetParamIssues(params: Readonly<Record<string, unknown>>): { param: string; message: string }[] {
  const unknown = Object.keys(params)
    .filter((key) => !fieldByParam(key))
    .map((key) => ({ param: key, message: `unknown parameter "${key}"; known parameters: ${paramNames.join(', ')}` }));
  const parsed = parseScenario(params);
  const corrected = [...parsed.issues, ...parsed.warnings].map((issue) => ({
    param: issue.field,
    message: `${issue.message} (a preset must not need correcting)`,
  }));
  return [...unknown, ...corrected];
}
