// Loads the rules (checkEngine.ts) once, after the first paint; every view of diagnostics is refreshed when
// they arrive and again when the pattern engine has (number patterns are evaluated then).
import { refreshDiagnostics, type DocumentStore } from '../store/documentStore.ts';

let loading: Promise<void> | null = null;

/** Resolves when the rules and the pattern engine are in place; `store`'s views of diagnostics are refreshed at each step. */
export function loadChecks(store?: DocumentStore): Promise<void> {
  loading ??= import('./checkEngine.ts').then(({ installChecks }) => {
    const { patterns } = installChecks();
    if (store) refreshDiagnostics(store);
    return patterns;
  });
  return store ? loading.then(() => refreshDiagnostics(store)) : loading;
}
