import { REGIME_LABELS, SLA_GOAL_LABELS } from '@vigil/shared/domain';
import type { RegulatoryRegime, Severity, SlaGoalKind } from '@vigil/web/data-access';

export const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

/** The goals a policy sets, in the order the grid shows them (regulators set their own). */
export const POLICY_GOAL_KINDS: readonly SlaGoalKind[] = [
  'ACKNOWLEDGE',
  'RESPOND',
  'CLIENT_UPDATE',
  'REPORT',
];

/** Every kind a report may show, in the same order. */
export const GOAL_KINDS: readonly SlaGoalKind[] = [...POLICY_GOAL_KINDS, 'REGULATORY'];

export function goalLabel(kind: SlaGoalKind | string): string {
  return (SLA_GOAL_LABELS as Record<string, string>)[kind] ?? kind;
}

export function regimeLabel(regime: RegulatoryRegime | string): string {
  return (REGIME_LABELS as Record<string, string>)[regime] ?? regime;
}

/** Every regime, in the order the domain lists them. */
export const REGIMES = Object.keys(REGIME_LABELS) as RegulatoryRegime[];

/** One line per regime: who it is for and what it asks after an incident. */
export const REGIME_EXPLANATIONS: Record<RegulatoryRegime, string> = {
  EU_GDPR:
    'Personal data under EU law: tell the supervisory authority within 72 hours of becoming aware of a breach.',
  UK_GDPR:
    'Personal data under UK law: tell the Information Commissioner’s Office within 72 hours of becoming aware of a breach.',
  NIS2_ESSENTIAL:
    'An essential entity under NIS2: early warning in 24 hours, notification in 72 hours, final report a month later.',
  NIS2_IMPORTANT:
    'An important entity under NIS2: the same 24-hour, 72-hour and one-month reports for a significant incident.',
  DORA: 'An EU financial entity: initial notice within 4 hours of classing an ICT incident as major (24 hours at most).',
  SEC: 'A US public company: file Form 8-K within four business days of deciding an incident is material.',
  HIPAA_COVERED_ENTITY:
    'A US health plan or provider: tell affected people (and HHS) within 60 days of discovering a breach.',
  HIPAA_BUSINESS_ASSOCIATE:
    'Works with health data for a covered entity: tell that entity within 60 days of discovering a breach.',
  PCI_DSS_MERCHANT:
    'Takes card payments: tell the acquirer and card brands at once (Vigil allows 24 hours) when card data may be exposed.',
};

const MEASURES: Record<string, string> = {
  ACKNOWLEDGE: 'Time to acknowledge',
  CONTAIN: 'Time to contain',
  RECOVER: 'Time to recover',
};

export function measureLabel(measure: string): string {
  return MEASURES[measure] ?? measure;
}
