// A site's form: name, kind, and for a branch the central site it belongs to. Frames are the canvas's.
import { useTranslation } from 'react-i18next';
import { updateSite } from '../../domain/edit.ts';
import type { Site, SiteKind, Topology } from '../../domain/model.ts';
import { NAME_MAX, parseText } from './drafts.ts';
import { centralSiteChoices, centralSiteForBranch, setSiteKind } from '../../domain/fieldEdits.ts';
import { DraftField, FormHeading, SelectField } from './fields.tsx';

const same = (text: string) => text;
const parseName = (text: string) => parseText(text, { required: true, max: NAME_MAX });

export function SiteInspector({ doc, site }: { doc: Topology; site: Site }) {
  const { t } = useTranslation();
  const id = site.id;
  // A central site can become a branch only if another central site can take it.
  const canBeBranch = site.kind === 'branch' || centralSiteForBranch(doc, id) !== undefined;
  return (
    <div className="inspector__form">
      <FormHeading kind={t(site.kind === 'central' ? 'canvas.site.central' : 'canvas.site.branch')} name={site.name} />
      <DraftField label={t('inspector.name')} value={site.name} parse={parseName} format={same} apply={(d, name) => updateSite(d, id, { name })} mergeKey={`${id}:name`} />
      <SelectField<SiteKind>
        label={t('inspector.siteKind')}
        value={site.kind}
        options={[
          { value: 'central', label: t('inspector.central') },
          { value: 'branch', label: t('inspector.branch'), disabled: !canBeBranch },
        ]}
        apply={(d, kind) => setSiteKind(d, id, kind)}
        hint={canBeBranch ? undefined : t('inspector.noOtherCentral')}
      />
      {site.kind === 'branch' && (
        <SelectField
          label={t('inspector.centralSite')}
          value={site.centralSiteId ?? ''}
          options={centralSiteChoices(doc, id).map((c) => ({
            value: c.id,
            label: c.kind ? t('inspector.withKind', { name: c.name, kind: t(`inspector.${c.kind}`) }) : c.name,
          }))}
          apply={(d, centralSiteId) => updateSite(d, id, { centralSiteId })}
        />
      )}
    </div>
  );
}
