// Every diagnostic, with the counts in the header. Clicking one, or Enter on it, selects and centres its target.
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { countDiagnostics } from '../domain/diagnostic.ts';
import { diagnosticsKnown, useDiagnostics } from '../store/documentStore.ts';
import { useEditor, type Editor } from './editor.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import { diagnosticText } from './diagnosticText.ts';
import { trunksUsingConfiguration } from '../domain/routing/editCore.ts';

export function focusElements(editor: Editor, ids: readonly string[]) {
  const doc = editor.doc();
  const nodeIds = new Set<string>();
  for (const id of ids) {
    const trunk = doc.trunks.find((t) => t.id === id);
    if (trunk) {
      nodeIds.add(trunk.mediationId);
      nodeIds.add(trunk.peerId);
    } else if (doc.nodes.some((n) => n.id === id) || doc.sites.some((s) => s.id === id && s.frame)) nodeIds.add(id);
  }
  const first = ids[0];
  if (first) editor.session.getState().select([first]);
  if (nodeIds.size > 0) void editor.flow.current?.fitView({ nodes: [...nodeIds].map((id) => ({ id })), duration: 250, maxZoom: 1.2, padding: 0.4 });
}

const ROUTING_COLLECTIONS = ['voiceRoutes', 'voicePolicies', 'dialPlans', 'trunkConfigurations', 'routingTests'] as const;

/**
 * A problem about a route, policy, dial plan, trunk configuration or routing test (its first target) opens the
 * routing workspace on it, and selects on the canvas the trunks a route or configuration reaches. A usage problem
 * (no target; the usage is a param) opens the usage. Returns false for any other problem.
 */
export function focusRoutingProblem(editor: Editor, d: Diagnostic): boolean {
  const doc = editor.doc();
  const session = editor.session.getState();
  const first = d.targets[0];
  if (first === undefined) {
    const usage = d.params.usage;
    if (typeof usage !== 'string' || !d.rule.startsWith('USAGE_')) return false;
    session.focusRouting('pstnUsages', usage);
    return true;
  }
  const collection = ROUTING_COLLECTIONS.find((c) => doc[c].some((o) => o.id === first));
  if (!collection) return false;
  session.focusRouting(collection, first);
  const trunkIds =
    collection === 'voiceRoutes'
      ? (doc.voiceRoutes.find((r) => r.id === first)?.trunkIds ?? [])
      : collection === 'trunkConfigurations'
        ? trunksUsingConfiguration(doc, first)
        : [];
  if (trunkIds.length > 0) {
    session.select(trunkIds);
    const nodeIds = new Set(doc.trunks.filter((t) => trunkIds.includes(t.id)).flatMap((t) => [t.mediationId, t.peerId]));
    void editor.flow.current?.fitView({ nodes: [...nodeIds].map((id) => ({ id })), duration: 250, maxZoom: 1.2, padding: 0.4 });
  }
  return true;
}

export function ProblemsPanel() {
  const { t } = useTranslation();
  const editor = useEditor();
  const diagnostics = useDiagnostics(editor.documents);
  // Just after the first paint the rules are still loading: say so, rather than "no problems".
  const known = diagnosticsKnown();
  const open = useStore(editor.session, (s) => s.problemsOpen);
  const { errors, warnings } = countDiagnostics(diagnostics);
  const summary = `${t('problems.errors', { count: errors })}, ${t('problems.warnings', { count: warnings })}`;

  const jump = (d: Diagnostic) => (focusRoutingProblem(editor, d) ? undefined : focusElements(editor, d.targets));

  return (
    <section className={`problems${open ? '' : ' problems--closed'}`} aria-label={t('problems.label')}>
      <header className="problems__header">
        <button
          type="button"
          className="problems__toggle"
          aria-expanded={open}
          aria-controls="problems-list"
          onClick={() => editor.session.getState().setProblemsOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> <h2>{t('problems.label')}</h2>
        </button>
        <span className="problems__counts" data-testid="problem-counts">
          {known ? (
            <>
              <span className={errors ? 'count count--error' : 'count'}>{t('problems.errors', { count: errors })}</span>,{' '}
              <span className={warnings ? 'count count--warning' : 'count'}>{t('problems.warnings', { count: warnings })}</span>
            </>
          ) : (
            t('problems.checking')
          )}
        </span>
        <span className="visually-hidden" aria-live="polite">{known ? summary : ''}</span>
      </header>
      {open && (
        <ul id="problems-list" className="problems__list">
          {known && diagnostics.length === 0 && <li className="problems__none">{t('problems.none')}</li>}
          {diagnostics.map((d, i) => (
            <li key={`${d.rule}-${d.targets.join('-')}-${i}`}>
              <button type="button" className={`problem problem--${d.severity}`} onClick={() => jump(d)} data-rule={d.rule}>
                <span className={`problem__severity problem__severity--${d.severity}`}>{t(`problems.${d.severity}`)}</span>
                <span className="problem__rule">{d.rule}</span>
                <span className="problem__message">{diagnosticText(d, t)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
