import { z } from 'zod';
import { ORGANISATION_KINDS, LINK_SOURCES, CLUSTER_KINDS, CLUSTER_STATUSES, PARTICIPANT_ROLES, PREFERENCE_KINDS } from '@klaster/core';
import { listParam, pageQuery } from './common.ts';

const nullableString = z.string().nullable();

export const OrganisationYear = z.object({ year: z.number().int(), headcount: z.number().nullable(), revenue: z.number().nullable() });

export const Organisation = z
  .object({
    id: z.number().int(), inn: z.string(), ogrn: nullableString, kpp: nullableString, name: z.string(), shortName: nullableString,
    kind: z.string(), okvedMain: z.string(), okvedExtra: z.array(z.string()), regionCode: z.string(), regionName: z.string(),
    oktmo: nullableString, municipalityName: nullableString, address: nullableString, lat: z.number().nullable(), lon: z.number().nullable(),
    years: z.array(OrganisationYear), dataYear: z.number().nullable(), headcount: z.number().nullable(), revenue: z.number().nullable(),
    smeCategory: nullableString, products: z.array(z.object({ okpd2: z.string(), name: nullableString })), isDemo: z.boolean(),
    version: z.number().int(), createdAt: z.string(), updatedAt: z.string(), deletedAt: nullableString,
  })
  .meta({ id: 'Organisation' });

export const OrganisationQuery = z.object({
  q: z.string().max(200).optional(),
  region: listParam,
  kind: listParam,
  sme: listParam,
  okved: z.string().regex(/^[A-Z]|\d{2}(\.\d{1,2}){0,2}$/).optional(),
  cluster: z.coerce.number().int().positive().optional(),
  includeDeleted: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', '-name', 'headcount', '-headcount', 'revenue', '-revenue', 'inn', '-inn']).optional(),
  ...pageQuery,
});

/** The body of POST/PUT: the same shape as an import row, validated by the same rules. */
export const OrganisationInputBody = z
  .object({
    inn: z.string(), ogrn: z.string().nullish(), kpp: z.string().nullish(), name: z.string().min(1).max(1000),
    shortName: z.string().max(500).nullish(), kind: z.enum(ORGANISATION_KINDS), okvedMain: z.string(),
    okvedExtra: z.array(z.string()).max(100).optional(), regionCode: z.string(), oktmo: z.string().nullish(),
    address: z.string().max(2000).nullish(), lat: z.number().min(-90).max(90).nullish(), lon: z.number().min(-180).max(180).nullish(),
    years: z.array(z.object({ year: z.number().int().min(1990).max(2100), headcount: z.number().int().min(0).nullable(), revenue: z.number().min(0).nullable() })).max(50).optional(),
    products: z.array(z.object({ okpd2: z.string().regex(/^\d{2}(\.\d{1,3}){0,3}$/), name: z.string().max(500).nullish() })).max(500).optional(),
  });

export const Link = z
  .object({
    id: z.number().int(), supplierId: z.number().int(), supplierInn: z.string(), supplierName: z.string(), buyerId: z.number().int(),
    buyerInn: z.string(), buyerName: z.string(), regionCode: z.string(), okpd2: z.string(), product: nullableString,
    year: z.number().int(), volume: z.number(), source: z.string(), isDemo: z.boolean(),
  })
  .meta({ id: 'Link' });

export const LinkQuery = z.object({
  organisation: z.coerce.number().int().positive().optional(),
  region: listParam,
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  cluster: z.coerce.number().int().positive().optional(),
  page: pageQuery.page,
  pageSize: z.coerce.number().int().min(1).max(5000).default(100),
});

export const LinkInputBody = z
  .object({
    supplierInn: z.string(), buyerInn: z.string(), okpd2: z.string().regex(/^(\d{2}(\.\d{1,3}){0,3})?$/).nullish(),
    product: z.string().max(500).nullish(), year: z.number().int().min(1990).max(2100), volume: z.number().min(0).max(1e15),
    source: z.enum(LINK_SOURCES),
  });

export const ClusterListItem = z
  .object({
    id: z.number().int(), code: z.string(), name: z.string(), kind: z.string(), status: z.string(), specialization: z.string(),
    regions: z.array(z.string()), regionNames: z.array(z.string()), participantCount: z.number().int(), industrialCount: z.number().int(),
    smeCount: z.number().int(), specializedOrgName: nullableString, isDemo: z.boolean(),
  })
  .meta({ id: 'ClusterListItem' });

export const ClusterQuery = z.object({ q: z.string().max(200).optional(), region: listParam, kind: listParam, status: listParam, ...pageQuery });

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'дата в формате ГГГГ-ММ-ДД');

export const ClusterInputBody = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'код: латинские строчные буквы, цифры и дефис'),
    name: z.string().min(1).max(500), kind: z.enum(CLUSTER_KINDS), specialization: z.string().max(1000), status: z.enum(CLUSTER_STATUSES),
    regions: z.array(z.string().regex(/^\d{2}$/)).min(1).max(89), municipalities: z.array(z.string()).max(500).optional(),
    specializedOrgInn: z.string().nullish(), registryDecisionDate: dateString.nullish(),
    developmentProgrammeFrom: dateString.nullish(), developmentProgrammeTo: dateString.nullish(),
    participants: z.array(z.object({ inn: z.string(), role: z.enum(PARTICIPANT_ROLES), joinedOn: dateString.nullish(), leftOn: dateString.nullish(), specialTerritory: z.boolean().optional() })).max(5000),
    agreements: z.array(z.object({ title: z.string().min(1).max(500), number: z.string().max(100).nullish(), signedOn: dateString.nullish(), kind: z.enum(['cooperation', 'accession', 'other']).optional(), parties: z.array(z.object({ inn: z.string().nullish(), name: z.string().max(500).nullish() })).min(1).max(500) })).max(200).optional(),
    preferences: z.array(z.object({ inn: z.string().nullish(), kind: z.enum(PREFERENCE_KINDS), description: z.string().min(1).max(2000), grantedBy: z.string().min(1).max(500), validFrom: dateString.nullish(), validTo: dateString.nullish() })).max(1000).optional(),
  });

/** Objects whose changes history records (packages/db writes them: registry rows, joint projects, applications). */
export const HISTORY_ENTITIES = ['organisation', 'link', 'cluster', 'project', 'application'] as const;
export const HistoryQuery = z.object({ entity: z.enum(HISTORY_ENTITIES).optional(), entityId: z.coerce.number().int().positive().optional(), ...pageQuery });

export const HistoryEntry = z
  .object({
    id: z.number().int(), entity: z.string(), entityId: z.number().int(), action: z.string(), actor: z.string(), at: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()).nullable(), changedFields: z.array(z.string()),
  })
  .meta({ id: 'HistoryEntry' });

export const ImportKind = z.enum(['organisations', 'links', 'clusters']);
/** Imported through /api/import/needs|capabilities (matchmaking); templates, no exports. */
export const MATCHMAKING_IMPORT_KINDS = ['needs', 'capabilities'] as const;
/** Everything a file can be imported as, each with a template: the registry kinds, matchmaking, purchases and reference totals. */
export const ImportFileKind = z.enum([...ImportKind.options, ...MATCHMAKING_IMPORT_KINDS, 'purchases', 'reference-totals']);
export const ExportFormat = z.enum(['csv', 'xlsx', 'json']);

export const RowErrorSchema = z.object({
  rowNumber: z.number().int(), column: z.string(), field: z.string(), value: z.string(), reasonRu: z.string(), reasonEn: z.string(),
  /** The worksheet, where a file's parts sit on several (clusters: «Кластеры», «Соглашения», «Льготы»). */
  sheet: z.string().optional(),
});

export const ImportReport = z
  .object({
    runId: z.number().int(), kind: ImportFileKind, fileName: z.string(), mode: z.enum(['all', 'valid']),
    status: z.enum(['written', 'refused']), format: z.string(), encoding: z.string().nullable(), delimiter: z.string().nullable(),
    rowsTotal: z.number().int().describe('data rows in the file (all sheets)'),
    rowsValid: z.number().int().describe('valid records: an organisation of several year rows, a cluster of many participant rows count once'),
    rowsInvalid: z.number().int().describe('rows with at least one error'),
    created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), restored: z.number().int(),
    errors: z.array(RowErrorSchema), message: z.string(), messageEn: z.string(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

/** GET /api/import/progress/{key}: how far an upload has got while the server works on it. */
export const ImportProgress = z
  .object({
    phase: z.enum(['reading', 'validating', 'writing', 'finished']),
    /** Data rows in the file, once it has been read. */
    rowsTotal: z.number().int().nullable(),
    /** Rows validated so far (organisations are validated and written together; other kinds report at the end). */
    rowsValidated: z.number().int(),
    /** Records handed to the database so far. */
    recordsSent: z.number().int(),
  })
  .meta({ id: 'ImportProgress' });
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ClusterProfile = z
  .object({
    id: z.number().int(), code: z.string(), name: z.string(), kind: z.string(), specialization: z.string(), status: z.string(),
    regions: z.array(z.string()), municipalities: z.array(z.string()), specializedOrgInn: nullableString,
    registryDecisionDate: nullableString, developmentProgrammeFrom: nullableString, developmentProgrammeTo: nullableString,
    isDemo: z.boolean(), deleted: z.boolean(), version: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
    participants: z.array(z.object({ inn: z.string(), role: z.string(), joinedOn: nullableString, leftOn: nullableString, specialTerritory: z.boolean() })),
    agreements: z.array(z.object({ title: z.string(), number: nullableString, signedOn: nullableString, kind: z.string(), parties: z.array(z.object({ inn: nullableString, name: nullableString })) })),
    preferences: z.array(z.object({ inn: nullableString, kind: z.string(), description: z.string(), grantedBy: z.string(), validFrom: nullableString, validTo: nullableString })),
    specializedOrg: z.object({ id: z.number().int(), inn: z.string(), name: z.string(), ogrn: nullableString }).nullable(),
    participantsDetailed: z.array(z.object({
      organisationId: z.number().int(), inn: z.string(), name: z.string(), kind: z.string(), okvedMain: z.string(), regionCode: z.string(),
      oktmo: nullableString, municipalityName: nullableString, smeCategory: nullableString, headcount: z.number().nullable(), revenue: z.number().nullable(),
      lat: z.number().nullable(), lon: z.number().nullable(), role: z.string(), joinedOn: nullableString, leftOn: nullableString, specialTerritory: z.boolean(),
    })),
  })
  .meta({ id: 'ClusterProfile' });
