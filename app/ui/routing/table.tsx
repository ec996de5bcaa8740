// The pieces every routing table shares: the view (filter, sort, one page of rows: n·log n at most, so that
// 10,000 routes stay fast), cells that edit in place (a draft that does not parse shows why and never reaches
// the design; typing in one cell is one undo step), row actions, ordered chips, and the focus a problem asks for.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../domain/diagnostic.ts';
import type { Topology } from '../../domain/model.ts';
import type { EditRefusal } from '../../domain/refusals.ts';
import { deleteRoutingObject, duplicateRoutingObject, type RoutingObjectCollection } from '../../domain/routing/edit.ts';
import type { RoutingCollection } from '../../store/sessionStore.ts';
import { refusalText } from '../diagnosticText.ts';
import { useEditor } from '../editor.ts';
import type { CellError, CellParsed } from './routingDrafts.ts';

export const PAGE_SIZE = 50;

/** An edit's result: the next document, or a refused edit (its message shown under the field). */
export type Edited = Topology | (Message & { ok: false });

export interface Column<T> {
  id: string;
  label: string;
  /** The value the column sorts by; none: not sortable. */
  sortValue?: (item: T, index: number) => string | number;
}

export interface TableView<T> {
  filter: string;
  setFilter(text: string): void;
  sort: { column: string; descending: boolean } | null;
  toggleSort(column: string): void;
  page: number;
  setPage(page: number): void;
  pages: number;
  /** The rows of the page, with their index in the document's list. */
  rows: { item: T; index: number }[];
  /** Rows that pass the filter. */
  matching: number;
  /** Document order shown in full: reordering is allowed. */
  natural: boolean;
  /** Shows the row of this document index: clears a filter that hides it, turns to its page. */
  reveal(index: number): void;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

// The text a filter searches, per object (objects of the document are immutable): built once, not per keystroke.
const searchCache = new WeakMap<object, string>();
function cachedSearchText<T>(item: T, searchText: (item: T) => string): string {
  if (typeof item !== 'object' || item === null) return searchText(item).toLowerCase();
  let text = searchCache.get(item);
  if (text === undefined) searchCache.set(item, (text = searchText(item).toLowerCase()));
  return text;
}

export function useTableView<T>(items: readonly T[], columns: readonly Column<T>[], searchText: (item: T) => string, pageSize = PAGE_SIZE): TableView<T> {
  const [filter, setFilterText] = useState('');
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [page, setPage] = useState(0);
  const needle = filter.trim().toLowerCase();
  // Filtered and sorted document indices: one pass and one sort per change of the list, filter or sort.
  const order = useMemo(() => {
    let indices = items.map((_, i) => i);
    if (needle !== '') indices = indices.filter((i) => cachedSearchText(items[i]!, searchText).includes(needle));
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    if (sort && column?.sortValue) {
      const key = column.sortValue;
      const values = new Map(indices.map((i) => [i, key(items[i]!, i)]));
      const sign = sort.descending ? -1 : 1;
      indices.sort((a, b) => {
        const x = values.get(a)!;
        const y = values.get(b)!;
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        return sign * c || a - b;
      });
    }
    return indices;
    // searchText and columns are stable in meaning for one table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, needle, sort]);
  const pages = Math.max(1, Math.ceil(order.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = order.slice(current * pageSize, (current + 1) * pageSize).map((index) => ({ item: items[index]!, index }));
  return {
    filter,
    setFilter: (text) => {
      setFilterText(text);
      setPage(0);
    },
    sort,
    toggleSort: (column) => setSort((s) => (s?.column !== column ? { column, descending: false } : s.descending ? null : { column, descending: true })),
    page: current,
    setPage,
    pages,
    rows,
    matching: order.length,
    natural: needle === '' && sort === null,
    reveal: (index) => {
      let at = order.indexOf(index);
      if (at < 0) {
        setFilterText('');
        at = sort ? 0 : index;
        if (sort) setSort(null);
      }
      setPage(Math.floor(at / pageSize));
    },
  };
}

/** The filter box, the count and the pager above a table. */
export function TableTools<T>({ view, label, total, children }: { view: TableView<T>; label: string; total: number; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="routing__tools">
      {children}
      <input
        type="search"
        className="routing__filter"
        aria-label={t('routing.filter', { what: label })}
        placeholder={t('routing.filterPlaceholder')}
        value={view.filter}
        onChange={(e) => view.setFilter(e.target.value)}
      />
      <span className="routing__count">{t('routing.count', { shown: view.matching, count: total })}</span>
      {view.pages > 1 && (
        <span className="routing__pager">
          <button type="button" aria-label={t('routing.previousPage', { what: label })} disabled={view.page === 0} onClick={() => view.setPage(view.page - 1)}>
            ‹
          </button>
          <span>{t('routing.page', { page: view.page + 1, pages: view.pages })}</span>
          <button type="button" aria-label={t('routing.nextPage', { what: label })} disabled={view.page >= view.pages - 1} onClick={() => view.setPage(view.page + 1)}>
            ›
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * The button in a section's tools that adds one object: the addition is one commit, its row is shown (its page
 * opened); a refused addition is announced.
 */
export function AddButton<T>({ label, view, add, rows }: { label: string; view: TableView<T>; add: (doc: Topology) => { doc: Topology } | EditRefusal; rows: (doc: Topology) => readonly unknown[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  return (
    <button
      type="button"
      className="routing__button"
      onClick={() => {
        const added = add(editor.doc());
        if (!('doc' in added)) return editor.session.getState().announce(refusalText(added, t));
        editor.commit(added.doc);
        view.reveal(rows(added.doc).length - 1);
      }}
    >
      {label}
    </button>
  );
}

/** A section's table: its sortable headings, then the rows it is given; wide tables scroll sideways in their own box. */
export function RoutingTable<T>({ columns, view, bodyRef, scroll = true, children }: { columns: readonly Column<T>[]; view: TableView<T>; bodyRef: { current: HTMLTableSectionElement | null }; scroll?: boolean; children: ReactNode }) {
  const table = (
    <table className="routing__table">
      <thead>
        <tr>
          {columns.map((c) => (
            <HeaderCell key={c.id} column={c} view={view} />
          ))}
        </tr>
      </thead>
      <tbody ref={bodyRef}>{children}</tbody>
    </table>
  );
  return scroll ? <div className="routing__scroll">{table}</div> : table;
}

/** A column heading; a sortable one is a button that cycles ascending, descending, document order. */
export function HeaderCell<T>({ column, view }: { column: Column<T>; view: TableView<T> }) {
  const { t } = useTranslation();
  if (!column.sortValue) return <th scope="col">{column.label}</th>;
  const sorted = view.sort?.column === column.id ? view.sort : null;
  return (
    <th scope="col" aria-sort={sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="routing__sort" title={t('routing.sortBy', { column: column.label })} onClick={() => view.toggleSort(column.id)}>
        {column.label}
        <span aria-hidden="true">{sorted ? (sorted.descending ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
}

interface TextCellProps<T> {
  /** The accessible name: what the field is, and of which row ("Pattern of route Redmond local"). */
  label: string;
  value: string;
  parse: (text: string) => CellParsed<T>;
  format: (value: T) => string;
  apply: (doc: Topology, value: T) => Edited;
  mergeKey: string;
  cell?: string;
  size?: number;
}

/** A text cell with a draft: a draft that parses is committed at once (one merge key, one undo step). */
export function TextCell<T>({ label, value, parse, format, apply, mergeKey, cell, size }: TextCellProps<T>) {
  const { t } = useTranslation();
  const editor = useEditor();
  const errorId = `${useId()}-error`;
  const [draft, setDraft] = useState<{ text: string; base: string; error: string | null } | null>(null);
  const live = draft !== null && draft.base === value ? draft : null;
  if (draft !== null && live === null) setDraft(null);
  const message = (e: CellError) => t(e.key, { ...e.params, ...(e.reason ? { reason: t(`terms:${e.reason}`) } : {}) });

  const onChange = (text: string) => {
    const parsed = parse(text);
    if (!parsed.ok) {
      setDraft({ text, base: value, error: message(parsed.error) });
      return;
    }
    const next = format(parsed.value);
    if (next === value) {
      setDraft({ text, base: value, error: null });
      return;
    }
    const result = apply(editor.doc(), parsed.value);
    if ('ok' in result && result.ok === false) {
      setDraft({ text, base: value, error: refusalText(result, t) });
      return;
    }
    setDraft({ text, base: next, error: null });
    editor.commit(result as Topology, mergeKey);
  };
  const error = live?.error ?? null;
  return (
    <span className={`routing__cell${error ? ' routing__cell--invalid' : ''}`}>
      <input
        type="text"
        aria-label={label}
        data-cell={cell}
        size={size}
        value={live ? live.text : value}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          editor.documents.getState().seal();
          setDraft(null);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

export function CheckCell({ label, checked, apply, cell }: { label: string; checked: boolean; apply: (doc: Topology, on: boolean) => Topology; cell?: string }) {
  const editor = useEditor();
  return <input type="checkbox" aria-label={label} data-cell={cell} checked={checked} onChange={(e) => editor.commit(apply(editor.doc(), e.target.checked))} />;
}

export function SelectCell<V extends string>({ label, value, options, apply, cell }: { label: string; value: V; options: readonly { value: V; label: string }[]; apply: (doc: Topology, value: V) => Topology; cell?: string }) {
  const editor = useEditor();
  return (
    <select aria-label={label} data-cell={cell} value={value} onChange={(e) => editor.commit(apply(editor.doc(), e.target.value as V))}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A select that adds one of its options and returns to its prompt ("Add a usage…"). */
export function AddSelect({ label, prompt, options, add }: { label: string; prompt: string; options: readonly { value: string; label: string }[]; add: (doc: Topology, value: string) => Topology }) {
  const editor = useEditor();
  if (options.length === 0) return null;
  return (
    <select aria-label={label} className="routing__add" value="" onChange={(e) => e.target.value && editor.commit(add(editor.doc(), e.target.value))}>
      <option value="">{prompt}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export interface Chip {
  key: string;
  text: string;
  /** Shown after the text, quieter (a trunk's peer). */
  detail?: string;
  /** The remove button's accessible name. */
  removeLabel: string;
  remove: (doc: Topology) => Topology;
  /** Ordered chips: move by delta, with the move buttons' names. */
  move?: (doc: Topology, delta: number) => Topology;
  upLabel?: string;
  downLabel?: string;
}

/** A list of names with remove buttons, and move buttons where order matters (Alt+Arrow on a chip moves it too). */
export function Chips({ chips, label, ordered }: { chips: readonly Chip[]; label: string; ordered?: boolean }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const List = ordered ? 'ol' : 'ul';
  if (chips.length === 0) return <span className="routing__none">{t('routing.none')}</span>;
  return (
    <List className="routing__chips" aria-label={label}>
      {chips.map((chip, i) => (
        <li
          key={chip.key}
          className="routing__chip"
          onKeyDown={(e) => {
            if (!ordered || !chip.move || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            editor.commit(chip.move(editor.doc(), e.key === 'ArrowUp' ? -1 : 1));
          }}
        >
          <span>{chip.text}</span>
          {chip.detail && <span className="routing__detail"> {chip.detail}</span>}
          {ordered && chip.move && (
            <>
              <button type="button" className="routing__mini" aria-label={chip.upLabel} disabled={i === 0} onClick={() => editor.commit(chip.move!(editor.doc(), -1))}>
                ↑
              </button>
              <button type="button" className="routing__mini" aria-label={chip.downLabel} disabled={i === chips.length - 1} onClick={() => editor.commit(chip.move!(editor.doc(), 1))}>
                ↓
              </button>
            </>
          )}
          <button type="button" className="routing__mini" aria-label={chip.removeLabel} onClick={() => editor.commit(chip.remove(editor.doc()))}>
            ×
          </button>
        </li>
      ))}
    </List>
  );
}

export interface RowActionsProps {
  name: string;
  /** Reorder by delta; absent where order does not matter. */
  move?: (delta: number) => void;
  duplicate?: () => void;
  remove?: () => void;
  first?: boolean;
  last?: boolean;
}

export function RowActions({ name, move, duplicate, remove, first, last }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <span className="routing__actions">
      {move && (
        <>
          <button type="button" className="routing__mini" data-cell="up" aria-label={t('routing.moveUp', { name })} disabled={first} onClick={() => move(-1)}>
            ↑
          </button>
          <button type="button" className="routing__mini" data-cell="down" aria-label={t('routing.moveDown', { name })} disabled={last} onClick={() => move(1)}>
            ↓
          </button>
        </>
      )}
      {duplicate && (
        <button type="button" className="routing__mini" aria-label={t('routing.duplicate', { name })} onClick={duplicate}>
          ⧉
        </button>
      )}
      {remove && (
        <button type="button" className="routing__mini routing__mini--danger" aria-label={t('routing.delete', { name })} onClick={remove}>
          🗑
        </button>
      )}
    </span>
  );
}

/**
 * RowActions' duplicate and delete for the rows of a routing collection: `actionsFor(id)` gives both, each one
 * undo step; a refusal (the only global object, no free scope for a copy) is announced in the user's words.
 */
export function useObjectActions(collection: RoutingObjectCollection): (id: string) => Required<Pick<RowActionsProps, 'duplicate' | 'remove'>> {
  const editor = useEditor();
  const { t } = useTranslation();
  const refuse = (refused: EditRefusal) => editor.session.getState().announce(refusalText(refused, t));
  return (id) => ({
    duplicate: () => {
      const copy = duplicateRoutingObject(editor.doc(), collection, id);
      if ('doc' in copy) editor.commit(copy.doc);
      else refuse(copy);
    },
    remove: () => {
      const result = deleteRoutingObject(editor.doc(), collection, id);
      if (result.ok) editor.commit(result.doc);
      else refuse(result);
    },
  });
}

/**
 * Row reordering by keyboard (Alt+ArrowUp/Down anywhere in the row), allowed in document order only
 * (a sorted or filtered table says so). The focused control is focused again after the move.
 */
export function useRowReorder(natural: boolean, move: (rowKey: string, delta: number) => string | void) {
  const editor = useEditor();
  const { t } = useTranslation();
  const refocus = useRef<{ row: string; cell: string | null } | null>(null);
  const tableRef = useRef<HTMLTableSectionElement | null>(null);
  useLayoutEffect(() => {
    const pending = refocus.current;
    if (!pending || !tableRef.current) return;
    refocus.current = null;
    const row = tableRef.current.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(pending.row)}"]`);
    const target = (pending.cell && row?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(pending.cell)}"]`)) || row;
    target?.focus();
  });
  const onKeyDown = (rowKey: string) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if ((e.target as HTMLElement).closest('.routing__chip')) return;
    e.preventDefault();
    if (!natural) {
      editor.session.getState().announce(t('routing.reorderSorted'));
      return;
    }
    const cell = (e.target as HTMLElement).dataset.cell ?? null;
    refocus.current = { row: move(rowKey, e.key === 'ArrowUp' ? -1 : 1) ?? rowKey, cell };
  };
  const moveBy = (rowKey: string, delta: number, cell: string) => {
    refocus.current = { row: move(rowKey, delta) ?? rowKey, cell };
  };
  return { tableRef, onKeyDown, moveBy };
}

/**
 * The row a problem or a test asks for (session routingFocus): its page shown, scrolled into view, focused and
 * highlighted. Returns the key of the highlighted row.
 */
export function useRoutingFocus<T>(collection: RoutingCollection, view: TableView<T>, indexOf: (id: string) => number, tableRef: { current: HTMLElement | null }): string | null {
  const editor = useEditor();
  const focus = useStore(editor.session, (s) => s.routingFocus);
  const [target, setTarget] = useState<{ id: string; seq: number } | null>(null);
  const done = useRef(0);
  useEffect(() => {
    if (!focus || focus.collection !== collection) return;
    const index = indexOf(focus.id);
    if (index < 0) return;
    view.reveal(index);
    setTarget({ id: focus.id, seq: focus.seq });
    // Only a new focus request moves the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);
  useEffect(() => {
    if (!target || done.current === target.seq || !tableRef.current) return;
    const row = tableRef.current.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(target.id)}"]`);
    if (!row) return;
    done.current = target.seq;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  });
  return target?.id ?? null;
}

/**
 * A text box that adds one of many named things (a design's trunks, its usages), offered by one shared
 * <datalist>: picking a name, or typing one and pressing Enter, adds it.
 */
export function AddByName({ label, listId, resolve, add }: { label: string; listId: string; resolve: (name: string) => string | undefined; add: (doc: Topology, id: string) => Topology }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [unknown, setUnknown] = useState(false);
  const errorId = `${useId()}-error`;
  const tryAdd = (name: string, typed: boolean) => {
    const id = resolve(name.trim());
    if (id === undefined) {
      setUnknown(typed && name.trim() !== '');
      return false;
    }
    editor.commit(add(editor.doc(), id));
    setText('');
    setUnknown(false);
    return true;
  };
  return (
    <span className="routing__cell">
      <input
        type="text"
        className="routing__add"
        list={listId}
        aria-label={label}
        placeholder="+"
        size={8}
        value={text}
        aria-invalid={unknown}
        aria-describedby={unknown ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setUnknown(false);
          // A pick from the list arrives as a change whose text is a whole name.
          if ((e.nativeEvent as InputEvent).inputType === undefined || (e.nativeEvent as InputEvent).inputType === 'insertReplacementText') tryAdd(e.target.value, false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            tryAdd(text, true);
          }
        }}
      />
      {unknown && (
        <span id={errorId} className="field-error" role="alert">
          {t('routing.invalid.unknownName', { name: text })}
        </span>
      )}
    </span>
  );
}

/** A memo comparison for a section: the same document slices (the document's arrays are replaced on change). */
export function sameSlices(keys: readonly (keyof Topology)[]) {
  return (a: { doc: Topology }, b: { doc: Topology }) => keys.every((k) => a.doc[k] === b.doc[k]);
}
