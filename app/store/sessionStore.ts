// Session state: what is selected, the notices shown, the theme. Never part of the document or its history.
import { createStore } from 'zustand/vanilla';

export type NoticeKind = 'info' | 'error';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** Buttons in the notice, e.g. "Back to my design"; each also dismisses the notice. */
  actions: NoticeAction[];
}

/** Long work under way (layout, reading a large file): shown with its progress and a Cancel button. */
export interface Task {
  id: number;
  text: string;
  /** Parts done of total; total 0 while unknown. */
  done: number;
  total: number;
  cancel: () => void;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The routing workspace's sections; a pstnUsages id is the usage's name. */
export type RoutingCollection = 'pstnUsages' | 'voiceRoutes' | 'voicePolicies' | 'dialPlans' | 'trunkConfigurations' | 'routingTests';

/** What the routing workspace shows and scrolls to (a problem clicked, a test opened); seq makes a repeat click count. */
export interface RoutingFocus {
  collection: RoutingCollection;
  id: string;
  seq: number;
}

/** The inputs of "Test a number" while the user tests: the canvas highlights the outcome. */
export interface NumberTest {
  number: string;
  dialPlanId: string;
  voicePolicyId: string;
}

export interface SessionState {
  selection: ReadonlySet<string>;
  /** The last thing announced in the live region (refused connections, refused deletes). */
  announcement: { id: number; text: string } | null;
  notices: Notice[];
  theme: ThemeChoice;
  problemsOpen: boolean;
  task: Task | null;
  /** Whether the routing workspace is open beside the canvas. */
  routingOpen: boolean;
  routingFocus: RoutingFocus | null;
  numberTest: NumberTest | null;
  select(ids: Iterable<string>): void;
  announce(text: string): void;
  notify(kind: NoticeKind, text: string, action?: NoticeAction | NoticeAction[]): number;
  dismiss(id: number): void;
  setTheme(theme: ThemeChoice): void;
  setProblemsOpen(open: boolean): void;
  startTask(text: string, cancel: () => void): number;
  progressTask(id: number, done: number, total: number): void;
  endTask(id: number): void;
  setRoutingOpen(open: boolean): void;
  /** Opens the workspace on one object of a collection. */
  focusRouting(collection: RoutingCollection, id: string): void;
  setNumberTest(test: NumberTest | null): void;
}

let counter = 0;

export function createSessionStore(theme: ThemeChoice = 'system') {
  return createStore<SessionState>()((set) => ({
    selection: new Set(),
    announcement: null,
    notices: [],
    theme,
    problemsOpen: true,
    task: null,
    routingOpen: false,
    routingFocus: null,
    numberTest: null,
    select: (ids) =>
      set((s) => {
        const next = new Set(ids);
        if (next.size === s.selection.size && [...next].every((id) => s.selection.has(id))) return s;
        return { selection: next };
      }),
    announce: (text) => set({ announcement: { id: ++counter, text } }),
    notify: (kind, text, action) => {
      const id = ++counter;
      const actions = action === undefined ? [] : Array.isArray(action) ? action : [action];
      set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id, kind, text, actions }] }));
      return id;
    },
    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    setTheme: (theme) => set({ theme }),
    setProblemsOpen: (problemsOpen) => set({ problemsOpen }),
    startTask: (text, cancel) => {
      const id = ++counter;
      set({ task: { id, text, done: 0, total: 0, cancel } });
      return id;
    },
    progressTask: (id, done, total) => set((s) => (s.task?.id === id ? { task: { ...s.task, done, total } } : s)),
    endTask: (id) => set((s) => (s.task?.id === id ? { task: null } : s)),
    setRoutingOpen: (routingOpen) => set({ routingOpen }),
    focusRouting: (collection, id) => set({ routingOpen: true, routingFocus: { collection, id, seq: ++counter } }),
    setNumberTest: (numberTest) => set({ numberTest }),
  }));
}

export type SessionStore = ReturnType<typeof createSessionStore>;
