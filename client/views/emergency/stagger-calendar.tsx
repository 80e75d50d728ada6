import type { StaggerResponse, StaggerSchedule } from '../../../server/schema/stagger.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { barOf, momentFraction, monthTicks } from './stagger-scale.ts';

/** The timeline's least width, px (about 1.6 px a day): narrower panels scroll it sideways. */
const TRACK_MIN = 300;

const STOP_FILL = '#8c2d04';
const LIMIT_FILL = 'repeating-linear-gradient(135deg, #d9822b 0 3px, #fff3e0 3px 6px)';

/** One row of the calendar: an enterprise's line and its periods. */
export interface CalendarRow {
  key: string;
  enterpriseId: string;
  enterpriseName: string;
  townshipName: string | null;
  line: string;
  schedules: StaggerSchedule[];
}

/** The schedules grouped by enterprise × line, in enterprise-name then line order; periods by start. */
export function calendarRows(schedules: readonly StaggerSchedule[]): CalendarRow[] {
  const rows = new Map<string, CalendarRow>();
  for (const s of schedules) {
    const key = `${s.enterpriseId}\u0000${s.line}`;
    const row = rows.get(key) ?? {
      key,
      enterpriseId: s.enterpriseId,
      enterpriseName: s.enterpriseName,
      townshipName: s.townshipName,
      line: s.line,
      schedules: [],
    };
    row.schedules.push(s);
    rows.set(key, row);
  }
  for (const row of rows.values()) row.schedules.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return [...rows.values()].sort(
    (a, b) => a.enterpriseName.localeCompare(b.enterpriseName, 'zh') || a.line.localeCompare(b.line, 'zh'),
  );
}

/** A schedule in words: 停产 / 限产 30%, its period (MM-DD—MM-DD) and 建成区从严 when so. */
export function scheduleText(lang: Language, s: StaggerSchedule): string {
  const m = emergencyListMessages(lang);
  const what = s.production === 'stop' ? m.stopped : m.limited(s.limitPct ?? 0);
  const text = `${what} ${m.period(s.from.slice(5), s.to.slice(5))}`;
  return s.stricterBuiltUp ? `${text}（${m.stricter}）` : text;
}

const pct = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`;

/**
 * The season calendar: a row per enterprise × line (name, township, line and its periods in words) with its
 * timeline below, 1 Oct → 31 Mar with month ticks, bars for the periods (停产 solid, 限产 hatched; 建成区从严
 * outlined) and a vertical line at the as-of moment. Inside `.table-scroll`: a panel narrower than 300 px scrolls.
 */
export function StaggerCalendar(props: {
  data: StaggerResponse;
  lang: Language;
  /** The as-of moment (`YYYY-MM-DDTHH:mm`) or day the line marks; null: the response's boundAt.at. */
  at: string | null;
  /** Editors: 修改 / 删除 next to each schedule. */
  onEdit?: (s: StaggerSchedule) => void;
  onRemove?: (s: StaggerSchedule) => void;
}) {
  const { data, lang } = props;
  const m = emergencyListMessages(lang);
  const rows = calendarRows(data.schedules);
  const at = props.at ?? data.boundAt.at;
  const today = momentFraction(at, data.period);
  const ticks = monthTicks(data.period);
  // each row: its words above, its timeline below at the panel's full width (the left panel and phones are narrow)
  const grid = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '2px' };
  const todayLine = (label: boolean) =>
    today === null ? null : (
      <div
        data-stagger-today={label ? 'axis' : ''}
        style={{
          position: 'absolute',
          left: pct(today),
          top: 0,
          bottom: 0,
          borderLeft: '2px dashed #1f4e79',
          zIndex: 2,
        }}
      >
        {label ? (
          <span style={{ position: 'absolute', left: '3px', top: '-2px', whiteSpace: 'nowrap', fontSize: '11px' }}>
            {m.today(at.slice(0, 10))}
          </span>
        ) : null}
      </div>
    );
  return (
    <div class="stagger-calendar-wrap" data-stagger-calendar="">
      <h3>{m.calendarTitle}</h3>
      <p class="muted" data-stagger-legend="">
        <span style={{ display: 'inline-block', width: '18px', height: '10px', background: STOP_FILL }} />{' '}
        {m.legendStop}
        {'　'}
        <span
          style={{
            display: 'inline-block',
            width: '18px',
            height: '10px',
            background: LIMIT_FILL,
            border: '1px solid #d9822b',
          }}
        />{' '}
        {m.legendLimit}
        {'　'}
        <span style={{ display: 'inline-block', width: '18px', height: '10px', outline: '2px solid #000' }} />{' '}
        {m.stricter}
      </p>
      {rows.length === 0 ? (
        <p class="muted" data-stagger-empty="">
          {m.noSchedules}
        </p>
      ) : (
        <div class="table-scroll">
          <div style={{ minWidth: `${TRACK_MIN}px` }}>
            <div style={grid}>
              <div
                style={{ position: 'relative', height: '34px', borderBottom: '1px solid #999' }}
                data-stagger-axis=""
              >
                {ticks.map((t) => (
                  <span
                    key={t.date}
                    data-stagger-tick={t.date}
                    style={{
                      position: 'absolute',
                      left: pct(t.at),
                      bottom: 0,
                      height: '14px',
                      borderLeft: '1px solid #999',
                      paddingLeft: '2px',
                      fontSize: '11px',
                    }}
                  >
                    {m.monthTick(t.month)}
                  </span>
                ))}
                {todayLine(true)}
              </div>
            </div>
            {rows.map((row) => (
              <div
                key={row.key}
                style={{ ...grid, borderBottom: '1px solid #e3e3e3', padding: '3px 0' }}
                data-stagger-row={row.key}
              >
                <div style={{ fontSize: '12px' }}>
                  <strong>{row.enterpriseName}</strong>
                  {row.townshipName ? <span class="muted"> · {row.townshipName}</span> : null}
                  <br />
                  {row.line}
                  {row.schedules.map((s) => (
                    <div key={s.id} data-stagger-words={String(s.id)}>
                      {scheduleText(lang, s)}
                      {props.onEdit ? (
                        <button
                          type="button"
                          class="link-button"
                          style={{ marginLeft: '6px' }}
                          data-stagger-edit={String(s.id)}
                          onClick={() => props.onEdit?.(s)}
                        >
                          {m.edit}
                        </button>
                      ) : null}
                      {props.onRemove ? (
                        <button
                          type="button"
                          class="link-button"
                          style={{ marginLeft: '6px' }}
                          data-stagger-remove={String(s.id)}
                          onClick={() => props.onRemove?.(s)}
                        >
                          {m.remove}
                        </button>
                      ) : null}
                    </div>
                  ))}
                </div>
                <div style={{ position: 'relative', minHeight: '24px', background: '#f6f6f6' }}>
                  {row.schedules.map((s) => {
                    const bar = barOf(s, data.period);
                    return (
                      <div
                        key={s.id}
                        data-stagger-bar={String(s.id)}
                        data-production={s.production}
                        title={scheduleText(lang, s)}
                        role="img"
                        aria-label={scheduleText(lang, s)}
                        style={{
                          position: 'absolute',
                          left: pct(bar.left),
                          width: pct(bar.width),
                          top: '5px',
                          height: '14px',
                          background: s.production === 'stop' ? STOP_FILL : LIMIT_FILL,
                          border: s.production === 'stop' ? 'none' : '1px solid #d9822b',
                          outline: s.stricterBuiltUp ? '2px solid #000' : 'none',
                          boxSizing: 'border-box',
                        }}
                      />
                    );
                  })}
                  {todayLine(false)}
                </div>
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
