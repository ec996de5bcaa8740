// Loads the rules (checkEngine.ts) once, at start after the design's first drawing (designDrawn.ts); every
// view of diagnostics is refreshed when they arrive and again when the pattern engine has (number patterns
// are evaluated then). A large design is checked over several tasks (a rule or a few per task), while the
// views go on showing what they showed.
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Topology } from '../domain/model.ts';
import { seedDiagnostics, setValidator, tellDiagnosticViews, validatorGeneration, type DocumentStore } from '../store/documentStore.ts';
import { inSlices, isLargeDesign, nextTask } from './largeDesign.ts';

type Steps = (doc: Topology) => Generator<void, Diagnostic[], void>;

let installed: Promise<void> | null = null;
/** The rules a step at a time (rules/index.ts's validateInSteps), once they have loaded. */
let stepsOf: Steps | null = null;

/** Puts the rules in place and tells `store`'s views; a large design is checked first, in slices, then redrawn in a task of its own. */
async function install(validate: (doc: Topology) => Diagnostic[], steps: Steps, store: DocumentStore | undefined): Promise<void> {
  const doc = store?.getState().history.present;
  if (!store || !doc || !isLargeDesign(doc)) {
    setValidator(validate);
    if (store) tellDiagnosticViews(store);
    return;
  }
  const diagnostics = await inSlices(steps(doc));
  await nextTask();
  setValidator(validate);
  seedDiagnostics(doc, diagnostics, validatorGeneration());
  tellDiagnosticViews(store);
}

/** The designer's store, once a caller has named it: its views of diagnostics are refreshed at each step. */
let designerStore: DocumentStore | undefined;

/** Resolves when the rules and the pattern engine are in place. */
export function loadChecks(store?: DocumentStore): Promise<void> {
  if (store && !designerStore) {
    designerStore = store;
    // Loading already for a caller without the store (an export asked first): the views learn of the rules too.
    if (installed) void installed.then(() => tellDiagnosticViews(store));
  }
  installed ??= import('./checkEngine.ts').then(async ({ installChecks }) => {
    const { validate, validateInSteps, patterns } = installChecks();
    stepsOf = validateInSteps;
    await install(validate, stepsOf, designerStore);
    await patterns;
    // The same rules, now with number patterns evaluated.
    await install(validate, stepsOf, designerStore);
  });
  return installed;
}

/**
 * Checks a design about to be shown (a large one opened) over several tasks, and keeps the result for its
 * first render; before the rules have loaded there is nothing to check yet.
 */
export async function checkAhead(doc: Topology): Promise<void> {
  if (!stepsOf) return;
  const generation = validatorGeneration();
  seedDiagnostics(doc, await inSlices(stepsOf(doc)), generation);
}
