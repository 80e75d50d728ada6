import type { ListVersionSummary } from '../../../server/schema/emergency-list.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { provenanceText, sourceText } from './list-format.ts';

/** A list version's head: title, effective from, who signed it off and when, the note, source and provenance. */
export function ListVersionHead({ version, lang }: { version: ListVersionSummary; lang: Language }) {
  const m = emergencyListMessages(lang);
  return (
    <table class="details" data-list-head={String(version.id)}>
      <tbody>
        <tr>
          <th>{m.title}</th>
          <td data-list-title="">{version.title}</td>
        </tr>
        <tr>
          <th>{m.version}</th>
          <td>
            {version.version} · {m.enterpriseCount(version.enterprises)}
          </td>
        </tr>
        <tr>
          <th>{m.effectiveFrom}</th>
          <td>{version.effectiveFrom}</td>
        </tr>
        <tr>
          <th>{m.signedOff}</th>
          <td>{m.signedOffText(version.signedOffBy, version.signedOffOn)}</td>
        </tr>
        {version.note ? (
          <tr>
            <th>{m.note}</th>
            <td>{version.note}</td>
          </tr>
        ) : null}
        <tr>
          <th>{m.source}</th>
          <td>
            {sourceText(lang, version.source)} ·{' '}
            <span class={`provenance provenance-${version.provenance}`} data-list-provenance={version.provenance}>
              {provenanceText(lang, version.provenance)}
            </span>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
