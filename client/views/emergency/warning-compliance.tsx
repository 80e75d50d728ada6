import {
  type ComplianceVerdict,
  complianceVerdictLabels,
  evidenceSourceLabels,
  listGradeLabels,
  type ListGrade,
  measureKindLabels,
} from '../../../server/schema/enums/emergency.ts';
import type { ComplianceResponse, EnterpriseCompliance } from '../../../server/schema/emergency-compliance.ts';
import { emergencyMessages } from '../../i18n/emergency.ts';
import type { Language } from '../../state/app-state.ts';
import { shownTime } from './warning-banner.tsx';

/** The verdict's icon beside its word (never colour alone). */
export const verdictIcon: Record<ComplianceVerdict, string> = {
  'non-compliant': '✗',
  unverified: '?',
  compliant: '✓',
};

const verdictRank: Record<ComplianceVerdict, number> = { 'non-compliant': 0, unverified: 1, compliant: 2 };

/** The enterprises in the table's order: non-compliant first, then unverified, then compliant; by name within. */
export function complianceOrder(enterprises: readonly EnterpriseCompliance[]): EnterpriseCompliance[] {
  return [...enterprises].sort(
    (a, b) => verdictRank[a.verdict] - verdictRank[b.verdict] || a.enterpriseName.localeCompare(b.enterpriseName, 'zh'),
  );
}

/**
 * 落实核查: the summary (listed, checked, by CEMS / visit / gate, compliant, non-compliant, unverified) and a table
 * per enterprise (verdict in words and icon, supervisor, each measure's evidence with its source, time and detail; a
 * visit's photo as a thumbnail linking to the attachment). Non-compliant first.
 */
export function WarningCompliance(props: {
  lang: Language;
  compliance: ComplianceResponse;
  onSelect: (enterpriseId: string) => void;
}) {
  const { lang, compliance: c } = props;
  const m = emergencyMessages(lang);
  const s = c.summary;
  return (
    <section class="emergency-compliance" data-compliance="">
      <h3>{m.complianceTitle}</h3>
      <p class="muted">{m.complianceAt(shownTime(c.at))}</p>
      <p data-compliance-summary="">
        {m.complianceSummary(s.listed, s.checked)}
        <br />
        {m.bySource(s.bySource.cems, s.bySource.visit, s.bySource.gate)}
        <br />
        {m.verdictCounts(s.compliant, s.nonCompliant, s.unverified)}
      </p>
      <div class="table-scroll">
        <table class="emergency-table">
          <thead>
            <tr>
              <th>{m.enterprise}</th>
              <th>{m.verdict}</th>
              <th>{m.supervisor}</th>
              <th>{m.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {complianceOrder(c.enterprises).map((e) => (
              <tr key={e.enterpriseId} data-compliance-enterprise={e.enterpriseId} data-verdict={e.verdict}>
                <td>
                  <button type="button" class="link-button" onClick={() => props.onSelect(e.enterpriseId)}>
                    {e.enterpriseName}
                  </button>
                  <span class="muted">
                    {' '}
                    {e.grade in listGradeLabels ? listGradeLabels[e.grade as ListGrade][lang] : e.grade}
                  </span>
                  {e.builtUpArea ? <span class="tag">{m.builtUp}</span> : null}
                </td>
                <td class={`verdict verdict-${e.verdict}`}>
                  {verdictIcon[e.verdict]} {complianceVerdictLabels[e.verdict][lang]}
                </td>
                <td>{e.supervisor ?? m.unassigned}</td>
                <td>
                  <ul class="evidence">
                    {e.measures.map((x) => (
                      <li key={`${x.level}|${x.line}|${x.kind}|${x.text}`}>
                        <span>
                          {x.line}：{measureKindLabels[x.kind][lang]}
                          {x.limitPct !== null ? ` ${x.limitPct}%` : ''} — {verdictIcon[x.verdict]}{' '}
                          {complianceVerdictLabels[x.verdict][lang]}
                        </span>
                        {x.evidence.length === 0 ? <span class="muted"> · {m.noEvidence}</span> : null}
                        <ul>
                          {x.evidence.map((ev) => (
                            <li key={`${ev.source}|${ev.at}|${ev.detail.zh}`} data-evidence={ev.source}>
                              {`${evidenceSourceLabels[ev.source][lang]} ${shownTime(ev.at)} · `}
                              {`${verdictIcon[ev.verdict]} ${ev.detail[lang]}`}
                              {ev.ref?.photoId ? (
                                <a
                                  href={`/api/attachments/${ev.ref.photoId}`}
                                  target="_blank"
                                  rel="noopener"
                                  class="photo-link"
                                  data-photo={ev.ref.photoId}
                                >
                                  <img src={`/api/attachments/${ev.ref.photoId}`} alt={m.photo} loading="lazy" />
                                </a>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
