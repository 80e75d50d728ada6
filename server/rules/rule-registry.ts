import type { RuleId } from '../schema/enums/rule-id.ts';
import { activatedCarbonLateRule } from './activated-carbon-late-rule.ts';
import { boilerNoncompliantRule } from './boiler-noncompliant-rule.ts';
import { boilerSurveyOverdueRule } from './boiler-survey-overdue-rule.ts';
import { coalReburningRule } from './coal-reburning-rule.ts';
import { districtDustfallOverLimitRule } from './district-dustfall-over-limit-rule.ts';
import { dustfallOverLimitRule } from './dustfall-over-limit-rule.ts';
import { emergencyNoncomplianceRule } from './emergency-noncompliance-rule.ts';
import { emissionStandardUnverifiedRule } from './emission-standard-unverified-rule.ts';
import { freightNoRailRule } from './freight-no-rail-rule.ts';
import { gateNotNetworkedRule } from './gate-not-networked-rule.ts';
import { heatingUnstableRule } from './heating-unstable-rule.ts';
import { heavyPollutionMeasureRule } from './heavy-pollution-measure-rule.ts';
import { illegalFuelOpenRule } from './illegal-fuel-open-rule.ts';
import { lowEfficiencyTreatmentRule } from './low-efficiency-treatment-rule.ts';
import { nrmmBannedInZoneRule } from './nrmm-banned-in-zone-rule.ts';
import { ozoneOutdoorWorksRule } from './ozone-outdoor-works-rule.ts';
import { ozoneVocStaggerRule } from './ozone-voc-stagger-rule.ts';
import { retrofitInProgressRule } from './retrofit-in-progress-rule.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { siteNeverInspectedRule } from './site-never-inspected-rule.ts';
import { sixHundredFailedRule } from './six-hundred-failed-rule.ts';
import { stackDataQualityRule } from './stack-data-quality-rule.ts';
import { stackExceedanceRule } from './stack-exceedance-rule.ts';
import { stackUleExceedanceRule } from './stack-ule-exceedance-rule.ts';
import { staggerBreachRule } from './stagger-breach-rule.ts';
import { staggerProductionRule } from './stagger-production-rule.ts';
import { uleAssessmentOverdueRule } from './ule-assessment-overdue-rule.ts';
import { vocChecklistGapsRule } from './voc-checklist-gaps-rule.ts';

/**
 * Every plan rule by id (one file each; a new rule is a new file and one line here). The order
 * of hits is {@link ruleIds}'s, not this object's.
 *
 * @example
 * ruleRegistry['coal-reburning'].task; // 7
 */
export const ruleRegistry: Readonly<Record<RuleId, RuleDefinition & { id: RuleId }>> = {
  'nrmm-banned-in-zone': nrmmBannedInZoneRule,
  'ozone-voc-stagger': ozoneVocStaggerRule,
  'ozone-outdoor-works': ozoneOutdoorWorksRule,
  'heavy-pollution-measure': heavyPollutionMeasureRule,
  'emergency-noncompliance': emergencyNoncomplianceRule,
  'stagger-production': staggerProductionRule,
  'stagger-breach': staggerBreachRule,
  'six-hundred-failed': sixHundredFailedRule,
  'site-never-inspected': siteNeverInspectedRule,
  'district-dustfall-over-limit': districtDustfallOverLimitRule,
  'dustfall-over-limit': dustfallOverLimitRule,
  'heating-unstable': heatingUnstableRule,
  'coal-reburning': coalReburningRule,
  'retrofit-in-progress': retrofitInProgressRule,
  'ule-assessment-overdue': uleAssessmentOverdueRule,
  'emission-standard-unverified': emissionStandardUnverifiedRule,
  'stack-ule-exceedance': stackUleExceedanceRule,
  'stack-exceedance': stackExceedanceRule,
  'stack-data-quality': stackDataQualityRule,
  'boiler-survey-overdue': boilerSurveyOverdueRule,
  'boiler-noncompliant': boilerNoncompliantRule,
  'low-efficiency-treatment': lowEfficiencyTreatmentRule,
  'activated-carbon-late': activatedCarbonLateRule,
  'voc-checklist-gaps': vocChecklistGapsRule,
  'freight-no-rail': freightNoRailRule,
  'gate-not-networked': gateNotNetworkedRule,
  'illegal-fuel-open': illegalFuelOpenRule,
};
