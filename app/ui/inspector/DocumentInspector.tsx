// With nothing selected: the design's name, its global settings and what it holds.
import { useTranslation } from 'react-i18next';
import { renameDocument, updateSettings } from '../../domain/edit.ts';
import type { MediaBypassSetting, Topology } from '../../domain/model.ts';
import { DESIGN_NAME_MAX, parseText } from './drafts.ts';
import { CheckboxField, DraftField, FormHeading, Section, SelectField } from './fields.tsx';

const same = (text: string) => text;
const parseName = (text: string) => parseText(text, { required: true, max: DESIGN_NAME_MAX });

export function DocumentInspector({ doc }: { doc: Topology }) {
  const { t } = useTranslation();
  return (
    <div className="inspector__form">
      <FormHeading kind={t('inspector.document')} name="" />
      {/* The toolbar edits the same name with the same merge key: typing in either is one undo step. */}
      <DraftField label={t('inspector.name')} value={doc.name} parse={parseName} format={same} apply={renameDocument} mergeKey="document-name" />
      <p className="inspector__note" data-testid="design-counts">
        {t('inspector.counts', { sites: doc.sites.length, nodes: doc.nodes.length, trunks: doc.trunks.length })}
      </p>
      <Section title={t('inspector.settings')}>
        <SelectField<MediaBypassSetting>
          label={t('inspector.mediaBypassSetting')}
          value={doc.settings.mediaBypass}
          options={[
            { value: 'disabled', label: t('inspector.bypassDisabled') },
            { value: 'alwaysBypass', label: t('inspector.bypassAlways') },
            { value: 'useSiteAndRegion', label: t('inspector.bypassSiteRegion') },
          ]}
          apply={(d, mediaBypass) => updateSettings(d, { mediaBypass })}
        />
        <CheckboxField
          label={t('inspector.callAdmissionControl')}
          checked={doc.settings.callAdmissionControl}
          apply={(d, callAdmissionControl) => updateSettings(d, { callAdmissionControl })}
        />
      </Section>
    </div>
  );
}
