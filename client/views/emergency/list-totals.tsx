import {
  reductionPollutantLabels,
  reductionPollutants,
  warningLevels,
} from '../../../server/schema/enums/emergency.ts';
import type { ListResponse } from '../../../server/schema/emergency-list.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { levelText, tonnesText } from './list-format.ts';

/**
 * The list's expected reductions per level against the plan's required ones (share × the district's base, t/day):
 * one small table per level, a row per pollutant, 达到 / 不足 in words and a mark (never colour alone), the
 * requirement's document as 依据; 「未录入减排比例要求」 when none is entered.
 */
export function ListTotals({ list, lang }: { list: ListResponse; lang: Language }) {
  const m = emergencyListMessages(lang);
  const { check, requirement } = list;
  return (
    <div class="list-totals" data-list-totals="">
      <h3>{m.totalsTitle}</h3>
      {check === null || requirement === null ? (
        <>
          <p class="warning" data-list-no-requirement="">
            {m.noRequirement}
          </p>
          <div class="table-scroll">
            <table class="aq-table">
              <thead>
                <tr>
                  <th>{m.expected}</th>
                  {warningLevels.map((level) => (
                    <th key={level}>{levelText(lang, level)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {reductionPollutants.map((p) => (
                  <tr key={p}>
                    <td>{reductionPollutantLabels[p][lang]}</td>
                    {warningLevels.map((level) => (
                      <td key={level} class="num" data-list-total={`${level}-${p}`}>
                        {tonnesText(list.totals[level][p])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <>
          <p class="muted" data-list-basis="">
            {m.basis(requirement.document, requirement.source)}
            {' · '}
            {m.baseSource(requirement.baseSource)}
          </p>
          {warningLevels.map((level) => {
            const c = check[level];
            const pct = String(Math.round(c.share * 1000) / 10);
            return (
              <div key={level} class="table-scroll" data-list-level={level}>
                <table class="aq-table">
                  <caption>{m.levelShare(levelText(lang, level), pct)}</caption>
                  <thead>
                    <tr>
                      <th>{m.pollutant}</th>
                      <th>{m.expected}</th>
                      <th>{m.required}</th>
                      <th>{m.verdict}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reductionPollutants.map((p) => {
                      const short = c.shortfall.includes(p);
                      return (
                        <tr key={p} data-list-check={`${level}-${p}`} data-short={short ? 'true' : 'false'}>
                          <td>{reductionPollutantLabels[p][lang]}</td>
                          <td class="num">{tonnesText(c.expected[p])}</td>
                          <td class="num">{tonnesText(c.required[p])}</td>
                          <td class={short ? 'error' : 'progress-pass'}>{short ? m.short : m.met}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
                {c.shortfall.length > 0 ? (
                  <p class="error" role="alert" data-list-shortfall={level}>
                    {m.levelShort(
                      levelText(lang, level),
                      c.shortfall.map((p) => reductionPollutantLabels[p][lang]).join(lang === 'zh' ? '、' : ', '),
                    )}
                  </p>
                ) : null}
              </div>
            );
          })}
        </>
      )}
    </div>
  );
}
