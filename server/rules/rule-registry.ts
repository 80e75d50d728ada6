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
import { publicReportOpenRule } from './public-report-open-rule.ts';
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
import { stockyardControlsFailedRule } from './stockyard-controls-failed-rule.ts';
import { stockyardNeverInspectedRule } from './stockyard-never-inspected-rule.ts';
import { uleAssessmentOverdueRule } from './ule-assessment-overdue-rule.ts';
import { vocChecklistGapsRule } from './voc-checklist-gaps-rule.ts';
import { carbonFillShortRule } from './carbon-fill-short-rule.ts';
import { carbonNotTransferredRule } from './carbon-not-transferred-rule.ts';
import { vocMaterialOverLimitRule } from './voc-material-over-limit-rule.ts';
import { vehicleCheckFailedRule } from './vehicle-check-failed-rule.ts';
import { repairShopTamperingRule } from './repair-shop-tampering-rule.ts';
import { roadDustLoadHighRule } from './road-dust-load-high-rule.ts';
import { roadSweepingBehindRule } from './road-sweeping-behind-rule.ts';
import { muckIllegalDumpingRule } from './muck-illegal-dumping-rule.ts';
import { muckOffRouteRule } from './muck-off-route-rule.ts';
import { muckOutOfHoursRule } from './muck-out-of-hours-rule.ts';
import { muckSpillRule } from './muck-spill-rule.ts';
import { dieselTruckPhaseOutRule } from './diesel-truck-phase-out-rule.ts';
import { leanBurnGasTruckRule } from './lean-burn-gas-truck-rule.ts';
import { municipalVehicleNotCleanRule } from './municipal-vehicle-not-clean-rule.ts';
import { bulkFreightDirtyTruckRule } from './bulk-freight-dirty-truck-rule.ts';
import { builtUpHeavyPolluterRule } from './built-up-heavy-polluter-rule.ts';
import { caseRectificationOverdueRule } from './case-rectification-overdue-rule.ts';
import { fuelSampleFailedRule } from './fuel-sample-failed-rule.ts';
import { coalKilnConversionRule } from './coal-kiln-conversion-rule.ts';
import { coalKilnNewRule } from './coal-kiln-new-rule.ts';
import { coalSubstitutionShortRule } from './coal-substitution-short-rule.ts';
import { coalUseRisingRule } from './coal-use-rising-rule.ts';
import { highEnergyPolicyUnmetRule } from './high-energy-policy-unmet-rule.ts';

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
  'built-up-heavy-polluter': builtUpHeavyPolluterRule,
  'six-hundred-failed': sixHundredFailedRule,
  'site-never-inspected': siteNeverInspectedRule,
  'district-dustfall-over-limit': districtDustfallOverLimitRule,
  'dustfall-over-limit': dustfallOverLimitRule,
  'heating-unstable': heatingUnstableRule,
  'coal-reburning': coalReburningRule,
  'high-energy-policy-unmet': highEnergyPolicyUnmetRule,
  'coal-substitution-short': coalSubstitutionShortRule,
  'coal-use-rising': coalUseRisingRule,
  'coal-kiln-new': coalKilnNewRule,
  'coal-kiln-conversion': coalKilnConversionRule,
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
  'carbon-fill-short': carbonFillShortRule,
  'carbon-not-transferred': carbonNotTransferredRule,
  'voc-material-over-limit': vocMaterialOverLimitRule,
  'freight-no-rail': freightNoRailRule,
  'gate-not-networked': gateNotNetworkedRule,
  'illegal-fuel-open': illegalFuelOpenRule,
  'public-report-open': publicReportOpenRule,
  'case-rectification-overdue': caseRectificationOverdueRule,
  'vehicle-check-failed': vehicleCheckFailedRule,
  'repair-shop-tampering': repairShopTamperingRule,
  'road-sweeping-behind': roadSweepingBehindRule,
  'road-dust-load-high': roadDustLoadHighRule,
  'muck-off-route': muckOffRouteRule,
  'muck-out-of-hours': muckOutOfHoursRule,
  'muck-illegal-dumping': muckIllegalDumpingRule,
  'muck-spill': muckSpillRule,
  'stockyard-controls-failed': stockyardControlsFailedRule,
  'stockyard-never-inspected': stockyardNeverInspectedRule,
  'diesel-truck-phase-out': dieselTruckPhaseOutRule,
  'lean-burn-gas-truck': leanBurnGasTruckRule,
  'municipal-vehicle-not-clean': municipalVehicleNotCleanRule,
  'bulk-freight-dirty-truck': bulkFreightDirtyTruckRule,
  'fuel-sample-failed': fuelSampleFailedRule,
};
