import type { ApiErrorDetail } from '../../api/client.ts';
import type { Application, ApplicationDraft } from '../../api/projects-types.ts';

/**
 * The applicant's part of an application as the draft editor holds it: contacts, cover letter, and for each
 * document the applicant must attach (by code, in the package's order) whether it is attached and its title,
 * number and date. Everything else of the package the server assembles from the registry.
 */
export interface DocumentFields { attached: boolean; title: string; number: string; date: string | null }
export interface DraftForm {
  contactPerson: string;
  contactEmail: string;
  contactPhone: string;
  coverLetter: string;
  documents: Record<string, DocumentFields>;
}

export function draftFormFrom(draft: Application['draft'], attachedCodes: readonly string[]): DraftForm {
  const documents: Record<string, DocumentFields> = {};
  for (const code of attachedCodes) {
    const d = draft.documents.find((x) => x.code === code);
    documents[code] = { attached: !!d, title: d?.title ?? '', number: d?.number ?? '', date: d?.date ?? null };
  }
  return { contactPerson: draft.contactPerson ?? '', contactEmail: draft.contactEmail ?? '', contactPhone: draft.contactPhone ?? '', coverLetter: draft.coverLetter ?? '', documents };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** The codes sent, in the order sent: an error naming "documents[i]" is about the i-th of them. */
export function sentCodes(form: DraftForm, attachedCodes: readonly string[]): string[] {
  return attachedCodes.filter((c) => form.documents[c]?.attached);
}

/** The body of PUT /api/applications/:id/draft. */
export function draftBody(form: DraftForm, attachedCodes: readonly string[]): ApplicationDraft {
  return {
    contactPerson: blank(form.contactPerson), contactEmail: blank(form.contactEmail), contactPhone: blank(form.contactPhone),
    coverLetter: form.coverLetter.trim() === '' ? null : form.coverLetter,
    documents: sentCodes(form, attachedCodes).map((code) => {
      const d = form.documents[code]!;
      return { code, title: d.title.trim(), number: blank(d.number), date: d.date };
    }),
  };
}

/** Attached documents without a title: the schema would refuse them (in English), so the editor asks first. */
export function missingTitles(form: DraftForm, attachedCodes: readonly string[]): string[] {
  return sentCodes(form, attachedCodes).filter((c) => form.documents[c]!.title.trim() === '').map((c) => `doc.${c}.title`);
}

/**
 * Field keys of the editor for the details of a refusal: "body.contactEmail" → "contactEmail",
 * "body.documents[1].title" → "doc.<second sent code>.title", "body.documents.1.code" → "doc.<code>", and the
 * submission's "draft.documents" (value: the missing code) → "doc.<code>". What has no field stays unplaced.
 */
export function placeDraftErrors(details: readonly ApiErrorDetail[], sent: readonly string[], lang: 'ru' | 'en'): { byField: Record<string, string>; unplaced: ApiErrorDetail[] } {
  const byField: Record<string, string> = {};
  const unplaced: ApiErrorDetail[] = [];
  for (const d of details) {
    const path = d.path.replace(/\[(\d+)\]/g, '.$1');
    const message = lang === 'en' && d.messageEn ? d.messageEn : d.message;
    const doc = /^body\.documents\.(\d+)(?:\.(\w+))?$/.exec(path);
    let key: string | null = null;
    if (doc && sent[Number(doc[1])]) key = doc[2] && doc[2] !== 'code' ? `doc.${sent[Number(doc[1])]}.${doc[2]}` : `doc.${sent[Number(doc[1])]}`;
    else if (path === 'draft.documents' && typeof d.value === 'string') key = `doc.${d.value}`;
    else if (/^body\.(contactPerson|contactEmail|contactPhone|coverLetter)$/.test(path)) key = path.slice(5);
    if (key === null) unplaced.push(d);
    else byField[key] = byField[key] ? `${byField[key]}; ${message}` : message;
  }
  return { byField, unplaced };
}
