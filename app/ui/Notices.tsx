// The live region for announcements (refused connections, refused deletes) and non-blocking notices.
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor.ts';

export function Notices() {
  const { t } = useTranslation();
  const editor = useEditor();
  const announcement = useStore(editor.session, (s) => s.announcement);
  const notices = useStore(editor.session, (s) => s.notices);
  const task = useStore(editor.session, (s) => s.task);
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="announcement" data-testid="announcement">
        {announcement && <span key={announcement.id}>{announcement.text}</span>}
      </div>
      {task && (
        <div className="notice notice--info notice--task" role="status" data-testid="task">
          <p>{task.text}</p>
          <progress max={task.total || undefined} value={task.total ? task.done : undefined} aria-label={task.text} />
          <button type="button" onClick={task.cancel}>
            {t('dialog.cancel')}
          </button>
        </div>
      )}
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          {notice.actions.map((action) => (
            <button key={action.label} type="button" onClick={() => { action.run(); editor.session.getState().dismiss(notice.id); }}>
              {action.label}
            </button>
          ))}
          <button type="button" className="notice__dismiss" onClick={() => editor.session.getState().dismiss(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
