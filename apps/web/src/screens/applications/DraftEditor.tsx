import { Checkbox, Group, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import type { PackageDocument } from '../../api/projects-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate } from '../../lib/format.ts';
import type { DocumentFields, DraftForm } from './draft-form.ts';

const errorProps = (key: string) => ({ 'data-testid': `error-${key}` });

interface Props {
  form: DraftForm;
  documents: PackageDocument[];
  /** null: read only (the application is closed, or the reader does not manage the cluster). */
  onChange: ((next: DraftForm) => void) | null;
  err(key: string): string | undefined;
}

/**
 * What the applicant writes into an application (PUT /api/applications/:id/draft): contacts, a cover letter,
 * and the documents to attach with their title, number and date. Generated parts are listed, not edited.
 */
export function DraftEditor({ form, documents, onChange, err }: Props) {
  const { t, lang } = useI18n();
  const ro = onChange === null;
  const set = (patch: Partial<DraftForm>) => onChange?.({ ...form, ...patch });
  const setDoc = (code: string, patch: Partial<DocumentFields>) => onChange?.({ ...form, documents: { ...form.documents, [code]: { ...form.documents[code]!, ...patch } } });
  const text = (key: 'contactPerson' | 'contactEmail' | 'contactPhone', label: string) => (
    <TextInput label={label} value={form[key]} readOnly={ro} onChange={(e) => set({ [key]: e.currentTarget.value })} error={err(key)} errorProps={errorProps(key)} data-testid={`draft-${key}`} maxLength={300} />
  );
  return (
    <Stack gap="sm" data-testid="draft-editor">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {text('contactPerson', t('ap.contactPerson'))}
        {text('contactEmail', t('ap.contactEmail'))}
        {text('contactPhone', t('ap.contactPhone'))}
      </SimpleGrid>
      <Textarea label={t('ap.coverLetter')} autosize minRows={3} maxRows={12} readOnly={ro} value={form.coverLetter} onChange={(e) => set({ coverLetter: e.currentTarget.value })} error={err('coverLetter')} data-testid="draft-coverLetter" />
      <Text size="sm" fw={600} mt="xs">{t('ap.documents')}</Text>
      <Table fz="sm" verticalSpacing={6} data-testid="draft-documents">
        <Table.Thead><Table.Tr><Table.Th>{t('ap.document')}</Table.Th><Table.Th>{t('ap.docTitle')}</Table.Th><Table.Th>{t('ap.docNumber')}</Table.Th><Table.Th>{t('ap.docDate')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {documents.map((d) => {
            const label = lang === 'en' ? d.en : d.ru;
            if (d.source === 'generated') {
              return <Table.Tr key={d.code} data-code={d.code}><Table.Td colSpan={4}><Group gap={6}><Text size="sm">✓ {label}</Text><Text size="xs" c="dimmed">{t('ap.generated')}</Text></Group></Table.Td></Table.Tr>;
            }
            const f = form.documents[d.code]!;
            return (
              <Table.Tr key={d.code} data-testid="draft-document" data-code={d.code} style={{ verticalAlign: 'top' }}>
                <Table.Td maw={320}>
                  <Checkbox label={label} checked={f.attached} disabled={ro} onChange={(e) => setDoc(d.code, { attached: e.currentTarget.checked })} data-testid={`doc-${d.code}-attached`} />
                  {err(`doc.${d.code}`) && <Text size="xs" c="red" mt={4} role="alert" data-testid={`error-doc.${d.code}`}>{err(`doc.${d.code}`)}</Text>}
                </Table.Td>
                <Table.Td miw={220}><TextInput aria-label={t('ap.docTitle')} disabled={!f.attached} readOnly={ro} value={f.title} onChange={(e) => setDoc(d.code, { title: e.currentTarget.value })} error={err(`doc.${d.code}.title`)} errorProps={errorProps(`doc.${d.code}.title`)} data-testid={`doc-${d.code}-title`} maxLength={500} /></Table.Td>
                <Table.Td w={130}><TextInput aria-label={t('ap.docNumber')} disabled={!f.attached} readOnly={ro} value={f.number} onChange={(e) => setDoc(d.code, { number: e.currentTarget.value })} error={err(`doc.${d.code}.number`)} maxLength={100} /></Table.Td>
                <Table.Td w={160}>{ro ? <Text size="sm">{formatDate(f.date)}</Text> : <DateField value={f.date} disabled={!f.attached} onChange={(v) => setDoc(d.code, { date: v })} error={err(`doc.${d.code}.date`)} w={150} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
