// Loads the rules (checkEngine.ts) once, after the first paint; every view of diagnostics is refreshed when
// they arrive and again when the pattern engine has (number patterns are evaluated then).
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Topology } from '../domain/model.ts';
import { setValidator, tellDiagnosticViews, type DocumentStore } from '../store/documentStore.ts';
import { isLargeDesign, nextTask } from './largeDesign.ts';

let installed: Promise<void> | null = null;

/**
 * Puts the rules in place and tells `store`'s views. A large design is checked first, in a task of its own,
 * while the views go on showing what they showed; the views are redrawn in another task: one task would be both.
 */
async function install(validate: (doc: Topology) => Diagnostic[], store: DocumentStore | undefined): Promise<void> {
  const doc = store?.getState().history.present;
  if (!store || !doc || !isLargeDesign(doc)) {
    setValidator(validate);
    if (store) tellDiagnosticViews(store);
    return;
  }
  await nextTask();
  const diagnostics = validate(doc);
  await nextTask();
  setValidator(validate, { doc, diagnostics });
  tellDiagnosticViews(store);
}

/**
 * Resolves when the rules and the pattern engine are in place. The first caller's `store` (the designer's)
 * has its views of diagnostics refreshed at each step.
 */
export function loadChecks(store?: DocumentStore): Promise<void> {
  installed ??= import('./checkEngine.ts').then(async ({ installChecks }) => {
    const { validate, patterns } = installChecks();
    await install(validate, store);
    await patterns;
    // The same rules, now with number patterns evaluated.
    await install(validate, store);
  });
  return installed;
}
