import { z } from 'zod';
import { checkInn } from '../identifiers/checksums.ts';

/**
 * The cluster dossier (RULES.md "The cluster dossier"): the interchange format of a rules check.
 * Participant INNs are checked here (a wrong checksum makes the dossier invalid); the specialised
 * organisation's INN and OGRN are only checked for shape, because their validity is itself a
 * registry requirement that the check must report as a failure, not as an unreadable file.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine(
  (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  'not a calendar date',
);
const regionCode = z.string().regex(/^\d{2}$/, 'expected a two-digit region code');
const okvedCode = z.string().regex(/^\d{2}(\.\d{1,2}){0,2}$/, 'expected an OKVED2 code such as 21.20');
const year = z.number().int().min(1990).max(2100);
const roubles = z.number().finite().nonnegative();

const validInn = z.string().superRefine((value, ctx) => {
  const problem = checkInn(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `invalid INN: ${problem.en}` });
});
const innShape = z.string().regex(/^\d{10}(\d{2})?$/, 'expected an INN of 10 or 12 digits');

export const specializedOrganizationSchema = z.object({
  inn: z.string().regex(/^\d+$/, 'expected digits'),
  ogrn: z.string().regex(/^\d+$/, 'expected digits'),
  name: z.string().min(1),
  inLiquidation: z.boolean().optional(),
});

export const developmentProgrammeSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'programme ends before it starts', path: ['to'] });

export const dossierClusterSchema = z.object({
  name: z.string().min(1),
  regions: z.array(regionCode).min(1),
  specializedOrganization: specializedOrganizationSchema.nullable().optional(),
  developmentProgramme: developmentProgrammeSchema.nullable().optional(),
  /** Date of the registry decision: drives the 5-year validity warning. */
  registryDecisionDate: isoDate.nullable().optional(),
});

export const dossierParticipantSchema = z.object({
  inn: validInn,
  name: z.string().min(1),
  okved: okvedCode,
  region: regionCode,
  specialTerritory: z.boolean().optional(),
  joinedOn: isoDate.nullable().optional(),
});

export const CONTRACT_KINDS = ['supply', 'joint-project', 'works', 'spic'] as const;

export const dossierContractSchema = z.object({
  supplier: innShape,
  buyer: innShape,
  kind: z.enum(CONTRACT_KINDS),
  year,
  amount: roubles,
});

export const dossierPurchaseSchema = z
  .object({ buyer: innShape, year, intermediateTotal: roubles, imported: roubles })
  .refine((p) => p.imported <= p.intermediateTotal, { message: 'imported exceeds intermediateTotal', path: ['imported'] });

export const dossierSchema = z
  .object({
    asOf: isoDate.optional(),
    cluster: dossierClusterSchema,
    participants: z.array(dossierParticipantSchema),
    contracts: z.array(dossierContractSchema),
    purchases: z.array(dossierPurchaseSchema),
  })
  .superRefine((dossier, ctx) => {
    const seen = new Map<string, number>();
    dossier.participants.forEach((p, i) => {
      const first = seen.get(p.inn);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['participants', i, 'inn'], message: `duplicate INN, already at participants[${first}]` });
      else seen.set(p.inn, i);
    });
  });

export type Dossier = z.infer<typeof dossierSchema>;
export type DossierCluster = z.infer<typeof dossierClusterSchema>;
export type DossierParticipant = z.infer<typeof dossierParticipantSchema>;
export type DossierContract = z.infer<typeof dossierContractSchema>;
export type DossierPurchase = z.infer<typeof dossierPurchaseSchema>;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export type SpecializedOrganization = z.infer<typeof specializedOrganizationSchema>;

