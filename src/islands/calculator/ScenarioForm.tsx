import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatNumber } from '../../lib/format/money.ts';
import { fieldGroups, fields, type FieldGroupId, type FieldMeta } from '../../lib/params/fields.ts';
import { paramText } from '../../lib/params/url-state.ts';
import { fieldHint, type FieldHints } from '../../lib/params/field-hints.ts';
import { ServerRendered } from '../shared/ServerRendered.tsx';
import { pure } from '../shared/pure.ts';

/**
 * Every scenario input, grouped in fieldsets. Each input's `name` is its URL
 * parameter, so the same markup works as a plain GET form without JavaScript.
 * The starting point, traffic and model are open; the other groups start collapsed, and open by
 * themselves when one of their inputs has a message.
 */

export function fieldId(uid: string, param: string): string {
  return `${uid}-${param}`;
}

const openByDefault: readonly FieldGroupId[] = ['start', 'traffic', 'model'];

interface FormProps {
  uid: string;
  raw: Readonly<Record<string, string>>;
  /** The message at each field that has one. */
  messages: Readonly<Record<string, string>>;
  /** Notes on values used as given (a model past its end of life), by parameter. */
  warnings?: Readonly<Record<string, string>>;
  onEdit: (param: string, text: string, commit: boolean) => void;
  /** Groups the reader opened or closed (undefined: the default). */
  openGroups?: Readonly<Partial<Record<FieldGroupId, boolean>>>;
  onToggleGroup?: (group: FieldGroupId, open: boolean) => void;
  /**
   * The fields' hints, for a form the browser builds (a chapter's "Change the inputs"): empty
   * until `/field-hints.json` has loaded. Absent for a form the server rendered, whose hints
   * stay as the server wrote them.
   */
  hints?: FieldHints;
}

export function ScenarioFields({ uid, raw, messages, warnings = {}, onEdit, openGroups = {}, onToggleGroup, hints }: FormProps) {
  return (
    <div class="calc-groups">
      {fieldGroups.map((group) => {
        const list = fields.filter((f) => f.group === group.id);
        const body = list.map((meta) => (
          <Field
            key={meta.param}
            uid={uid}
            meta={meta}
            value={raw[meta.param] ?? ''}
            message={messages[meta.param]}
            warning={warnings[meta.param]}
            hint={hints && (hints[meta.param] ?? '')}
            onEdit={onEdit}
          />
        ));
        if (openByDefault.includes(group.id)) {
          return (
            <fieldset key={group.id} class="calc-group" data-group={group.id}>
              <legend>{group.label}</legend>
              {body}
            </fieldset>
          );
        }
        const changed = list.filter((f) => (raw[f.param] ?? '') !== paramText(f.default)).length;
        const flagged = list.some((f) => messages[f.param] !== undefined || warnings[f.param] !== undefined);
        // A group with a message opens by itself, unless the reader closed it again.
        const open = openGroups[group.id] ?? flagged;
        return (
          <details
            key={group.id}
            class="calc-group calc-group-collapsible"
            data-group={group.id}
            open={open}
            onToggle={(e) => onToggleGroup?.(group.id, (e.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>
              {group.label}
              <span class="calc-group-count">
                {' '}
                ({list.length} inputs{changed > 0 ? `, ${changed} changed` : ''}
                {flagged ? ', see the messages' : ''})
              </span>
            </summary>
            <fieldset>
              <legend class="sr-only">{group.label}</legend>
              {body}
            </fieldset>
          </details>
        );
      })}
    </div>
  );
}

interface FieldProps {
  uid: string;
  meta: FieldMeta;
  value: string;
  message: string | undefined;
  warning: string | undefined;
  /** See `hints` above: undefined when the server rendered the form. */
  hint: string | undefined;
  onEdit: (param: string, text: string, commit: boolean) => void;
}

/** Only the field being edited (or given a message) re-renders on a keystroke. */
const Field = pure(FieldView);

function FieldView({ uid, meta, value, message, warning, hint, onEdit }: FieldProps) {
  const id = fieldId(uid, meta.param);
  const hintId = `${id}-hint`;
  const msgId = `${id}-msg`;
  const warningId = `${id}-warning`;
  const unitId = `${id}-unit`;
  const hasMessage = message !== undefined;
  const describedBy = [hasMessage ? msgId : '', warning ? warningId : '', meta.unit ? unitId : '', hintId].filter(Boolean).join(' ');
  const common = {
    id,
    name: meta.param,
    'aria-describedby': describedBy,
    'aria-invalid': hasMessage ? ('true' as const) : undefined,
  };
  let control: JSX.Element;
  switch (meta.kind) {
    case 'int':
    case 'number':
    case 'auto':
      control = (
        <TextInput
          {...common}
          value={value}
          inputMode={meta.kind === 'int' ? 'numeric' : meta.kind === 'number' ? 'decimal' : 'text'}
          onText={(text, commit) => onEdit(meta.param, text, commit)}
        />
      );
      break;
    case 'enum':
      control = (
        <select {...common} value={value} onChange={(e) => onEdit(meta.param, e.currentTarget.value, true)}>
          {meta.options
            .filter((o) => !o.retired || o.value === value)
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
        </select>
      );
      break;
    case 'choice':
      control = (
        <select {...common} value={value} onChange={(e) => onEdit(meta.param, e.currentTarget.value, true)}>
          {meta.choices.map((c) => (
            <option key={c} value={String(c)}>
              {formatNumber(c)}
            </option>
          ))}
        </select>
      );
      break;
    case 'bool':
      control = (
        <select {...common} value={value} onChange={(e) => onEdit(meta.param, e.currentTarget.value, true)}>
          <option value="true">{meta.choiceLabels[0]}</option>
          <option value="false">{meta.choiceLabels[1]}</option>
        </select>
      );
      break;
  }
  return (
    <div class={`calc-field${hasMessage ? ' has-message' : ''}`} data-field={meta.param}>
      <label for={id}>{meta.label}</label>
      <div class="calc-control">
        {control}
        {meta.unit && (
          <span class="calc-unit" id={unitId}>
            {meta.unit}
          </span>
        )}
      </div>
      {hasMessage && (
        <p class="calc-field-message" id={msgId}>
          {message}
        </p>
      )}
      {warning && (
        <p class="calc-field-warning" id={warningId}>
          {warning}
        </p>
      )}
      {hint === undefined ? (
        <ServerRendered as="p" class="calc-hint" id={hintId}>
          {import.meta.env.SSR ? fieldHint(meta.param) : null}
        </ServerRendered>
      ) : (
        <p class="calc-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextInputProps {
  id: string;
  name: string;
  value: string;
  inputMode: 'numeric' | 'decimal' | 'text';
  'aria-describedby': string;
  'aria-invalid': 'true' | undefined;
  onText: (text: string, commit: boolean) => void;
}

/**
 * A text input for numbers (type="number" hides what the reader typed when the browser cannot
 * read it, so "1e400" typed and "1e400" in a link were judged differently). The browser owns
 * the text while the reader types: it is written from state only when state changes for
 * another reason (a fallback on commit, a preset, reset), so a half-typed "1e" or "-" stays.
 */
function TextInput({ value, onText, ...rest }: TextInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const shown = useRef(value);
  const [initial] = useState(value);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && value !== shown.current) {
      el.value = value;
      shown.current = value;
    }
  }, [value]);
  return (
    <input
      ref={ref}
      type="text"
      autoComplete="off"
      spellcheck={false}
      size={12}
      defaultValue={initial}
      {...rest}
      onInput={(e) => {
        shown.current = e.currentTarget.value;
        onText(shown.current, false);
      }}
      onChange={(e) => {
        shown.current = e.currentTarget.value;
        onText(shown.current, true);
      }}
    />
  );
}
