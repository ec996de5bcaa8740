// The configuration store's tables: PSTN usages, voice routes, voice policies, dial plans, trunk configurations.
// Each reads the present document; the pattern engine is loaded here too, so that "try it" can answer.
import { useEffect, useState } from 'react';
import { useDocument } from '../../store/documentStore.ts';
import { loadPatternEngine, patternEngineReady } from '../../domain/routing/pattern.ts';
import { useEditor } from '../editor.ts';
import { ConfigurationsSection } from './ConfigurationsSection.tsx';
import { DialPlansSection } from './DialPlansSection.tsx';
import { PoliciesSection } from './PoliciesSection.tsx';
import { NameLists, RoutesSection } from './RoutesSection.tsx';
import { UsagesSection } from './UsagesSection.tsx';

export function RoutingSections() {
  const editor = useEditor();
  const doc = useDocument(editor.documents);
  const [, setReady] = useState(patternEngineReady());
  useEffect(() => {
    let live = true;
    void loadPatternEngine().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="routing__sections">
      <NameLists trunks={doc.trunks} usages={doc.pstnUsages} />
      <UsagesSection doc={doc} />
      <RoutesSection doc={doc} />
      <PoliciesSection doc={doc} />
      <DialPlansSection doc={doc} />
      <ConfigurationsSection doc={doc} />
    </div>
  );
}
