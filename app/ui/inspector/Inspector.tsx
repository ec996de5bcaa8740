// The inspector: the form of the one selected site, node or trunk; a summary of several; the design's
// settings when nothing is selected. Below a form, the problems that name the element.
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { useDocument } from '../../store/documentStore.ts';
import { useEditor } from '../editor.ts';
import { DocumentInspector } from './DocumentInspector.tsx';
import { ElementProblems } from './ElementProblems.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { SiteInspector } from './SiteInspector.tsx';
import { TrunkInspector } from './TrunkInspector.tsx';

/** The selected ids that still name something in the document. */
function existing(doc: Topology, selection: ReadonlySet<string>): string[] {
  if (selection.size === 0) return [];
  const ids: string[] = [];
  for (const list of [doc.sites, doc.nodes, doc.trunks]) for (const item of list) if (selection.has(item.id)) ids.push(item.id);
  return ids;
}

function ElementForm({ doc, id }: { doc: Topology; id: string }) {
  const site = doc.sites.find((s) => s.id === id);
  if (site) return <SiteInspector doc={doc} site={site} />;
  const node = doc.nodes.find((n) => n.id === id);
  if (node) return <NodeInspector doc={doc} node={node} />;
  const trunk = doc.trunks.find((tr) => tr.id === id);
  if (trunk) return <TrunkInspector doc={doc} trunk={trunk} />;
  return null;
}

export function Inspector() {
  const { t } = useTranslation();
  const editor = useEditor();
  const doc = useDocument(editor.documents);
  const selection = useStore(editor.session, (s) => s.selection);
  const ids = existing(doc, selection);
  const only = ids.length === 1 ? ids[0] : undefined;
  return (
    <aside className="inspector" aria-label={t('inspector.label')}>
      {ids.length === 0 && <DocumentInspector doc={doc} />}
      {ids.length > 1 && <p className="inspector__summary">{t('inspector.selectedMany', { count: ids.length })}</p>}
      {only !== undefined && (
        // Keyed by the element: a new selection starts with fresh drafts.
        <div key={only}>
          <ElementForm doc={doc} id={only} />
          <ElementProblems id={only} />
        </div>
      )}
    </aside>
  );
}
