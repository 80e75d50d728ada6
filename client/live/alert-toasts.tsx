import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveMessages } from '../i18n/live.ts';
import type { Language } from '../state/app-state.ts';
import type { AlertNews, AlertToast } from './alert-news.ts';

interface AlertToastsProps {
  news: AlertNews;
  lang: Language;
  /** The user clicked a toast: open 告警 on its alert. */
  onOpen: (toast: AlertToast) => void;
}

/**
 * The stack of new-alert toasts (「新告警：<rule title> · <entity>」), newest on top, at most three; each
 * leaves after ~8 s (see createAlertNews), on its × or when clicked (which opens 告警 on it). The stack is
 * a polite live region: screen readers announce a new toast without interrupting.
 */
export function AlertToasts({ news, lang, onOpen }: AlertToastsProps) {
  const [state, setState] = useState(news.get());
  useEffect(() => {
    setState(news.get());
    return news.subscribe(setState);
  }, [news]);
  const m = liveMessages(lang);
  return (
    <div class="toasts" role="status" aria-live="polite" aria-label={m.toastsRegion} data-toasts="">
      {state.toasts.map((toast) => (
        <div class="toast" key={toast.key} data-toast={toast.alertId}>
          <button
            type="button"
            class="toast-open"
            onClick={() => {
              news.dismiss(toast.key);
              onOpen(toast);
            }}
          >
            {m.newAlert(toast.title, toast.entity)}
          </button>
          <button
            type="button"
            class="toast-close"
            aria-label={m.dismiss}
            title={m.dismiss}
            onClick={() => news.dismiss(toast.key)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

/** Renders {@link AlertToasts} into `container` (again on a language change); returns the unmount. */
export function mountAlertToasts(container: HTMLElement, props: AlertToastsProps): () => void {
  render(<AlertToasts {...props} />, container);
  return () => render(null, container);
}
