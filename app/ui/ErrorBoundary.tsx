// The last line of defence: a rendering bug shows a message instead of a blank page, and the design,
// which autosave keeps, can still be downloaded.
import { Component, type ReactNode } from 'react';
import i18next from 'i18next';
import { AUTOSAVE_KEY } from './autosave.ts';
import { downloadBlob } from '../io/download.ts';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  private download = () => {
    const text = localStorage.getItem(AUTOSAVE_KEY);
    if (text) downloadBlob(new Blob([text], { type: 'application/json' }), 'recovered.trunkline.json');
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>{i18next.t('crash.title')}</h1>
        <p>{i18next.t('crash.text')}</p>
        <p className="crash__detail">{this.state.error.message}</p>
        <div className="dialog__buttons">
          <button type="button" onClick={this.download}>
            {i18next.t('crash.download')}
          </button>
          <button type="button" onClick={() => location.reload()}>
            {i18next.t('crash.reload')}
          </button>
        </div>
      </div>
    );
  }
}
