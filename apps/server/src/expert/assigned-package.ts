import { ApplicationPackage, type SessionUser } from '@klaster/contract';
import { getApplicationVersion, type Database } from '@klaster/db';
import type { ApplicationPackageData } from '../applications/assemble-package.ts';
import { applicationPdf } from '../applications/application-pdf.ts';
import { applicationXlsx } from '../applications/application-xlsx.ts';
import { EXPORT_CONTENT_TYPES } from '../services/export.service.ts';
import { conflict } from './expert-errors.ts';
import { assignmentFor } from './scoring.service.ts';

/**
 * The package an expert reviews, as a file: the frozen version of the assignment, printed by the applications
 * module. The applications route reads by cluster scope, and an expert's scope is the public one — an
 * application of a cluster not yet in the registry would answer them 404. Here the assignment is the
 * permission (the expert it belongs to, or the secretary), and the version is the assigned one, never newer.
 */
export async function assignedPackageFile(db: Database, user: SessionUser, id: number, format: 'pdf' | 'xlsx'): Promise<{ body: Buffer; type: string; fileName: string }> {
  const a = await assignmentFor(db, user, id);
  const version = (await getApplicationVersion(db, a.applicationId, a.version))!;
  const parsed = ApplicationPackage.safeParse(version.frozen);
  if (!parsed.success)
    throw conflict(`Версия ${a.version} заявки № ${a.applicationId} сохранена не как пакет заявки: выгрузить её нельзя`,
      `Version ${a.version} of application ${a.applicationId} was not stored as an application package: it cannot be exported`);
  const pkg: ApplicationPackageData = parsed.data;
  const meta = { version: a.version, submittedAt: version.submittedAt };
  return {
    body: format === 'pdf' ? await applicationPdf(pkg, meta) : await applicationXlsx(pkg, meta),
    type: format === 'pdf' ? 'application/pdf' : EXPORT_CONTENT_TYPES.xlsx,
    fileName: `klaster-application-${a.applicationId}-v${a.version}.${format}`,
  };
}
