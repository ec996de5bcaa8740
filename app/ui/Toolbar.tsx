// The toolbar: the design's name, then the actions, each a button bound to the same action as its shortcut.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { renameDocument } from '../domain/edit.ts';
import { useDocument } from '../store/documentStore.ts';
import type { ThemeChoice } from '../store/sessionStore.ts';
import { ACTION_BY_ID, shortcutLabel } from './actions.ts';
import { useEditor } from './editor.ts';
import { LANGUAGES, setLanguage, supportedLanguage, type LanguageCode } from '../i18n/index.ts';

export const TOOLBAR_ACTIONS = ['new', 'import', 'exportJson', 'shareLink', 'exportPng', 'exportSvg', 'exportLync', '|', 'undo', 'redo', '|', 'delete', 'duplicate', '|', 'autoLayout', 'fitView', '|', 'routing'];

function DocumentName() {
  const { t } = useTranslation();
  const editor = useEditor();
  const name = useDocument(editor.documents).name;
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const valid = draft.trim().length > 0 && draft.length <= 200;
  return (
    <input
      className={`toolbar__name${valid ? '' : ' is-invalid'}`}
      aria-label={t('toolbar.documentName')}
      aria-invalid={!valid}
      value={draft}
      maxLength={200}
      onChange={(event) => {
        setDraft(event.target.value);
        if (event.target.value.trim().length > 0) editor.commit(renameDocument(editor.doc(), event.target.value), 'document-name');
      }}
      onBlur={() => {
        editor.documents.getState().seal();
        setDraft(editor.doc().name);
      }}
    />
  );
}

function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const current = supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return (
    <label className="toolbar__theme">
      <span className="visually-hidden">{t('toolbar.language')}</span>
      <select value={current} onChange={(e) => void setLanguage(e.target.value as LanguageCode)} aria-label={t('toolbar.language')}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Toolbar() {
  const { t } = useTranslation();
  const editor = useEditor();
  // Re-render when what enables an action changes.
  useStore(editor.documents, (s) => `${s.history.past.length}/${s.history.future.length}`);
  useStore(editor.session, (s) => s.selection.size > 0);
  const theme = useStore(editor.session, (s) => s.theme);
  return (
    <header className="toolbar">
      <h1 className="toolbar__brand">{t('app.title')}</h1>
      <div className="toolbar__bar" role="toolbar" aria-label={t('toolbar.label')}>
      <DocumentName />
      <div className="toolbar__actions">
        {TOOLBAR_ACTIONS.map((id, i) => {
          if (id === '|') return <span key={`sep-${i}`} className="toolbar__sep" aria-hidden="true" />;
          const action = ACTION_BY_ID.get(id);
          if (!action) return null;
          const enabled = action.enabled ? action.enabled(editor) : true;
          const shortcut = action.shortcuts[0];
          return (
            <button
              key={id}
              type="button"
              className="toolbar__button"
              disabled={!enabled}
              title={shortcut ? `${t(action.labelKey)} (${shortcutLabel(shortcut)})` : t(action.labelKey)}
              aria-keyshortcuts={action.shortcuts.map((s) => s.replace('Mod', 'Control')).join(' ') || undefined}
              onClick={() => action.run(editor)}
            >
              {t(action.labelKey)}
            </button>
          );
        })}
      </div>
      <LanguagePicker />
      <label className="toolbar__theme">
        <span className="visually-hidden">{t('toolbar.theme')}</span>
        <select value={theme} onChange={(e) => editor.session.getState().setTheme(e.target.value as ThemeChoice)} aria-label={t('toolbar.theme')}>
          <option value="system">{t('toolbar.themeSystem')}</option>
          <option value="light">{t('toolbar.themeLight')}</option>
          <option value="dark">{t('toolbar.themeDark')}</option>
        </select>
      </label>
      </div>
    </header>
  );
}
