import { useFetched } from '../../api/use-fetched.ts';
import { ledgersMessages } from '../../i18n/ledgers.ts';
import { ledgersEnergyMessages } from '../../i18n/ledgers-energy.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { Language } from '../../state/app-state.ts';
import {
  buildKindLabels,
  checkOutcomeLabels,
  coalProcedureLabels,
  coalProjectStatusLabels,
  highEnergyStatusLabels,
  policyCheckLabels,
  policyChecks,
} from '../../../server/schema/enums/energy.ts';
import type { CoalProject, HighEnergyProject } from '../../../server/schema/energy.ts';
import type { LedgersSectionProps } from './ledgers-view.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/**
 * 项目准入 (tasks 1, 6): coal-consuming projects with their substitution ratio (short ones marked), and the 两高
 * register with its seven policy checks as badges; a project's enterprise shows on the map.
 */
export function ProjectsSection({ context, lang }: LedgersSectionProps) {
  const m = ledgersEnergyMessages(lang);
  const shared = ledgersMessages(lang);
  const coal = useFetched<CoalProject[]>('/api/energy/coal-projects', lang);
  const high = useFetched<HighEnergyProject[]>('/api/energy/high-energy-projects', lang);
  const show = (p: { enterpriseId: string; position: readonly [number, number] }) =>
    showOnMap(context.store, context.map, 'enterprises', p.enterpriseId, p.position);
  const failure = loadFailure(shared);
  return (
    <section data-ledgers-section="projects" class="energy-ledger">
      <h3>{m.coalProjectsTitle}</h3>
      <p class="muted">
        {m.coalProjectsNote} {shared.synthetic}
      </p>
      {coal.error ? failure(coal.error, coal.reload) : null}
      {!coal.value && !coal.error ? <p class="muted">{shared.loading}</p> : null}
      {coal.value ? <CoalProjectTable lang={lang} projects={coal.value} onShow={show} /> : null}
      <h3>{m.highEnergyTitle}</h3>
      <p class="muted">{m.highEnergyNote}</p>
      {high.error ? failure(high.error, high.reload) : null}
      {!high.value && !high.error ? <p class="muted">{shared.loading}</p> : null}
      {high.value ? <HighEnergyTable lang={lang} projects={high.value} onShow={show} /> : null}
    </section>
  );
}

/** The coal-consuming projects with their substitution ratio. */
export function CoalProjectTable(props: {
  lang: Language;
  projects: readonly CoalProject[];
  onShow: (p: CoalProject) => void;
}) {
  const { lang, projects, onShow } = props;
  const m = ledgersEnergyMessages(lang);
  if (projects.length === 0) return <p class="muted">{m.noProjects}</p>;
  return (
    <table class="energy-table" data-coal-projects="">
      <thead>
        <tr>
          <th>{m.colProject}</th>
          <th>{m.colProcedure}</th>
          <th>{m.colStatus}</th>
          <th>{m.colDecided}</th>
          <th>{m.colNewCoal}</th>
          <th>{m.colSubstitution}</th>
          <th>{m.colRatio}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.id} data-coal-project={p.id}>
            <td>{p.name}</td>
            <td>{coalProcedureLabels[p.procedure][lang]}</td>
            <td>{coalProjectStatusLabels[p.status][lang]}</td>
            <td>{p.decidedOn ?? '—'}</td>
            <td>{m.number(p.newCoalT)}</td>
            <td>
              {m.number(p.substitutionT)}
              {p.substitutionSource ? <span class="muted">（{p.substitutionSource}）</span> : null}
            </td>
            <td>
              {m.ratio(p.substitutionRatio)} {p.substitutionShort ? <span class="badge bad">{m.short}</span> : null}
            </td>
            <td>
              <button type="button" onClick={() => onShow(p)}>
                {m.showOnMap}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The 两高 register: each project with its seven checks as badges (met, pending, failed, n/a). */
export function HighEnergyTable(props: {
  lang: Language;
  projects: readonly HighEnergyProject[];
  onShow: (p: HighEnergyProject) => void;
}) {
  const { lang, projects, onShow } = props;
  const m = ledgersEnergyMessages(lang);
  if (projects.length === 0) return <p class="muted">{m.noProjects}</p>;
  return (
    <table class="energy-table" data-high-energy="">
      <thead>
        <tr>
          <th>{m.colProject}</th>
          <th>{m.colIndustry}</th>
          <th>{m.colBuildKind}</th>
          <th>{m.colStatus}</th>
          <th>{m.colChecks}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.id} data-high-energy-project={p.id}>
            <td>{p.name}</td>
            <td>{p.industry}</td>
            <td>{buildKindLabels[p.buildKind][lang]}</td>
            <td>
              {highEnergyStatusLabels[p.status][lang]} <span class="muted">{p.statusOn}</span>
            </td>
            <td class="energy-checks-cell">
              <div class="energy-checks">
                {policyChecks.map((c) => (
                  <span
                    key={c}
                    class={`badge check-${p.checks[c]}`}
                    data-check={c}
                    title={checkOutcomeLabels[p.checks[c]][lang]}
                  >
                    {policyCheckLabels[c][lang]}：{checkOutcomeLabels[p.checks[c]][lang]}
                  </span>
                ))}
              </div>
            </td>
            <td>
              <button type="button" onClick={() => onShow(p)}>
                {m.showOnMap}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
