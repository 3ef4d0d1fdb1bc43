import { useState } from 'react';
import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { accountsApi, type Role, type UserRecord } from '../../api/accounts.ts';
import { ApiError } from '../../api/client.ts';
import type { ClusterListItem } from '../../api/types.ts';
import { errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { roleLabel, ROLES } from '../../lib/access.ts';
import { generatePassword, passwordAcceptable } from '../../lib/password-rules.ts';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { PasswordRules } from '../account/PasswordRules.tsx';
import { OrganisationSelect } from './OrganisationSelect.tsx';

/** The password itself in a fixed-width font (l and I, 0 and O apart); label and hint as everywhere. */
const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

interface FormValues {
  login: string;
  displayName: string;
  role: Role;
  regionCodes: string[];
  clusterId: number | null;
  organisationId: number | null;
  password: string;
}

/** The scope each role needs, as the server checks it (users.routes.ts checkScope); the others are sent empty. */
function scopeOf(v: FormValues): Pick<FormValues, 'regionCodes' | 'clusterId' | 'organisationId'> {
  return {
    regionCodes: v.role === 'regional_operator' ? v.regionCodes : [],
    clusterId: v.role === 'specialised_org' ? v.clusterId : null,
    organisationId: v.role === 'enterprise' ? v.organisationId : null,
  };
}

function scopeComplete(v: FormValues): boolean {
  if (v.role === 'regional_operator') return v.regionCodes.length > 0;
  if (v.role === 'specialised_org') return v.clusterId != null;
  if (v.role === 'enterprise') return v.organisationId != null;
  return true;
}

export interface UserSaved {
  user: UserRecord;
  /** The temporary password of a new account, to hand over; null after an edit. */
  password: string | null;
}

/**
 * Create an account (login, name, role, scope, temporary password the user replaces at first sign-in) or
 * change an existing one's name, role and scope.
 */
export function UserFormModal({ existing, clusters, onClose, onSaved }: { existing: UserRecord | null; clusters: ClusterListItem[]; onClose(): void; onSaved(result: UserSaved): void }) {
  const { t, lang, label } = useI18n();
  const regions = useRegions();
  const [values, setValues] = useState<FormValues>(() => existing
    ? { login: existing.login, displayName: existing.displayName, role: existing.role, regionCodes: existing.regionCodes, clusterId: existing.clusterId, organisationId: existing.organisationId, password: '' }
    : { login: '', displayName: '', role: 'regional_operator', regionCodes: [], clusterId: null, organisationId: null, password: generatePassword() });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const ready = values.login.trim().length >= 3 && values.displayName.trim() !== '' && scopeComplete(values) && (existing || passwordAcceptable(values.password, values.login.trim()));

  const submit = async () => {
    setBusy(true); setError(null); setFieldErrors({});
    try {
      const scope = scopeOf(values);
      const user = existing
        ? await accountsApi.updateUser(existing.id, { displayName: values.displayName.trim(), role: values.role, ...scope })
        : await accountsApi.createUser({ login: values.login.trim(), displayName: values.displayName.trim(), role: values.role, ...scope, password: values.password });
      onSaved({ user, password: existing ? null : values.password });
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(e.fieldErrors(lang));
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={<Text fw={650} size="lg">{existing ? t('users.editTitle', { login: existing.login }) : t('users.createTitle')}</Text>}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="user-form">
        <Stack gap="md">
          {error && <Alert color="red" role="alert" data-testid="user-form-error">{errorText(error, lang)}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('auth.login')} description={existing ? undefined : t('users.loginHint')} required disabled={!!existing} value={values.login}
              onChange={(e) => set('login', e.currentTarget.value)} error={fieldErrors.login} data-testid="user-form-login" autoComplete="off" />
            <TextInput label={t('acc.displayName')} description={t('users.displayNameHint')} required value={values.displayName}
              onChange={(e) => set('displayName', e.currentTarget.value)} error={fieldErrors.displayName} data-testid="user-form-name" />
          </SimpleGrid>
          <Select label={t('auth.role')} required allowDeselect={false} value={values.role} onChange={(v) => v && set('role', v as Role)} error={fieldErrors.role}
            data={ROLES.map((r) => ({ value: r, label: roleLabel(r, label) }))} data-testid="user-form-role" />
          {values.role === 'regional_operator' && (
            <MultiSelect label={t('users.regions')} required searchable data={regionOptions(regions, lang)} value={values.regionCodes}
              onChange={(v) => set('regionCodes', v)} error={fieldErrors.regionCodes} data-testid="user-form-regions" />
          )}
          {values.role === 'specialised_org' && (
            <Select label={t('users.cluster')} required searchable data={clusters.map((c) => ({ value: String(c.id), label: c.name }))}
              value={values.clusterId ? String(values.clusterId) : null} onChange={(v) => set('clusterId', v ? Number(v) : null)} error={fieldErrors.clusterId} data-testid="user-form-cluster" />
          )}
          {values.role === 'enterprise' && (
            <OrganisationSelect label={t('users.organisation')} value={values.organisationId} onChange={(id) => set('organisationId', id)} error={fieldErrors.organisationId} />
          )}
          {(values.role === 'admin' || values.role === 'expert') && <Text size="sm" c="dimmed">{values.role === 'admin' ? t('acc.scopeAll') : t('acc.scopeExpert')}</Text>}
          {!existing && (
            <>
              <Group align="flex-end" gap="xs">
                <TextInput label={t('users.tempPassword')} description={t('users.tempPasswordHint')} required value={values.password} style={{ flex: 1 }} styles={MONO_INPUT}
                  onChange={(e) => set('password', e.currentTarget.value)} error={fieldErrors.password} data-testid="user-form-password" autoComplete="off" />
                <Button variant="default" onClick={() => set('password', generatePassword())}>{t('users.generate')}</Button>
              </Group>
              <PasswordRules password={values.password} login={values.login.trim()} />
            </>
          )}
          {existing && <Text size="xs" c="dimmed">{t('users.scopeChangeEndsSessions')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy} disabled={!ready} data-testid="user-save">{existing ? t('common.save') : t('users.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
