import type { Confidence } from './ruleset-schema.ts';

export const PP779_REQUIREMENT_IDS = [
  'industrial-participants',
  'cooperation-contracts',
  'newcomers',
  'functional-dependence',
  'import-share',
  'specialized-organization',
  'development-programme',
  'territory',
] as const;
export type Pp779RequirementId = (typeof PP779_REQUIREMENT_IDS)[number];

export type RequirementStatus = 'pass' | 'fail' | 'unknown';

/** What the figures measure, so a reader can print them: a count, a share (0…1), years, or yes/no (1/0). */
export type FigureUnit = 'count' | 'share' | 'years' | 'flag';

/** The outcome of one requirement, with the figure found and the figure required. */
export interface RequirementOutcome {
  status: RequirementStatus;
  found: number | null;
  required: number;
  /** How found compares to required when the requirement holds. */
  comparator: '>=' | '<=';
  unit: FigureUnit;
  message: string;
  messageEn: string;
  formula?: string;
  /** Which data was missing (JSON paths or names) when the status is unknown. */
  missing?: string[];
}

export interface RequirementResult extends RequirementOutcome {
  id: Pp779RequirementId;
  confidence: Confidence;
  legalBasis: string;
}

export interface CheckWarning {
  code: string;
  message: string;
  messageEn: string;
}

export interface Pp779CheckResult {
  ruleset: string;
  asOf: string;
  compliant: boolean;
  /** The latest year in purchases (RULES.md), or null when there are none. */
  checkYear: number | null;
  requirements: RequirementResult[];
  warnings: CheckWarning[];
}
