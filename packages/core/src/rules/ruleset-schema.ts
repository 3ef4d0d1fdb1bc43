import { z } from 'zod';

/**
 * A rule set is data (RULES.md): each requirement names its thresholds, legal basis and confidence,
 * so an operator can drop in a newer version without a code change.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const thresholdValue = z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.string())]);

export const CONFIDENCES = ['confirmed', 'assumed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const requirementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  thresholds: z.record(z.string(), thresholdValue),
  confidence: z.enum(CONFIDENCES),
  legalBasis: z.string().min(1),
  description: bilingual,
});

export const ruleSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
    version: z.string().min(1),
    effectiveFrom: isoDate,
    legalBasis: z.string().min(1),
    title: bilingual,
    /** Rule-set-wide settings, e.g. the validity period of a registry decision. */
    settings: z.record(z.string(), thresholdValue).optional(),
    requirements: z.array(requirementSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.requirements.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['requirements', i, 'id'], message: `duplicate requirement id ${r.id}` });
      seen.add(r.id);
    });
  });

export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleRequirement = z.infer<typeof requirementSchema>;
export type ThresholdValue = z.infer<typeof thresholdValue>;

/** `pp779@2021-11-16`: how a check names the rule set it used. */
export function ruleSetRef(set: Pick<RuleSet, 'id' | 'version'>): string {
  return `${set.id}@${set.version}`;
}
