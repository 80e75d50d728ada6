import { useEffect, useState } from 'preact/hooks';
import type { ComplianceResponse } from '../../../server/schema/emergency-compliance.ts';
import type { Warning, WarningDetail, WarningsResponse } from '../../../server/schema/emergency-warnings.ts';
import { seasonOf, seasonPeriod } from '../../../server/emergency/stagger-bound-at.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import { onLive } from '../../live/live-events.ts';
import type { Language } from '../../state/app-state.ts';
import { WarningBanner } from './warning-banner.tsx';
import { WarningBound } from './warning-bound.tsx';
import { WarningChangeForm } from './warning-change-form.tsx';
import { WarningCompliance } from './warning-compliance.tsx';
import { WarningEpisodes } from './warning-episodes.tsx';
import { WarningIssueForm } from './warning-issue-form.tsx';
import { WarningMechanism } from './warning-mechanism.tsx';
import { WarningVisitForm } from './warning-visit-form.tsx';

type Loaded<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

const atQuery = (at: string | null): string => (at ? `?at=${encodeURIComponent(at)}` : '');

/** The warnings of the as-of's autumn–winter season that started by the as-of, newest first. */
export function seasonWarnings(warnings: readonly Warning[], at: string): Warning[] {
  const { from, to } = seasonPeriod(seasonOf(at.slice(0, 10)));
  return warnings
    .filter((w) => w.start.slice(0, 10) >= from && w.start.slice(0, 10) <= to && w.issuedAt <= at)
    .sort((a, b) => b.start.localeCompare(a.start));
}

/**
 * 预警: the warning in force at the as-of (or the episode chosen) in a banner, issuing / changing / lifting for
 * `emergency` holders, who is bound and what they must do, supervisors and notifications, the mechanism, compliance,
 * visits, the report, and the season's episodes. Reloads on live `emergency` events and when the as-of changes.
 */
export function WarningsSection(props: {
  lang: Language;
  at: string | null;
  canEdit: boolean;
  canSupervise: boolean;
  onSelectEnterprise: (id: string) => void;
}) {
  const { lang, at, canEdit } = props;
  const m = emergencyMessages(lang);
  const [list, setList] = useState<Loaded<WarningsResponse> | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [detail, setDetail] = useState<Loaded<WarningDetail> | null>(null);
  const [compliance, setCompliance] = useState<ComplianceResponse | null>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => onLive('emergency', () => reload()), []);
  useEffect(() => onLive('reset', () => reload()), []);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<WarningsResponse>(`/api/emergency/warnings${atQuery(at)}`, controller.signal).then((r) => {
      if (!controller.signal.aborted) setList(r.ok ? { ok: true, value: r.value } : { ok: false, failure: r.error });
    });
    return () => controller.abort();
  }, [at, version]);

  const inForce = list?.ok ? list.value.inForce : null;
  const shownId = chosen ?? inForce?.id ?? null;

  useEffect(() => {
    if (shownId === null) {
      setDetail(null);
      setCompliance(null);
      return;
    }
    const controller = new AbortController();
    const base = `/api/emergency/warnings/${shownId}`;
    void fetchJson<WarningDetail>(`${base}${atQuery(at)}`, controller.signal).then((r) => {
      if (!controller.signal.aborted) setDetail(r.ok ? { ok: true, value: r.value } : { ok: false, failure: r.error });
    });
    void fetchJson<ComplianceResponse>(`${base}/compliance${atQuery(at)}`, controller.signal).then((r) => {
      if (!controller.signal.aborted) setCompliance(r.ok ? r.value : null);
    });
    return () => controller.abort();
  }, [shownId, at, version]);

  if (list === null) return <p class="loading">{m.loading}</p>;
  if (!list.ok)
    return (
      <div class="error-box">
        <p class="error" data-emergency-error="">
          {m.loadFailed(failureText(lang, list.failure))}
        </p>
        <button type="button" onClick={reload}>
          {m.retry}
        </button>
      </div>
    );

  const now = list.value.at;
  const shown: Warning | null =
    detail?.ok && detail.value.warning.id === shownId
      ? detail.value.warning
      : (list.value.warnings.find((w) => w.id === shownId) ?? null);
  const live = shown !== null && (shown.status === 'in-force' || shown.status === 'scheduled');
  const episodes = seasonWarnings(list.value.warnings, now);
  const shownDetail = detail?.ok && detail.value.warning.id === shownId ? detail.value : null;

  return (
    <section class="emergency-warnings" data-warnings-section="">
      {chosen !== null && chosen !== inForce?.id ? (
        <p class="muted" data-showing-episode={chosen}>
          {m.showing}{' '}
          <button type="button" class="link-button" onClick={() => setChosen(null)}>
            {m.backToCurrent}
          </button>
        </p>
      ) : null}
      <WarningBanner lang={lang} warning={shown} />
      {shown ? (
        <p class="form-actions">
          <a
            class="button"
            href={`/api/emergency/warnings/${shown.id}/report?lang=${lang}`}
            target="_blank"
            rel="noopener"
            data-action="report"
          >
            {m.report}
          </a>
        </p>
      ) : null}
      {canEdit && shown && live ? (
        <details class="emergency-change">
          <summary>{m.changeTitle}</summary>
          <WarningChangeForm key={shown.id} lang={lang} warning={shown} at={now} onChanged={reload} />
        </details>
      ) : null}
      {canEdit && !inForce ? (
        <details class="emergency-issue" open={shown === null}>
          <summary>{m.issueTitle}</summary>
          <WarningIssueForm
            key={now}
            lang={lang}
            at={now}
            issuedAt={at}
            onIssued={(w) => {
              setChosen(w.id);
              reload();
            }}
          />
        </details>
      ) : null}
      {detail && !detail.ok ? (
        <p class="error" data-detail-error="">
          {m.loadFailed(failureText(lang, detail.failure))}{' '}
          <button type="button" onClick={reload}>
            {m.retry}
          </button>
        </p>
      ) : null}
      {shownId !== null && detail === null ? <p class="loading">{m.loading}</p> : null}
      {shownDetail ? (
        <>
          <WarningBound
            lang={lang}
            detail={shownDetail}
            canEdit={canEdit}
            onSelect={props.onSelectEnterprise}
            onChanged={reload}
          />
          {compliance && compliance.warningId === shownDetail.warning.id ? (
            <WarningCompliance lang={lang} compliance={compliance} onSelect={props.onSelectEnterprise} />
          ) : null}
          {props.canSupervise ? (
            <WarningVisitForm key={shownDetail.warning.id} lang={lang} detail={shownDetail} at={now} onSaved={reload} />
          ) : null}
          <WarningMechanism
            key={`mechanism-${shownDetail.warning.id}`}
            lang={lang}
            detail={shownDetail}
            canEdit={canEdit}
            at={now}
            onChanged={reload}
          />
        </>
      ) : null}
      <WarningEpisodes
        lang={lang}
        episodes={episodes}
        shownId={shownId}
        title={inForce ? m.episodesTitle : m.recentEpisodes}
        onOpen={(id) => setChosen(id === inForce?.id ? null : id)}
      />
    </section>
  );
}
