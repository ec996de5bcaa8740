// The inspector's fields. Text and number fields keep a local draft: a draft that parses is committed
// at once (one merge key per field, so typing is one undo step), one that does not is shown with its
// error and never reaches the document. Checkboxes and selects commit at once, each change a step.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortRange, Topology } from '../../domain/model.ts';
import { useEditor } from '../editor.ts';
import { parsePort, type FieldError, type Parsed } from './drafts.ts';

/** An edit of the document with the value of one field, applied to the newest document. */
export type Apply<T> = (doc: Topology, value: T) => Topology;

// Whether a pointer is pressed: a field that loses focus to a click keeps its layout until the click is
// over, or the click would land on whatever moved under the pointer when the field's error went away.
let pointerDown = false;
if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pointerDown = true), true);
  window.addEventListener('pointerup', () => (pointerDown = false), true);
  window.addEventListener('pointercancel', () => (pointerDown = false), true);
}

/** Runs now, or once the pressed pointer is released and its click has been handled. */
function afterPointerRelease(run: () => void) {
  if (!pointerDown) {
    run();
    return;
  }
  const release = () => {
    window.removeEventListener('pointerup', release);
    window.removeEventListener('pointercancel', release);
    setTimeout(run, 0);
  };
  window.addEventListener('pointerup', release);
  window.addEventListener('pointercancel', release);
}

interface Draft {
  text: string;
  /** The document's text when the draft was typed: once the document says otherwise (undo), the draft is dropped. */
  base: string;
  error: FieldError | null;
}

export interface DraftFieldProps<T> {
  label: string;
  /** The document's value, as text. */
  value: string;
  parse: (text: string) => Parsed<T>;
  format: (value: T) => string;
  apply: Apply<T>;
  mergeKey: string;
  multiline?: boolean;
  numeric?: boolean;
  /** Words read before the visible label, hidden on screen (a range's legend: "TLS listening ports" + "from"). */
  labelPrefix?: string;
  hint?: string;
  className?: string;
}

export function DraftField<T>({ label, value, parse, format, apply, mergeKey, multiline, numeric, labelPrefix, hint, className }: DraftFieldProps<T>) {
  const { t } = useTranslation();
  const editor = useEditor();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const [draft, setDraft] = useState<Draft | null>(null);
  // The document changed under the draft (undo, redo, another panel): the field follows the document.
  const live = draft !== null && draft.base === value ? draft : null;
  if (draft !== null && live === null) setDraft(null);

  const onChange = (text: string) => {
    const parsed = parse(text);
    if (!parsed.ok) {
      setDraft({ text, base: value, error: parsed.error });
      return;
    }
    const next = format(parsed.value);
    setDraft({ text, base: next, error: null });
    if (next !== value) editor.commit(apply(editor.doc(), parsed.value), mergeKey);
  };
  const onBlur = () => {
    editor.documents.getState().seal();
    afterPointerRelease(() => setDraft(null));
  };

  const error = live?.error ?? null;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: live ? live.text : value,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy,
    onBlur,
  };
  return (
    <div className={`ifield${error ? ' ifield--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {labelPrefix && <span className="visually-hidden">{`${labelPrefix} `}</span>}
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {t(error.key, error.params)}
        </p>
      )}
    </div>
  );
}

interface PortFieldProps {
  label: string;
  value: number;
  apply: Apply<number>;
  mergeKey: string;
  labelPrefix?: string;
  className?: string;
}

/** A listening port: refuses anything but 1–65535. */
export function PortField(props: PortFieldProps) {
  return <DraftField {...props} value={String(props.value)} parse={parsePort} format={String} numeric />;
}

interface RangeFieldProps {
  legend: string;
  range: PortRange;
  apply: (doc: Topology, end: 0 | 1, port: number) => Topology;
  mergeKey: string;
}

/** A port range: two port fields side by side, labelled "from" and "to" on screen and named "<legend> from", "<legend> to". */
export function RangeField({ legend, range, apply, mergeKey }: RangeFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-range">
      <legend>{legend}</legend>
      <div className="field-range__row">
        <PortField label={t('inspector.from')} value={range[0]} apply={(doc, port) => apply(doc, 0, port)} mergeKey={`${mergeKey}.from`} labelPrefix={legend} />
        <PortField label={t('inspector.to')} value={range[1]} apply={(doc, port) => apply(doc, 1, port)} mergeKey={`${mergeKey}.to`} labelPrefix={legend} />
      </div>
    </fieldset>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  apply: Apply<boolean>;
  hint?: string;
}

export function CheckboxField({ label, checked, apply, hint }: CheckboxFieldProps) {
  const editor = useEditor();
  const hintId = `${useId()}-hint`;
  return (
    <div className="ifield ifield--check">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => editor.commit(apply(editor.doc(), e.target.checked))}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly Option<V>[];
  /** null: the change is refused (the hint says why); the select shows the document's value again. */
  apply: (doc: Topology, value: V) => Topology | null;
  hint?: string;
}

export function SelectField<V extends string>({ label, value, options, apply, hint }: SelectFieldProps<V>) {
  const editor = useEditor();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="ifield">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const next = apply(editor.doc(), e.target.value as V);
          if (next !== null) editor.commit(next);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `${useId()}-title`;
  return (
    <section className="inspector__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** The form's heading: the kind of element, and its name below. */
export function FormHeading({ kind, name }: { kind: string; name: string }) {
  return (
    <header className="inspector__heading">
      <h2>{kind}</h2>
      {name && <p className="inspector__subtitle">{name}</p>}
    </header>
  );
}
