import { useEffect, useRef, useState } from 'preact/hooks';
import { airMessages } from '../../i18n/air.ts';
import type { AppState, Language } from '../../state/app-state.ts';
import type { Store } from '../../state/store.ts';
import { useAppState } from '../../state/use-app-state.ts';
import type { AirRange } from './air-range.ts';

/** Hours of the year as `YYYY-MM-DDTHH:00` CST for slider position `i` (0 = 01:00 on 1 January). */
export function hourAt(year: number, i: number): string {
  return `${new Date(Date.UTC(year, 0, 1, i + 1)).toISOString().slice(0, 13)}:00`;
}
/** The slider position of the hour `ts` (`YYYY-MM-DDTHH:mm` CST) of `year`. */
export function hourIndex(year: number, ts: string): number {
  return Math.round((Date.parse(`${ts}:00Z`) - Date.UTC(year, 0, 1, 1)) / 3600_000);
}

/** Play (a triangle) and pause (two bars) drawn in SVG: no font needs the glyph. */
export function PlayGlyph(props: { playing: boolean }) {
  return (
    <svg viewBox="0 0 12 12" width={12} height={12} aria-hidden="true" data-glyph={props.playing ? 'pause' : 'play'}>
      {props.playing ? (
        <>
          <rect x={2} y={1.5} width={3} height={9} fill="currentColor" />
          <rect x={7} y={1.5} width={3} height={9} fill="currentColor" />
        </>
      ) : (
        <path d="M3 1.5 L10.5 6 L3 10.5 Z" fill="currentColor" />
      )}
    </svg>
  );
}

/**
 * The 空气质量 bottom strip: play/pause, an hour slider over the readings' year and the hour/day AQI period of the
 * stations layer. It moves the console's as-of (null = the dataset's default hour).
 */
export function TimeStrip(props: { store: Store<AppState>; range: AirRange; lang: Language }) {
  const { store, range, lang } = props;
  const m = airMessages(lang);
  const [asOf, aqiPeriod] = useAppState(store, (s) => [s.asOf, s.aqiPeriod] as const);
  const year = Number(range.to.slice(0, 4));
  const hours = hourIndex(year, range.to) + 1;
  const clampIndex = (i: number) => Math.max(0, Math.min(hours - 1, i));
  const current = clampIndex(hourIndex(year, asOf ?? range.to));
  const [dragged, setDragged] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setHour = (i: number) => {
    const ts = hourAt(year, clampIndex(i));
    store.update({ asOf: ts === range.to ? null : ts });
  };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const at = clampIndex(hourIndex(year, store.get().asOf ?? range.to));
      if (at >= hours - 1) setPlaying(false);
      else setHour(at + 1);
    }, 900);
    return () => clearInterval(timer);
  });
  useEffect(
    () => () => {
      if (debounce.current) clearTimeout(debounce.current);
    },
    [],
  );
  const shownIndex = dragged ?? current;
  return (
    <>
      <button
        type="button"
        data-action="play"
        aria-label={playing ? m.pause : m.play}
        title={playing ? m.pause : m.play}
        aria-pressed={playing}
        onClick={() => setPlaying(!playing)}
      >
        <PlayGlyph playing={playing} />
      </button>
      <input
        type="range"
        min="0"
        max={String(hours - 1)}
        step="1"
        value={String(shownIndex)}
        aria-label={m.slider}
        data-time-slider=""
        onInput={(event) => {
          const i = Number(event.currentTarget.value);
          setDragged(i);
          if (debounce.current) clearTimeout(debounce.current);
          debounce.current = setTimeout(() => {
            setHour(i);
            setDragged(null);
          }, 250);
        }}
      />
      <span class="time-label">
        {(dragged === null ? (asOf ?? range.to) : hourAt(year, dragged)).replace('T', ' ')}
      </span>
      {(['hour', 'day'] as const).map((period) => (
        <button
          key={period}
          type="button"
          class={`tool${aqiPeriod === period ? ' active' : ''}`}
          data-aqi-period={period}
          onClick={() => store.update({ aqiPeriod: period })}
        >
          {period === 'hour' ? m.hourlyAqi : m.dailyAqiPeriod}
        </button>
      ))}
    </>
  );
}
