import type { Warning } from '../../../server/schema/emergency-warnings.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { levelText, shownTime, statusText } from './warning-banner.tsx';

/** The season's episodes, newest first: each level's stretch, its status, and 「查看」 to show its detail. */
export function WarningEpisodes(props: {
  lang: Language;
  episodes: readonly Warning[];
  shownId: number | null;
  title: string;
  onOpen: (id: number) => void;
}) {
  const { lang } = props;
  const m = emergencyMessages(lang);
  return (
    <section class="emergency-episodes" data-episodes="">
      <h3>{props.title}</h3>
      {props.episodes.length === 0 ? <p class="muted">{m.noEpisodes}</p> : null}
      <ul>
        {props.episodes.map((w) => (
          <li key={w.id} data-episode={w.id} class={w.id === props.shownId ? 'current' : undefined}>
            <span class={`level-dot level-${w.level}`}>{levelText(lang, w.level)}</span> · {statusText(lang, w.status)}
            <ul class="muted">
              {w.segments.map((s) => (
                <li key={`${s.level}${s.from}`}>
                  {m.segmentLine(levelText(lang, s.level), shownTime(s.from), s.to ? shownTime(s.to) : m.now)}
                </li>
              ))}
            </ul>
            {w.id === props.shownId ? null : (
              <button type="button" class="link-button" data-action="open-episode" onClick={() => props.onOpen(w.id)}>
                {m.open}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
