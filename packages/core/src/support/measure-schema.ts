import { z } from 'zod';
import { ORGANISATION_KINDS } from '../model/organisation.ts';

/** A support measure whose conditions are data (PRODUCT.md C6), so Klaster can say who it fits and why. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });

export const MEASURE_LEVELS = ['federal', 'regional', 'municipal'] as const;
export const MEASURE_KINDS = ['subsidy', 'insurance-contributions', 'tax', 'land-tax', 'rent', 'loan', 'consulting'] as const;

export const measureConditionsSchema = z.object({
  orgKinds: z.array(z.enum(ORGANISATION_KINDS)).optional(),
  smeOnly: z.boolean().optional(),
  clusterParticipant: z.boolean().optional(),
  clusterCompliant: z.boolean().optional(),
  spicParty: z.boolean().optional(),
  regions: z.array(z.string().regex(/^\d{2}$/)).optional(),
  /** OKTMO codes (or their prefixes) of the municipalities where the measure applies. */
  oktmo: z.array(z.string().regex(/^\d{2,11}$/)).optional(),
  okvedSections: z.array(z.string().regex(/^[A-U]$/)).optional(),
});

export const supportMeasureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: bilingual,
  level: z.enum(MEASURE_LEVELS),
  kind: z.enum(MEASURE_KINDS),
  legalBasis: z.string().min(1),
  /** Example data for the seed regions, not a verified legal act: shown as such. */
  example: z.boolean(),
  confidence: z.enum(['confirmed', 'assumed']),
  conditions: measureConditionsSchema,
  benefit: z.object({
    sharePercent: z.number().positive().max(100).optional(),
    ratePercent: z.number().min(0).max(100).optional(),
    capRub: z.number().positive().nullable().optional(),
    description: bilingual,
  }),
  /** The rule set that computes the amount, e.g. pp41 for the subsidy calculator. */
  ruleSet: z.string().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});

export const measureCatalogueSchema = z.object({
  catalogue: z.string().min(1),
  measures: z.array(supportMeasureSchema),
});

export type SupportMeasure = z.infer<typeof supportMeasureSchema>;
export type MeasureConditions = z.infer<typeof measureConditionsSchema>;
export type MeasureCatalogue = z.infer<typeof measureCatalogueSchema>;
