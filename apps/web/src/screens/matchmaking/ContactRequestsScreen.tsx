import { useState } from 'react';
import { Alert, Badge, Button, CloseButton, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ContactRequest, Link, Organisation, OrganisationProfile, Page } from '../../api/types.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorState, errorText } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDateTime, formatRub } from '../../lib/format.ts';
import { navigate, RouterLink, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { OrganisationPicker } from '../rules/OrganisationPicker.tsx';
import { RequestStatusBadge } from './ContactRequestAction.tsx';
import { mayAnswer } from './permissions.ts';

type Direction = 'all' | 'incoming' | 'outgoing';

/** Accept or decline: only the side that received the request answers it; accepting declares the link. */
function Decision({ request, onDecided }: { request: ContactRequest; onDecided(r: ContactRequest): void }) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const decide = async (what: 'accept' | 'decline') => {
    setBusy(what);
    setError(null);
    try {
      onDecided(await api.post<ContactRequest>(`/api/contact-requests/${request.id}/${what}`, {}));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <Button size="compact-xs" color="green" loading={busy === 'accept'} disabled={busy !== null} onClick={() => void decide('accept')} data-testid="request-accept">{t('mm.accept')}</Button>
        <Button size="compact-xs" variant="default" loading={busy === 'decline'} disabled={busy !== null} onClick={() => void decide('decline')} data-testid="request-decline">{t('mm.decline')}</Button>
      </Group>
      {error && <Alert color="red" p={6} role="alert"><Text size="xs">{errorText(error, lang)}</Text></Alert>}
    </Stack>
  );
}

/**
 * An accepted request became a declared supplier → buyer link (written with history on acceptance): show that
 * link as the registry holds it, found among the links of the answering organisation for the year of acceptance.
 */
function DeclaredLink({ request, viewerOrganisation }: { request: ContactRequest; viewerOrganisation: number | null }) {
  const { t, lang, label } = useI18n();
  const year = request.decidedAt ? new Date(request.decidedAt).getUTCFullYear() : null;
  // An enterprise reads the links of its own organisation; the staff, those of the side that accepted.
  const links = useApi<Page<Link>>(request.linkId && year ? '/api/links' : null, { organisation: viewerOrganisation ?? request.toOrganisationId, year, pageSize: 5000 });
  const link = links.data?.items.find((l) => l.id === request.linkId);
  return (
    <Stack gap={2} data-testid="declared-link" data-link-id={request.linkId ?? ''} maw={300}>
      <Badge color="green" variant="outline" style={{ textTransform: 'none' }}>{t('mm.linkDeclared', { id: request.linkId ?? '—' })}</Badge>
      {link && (
        <Text size="xs" data-testid="declared-link-detail">
          {link.supplierName} → {link.buyerName} · {link.okpd2}{link.product ? ` «${link.product}»` : ''} · {link.year} · {formatRub(link.volume, lang)} · {label('src', link.source)}
        </Text>
      )}
    </Stack>
  );
}

/** The organisation the list is about: chosen by staff, fixed (no way to clear it) for an enterprise's own. */
function OrganisationFilter({ id, fixed }: { id: number | null; fixed: boolean }) {
  const { t } = useI18n();
  const org = useApi<OrganisationProfile>(id ? `/api/organisations/${id}` : null);
  if (!id) return <OrganisationPicker exclude={new Set()} onPick={(o: Organisation) => setQuery({ organisation: String(o.id), direction: null })} testId="requests-organisation-picker" />;
  return (
    <Badge size="lg" variant="light" style={{ textTransform: 'none' }} data-testid="requests-organisation"
      rightSection={fixed ? undefined : <CloseButton size="xs" aria-label={t('mm.clearOrganisation')} onClick={() => setQuery({ organisation: null, direction: null })} />}>
      {org.data?.name ?? `№ ${id}`}
    </Badge>
  );
}

/**
 * «Запросы на контакт»: the requests an organisation sent and received. With an organisation chosen the list
 * splits into incoming and outgoing, and incoming waiting requests can be accepted or declined.
 */
export function ContactRequestsScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const { user } = useSession();
  // An enterprise sees its own organisation's requests only (the server answers no other); staff choose.
  const ownOrganisation = user?.role === 'enterprise' ? user.organisationId : null;
  const organisation = ownOrganisation ?? (Number(query.get('organisation')) || null);
  const direction = (query.get('direction') as Direction | null) ?? 'all';
  const list = useApi<{ items: ContactRequest[] }>('/api/contact-requests', { organisation: ownOrganisation ? undefined : organisation ?? undefined });
  const items = (list.data?.items ?? []).filter((r) =>
    !organisation || direction === 'all' || (direction === 'incoming' ? r.toOrganisationId === organisation : r.fromOrganisationId === organisation));
  const answerable = (r: ContactRequest) => mayAnswer(user, r) && (!organisation || r.toOrganisationId === organisation);
  const columns: Column<ContactRequest>[] = [
    { key: 'created', title: t('mm.sentAt'), render: (r) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt)}</Text> },
    {
      key: 'from', title: t('mm.from'),
      render: (r) => <Stack gap={0}><RouterLink className="klaster-link" to={`/organisations/${r.fromOrganisationId}`}>{r.fromName}</RouterLink>
        {organisation && <Text size="xs" c="dimmed">{r.toOrganisationId === organisation ? t('mm.incoming') : t('mm.outgoing')}</Text>}</Stack>,
    },
    { key: 'to', title: t('mm.to'), render: (r) => <RouterLink className="klaster-link" to={`/organisations/${r.toOrganisationId}`}>{r.toName}</RouterLink> },
    {
      key: 'match', title: t('mm.match'),
      render: (r) => (
        <Stack gap={0}>
          <RouterLink className="klaster-link" to={`/matchmaking/needs/${r.needId}`}>{t('mm.needCodes', { codes: r.needOkpd2.join(', ') })}</RouterLink>
          <RouterLink className="klaster-link" to={`/matchmaking/capabilities/${r.capabilityId}`}>{t('mm.capabilityCodes', { codes: r.capabilityOkpd2.join(', ') })}</RouterLink>
        </Stack>
      ),
    },
    { key: 'message', title: t('mm.message'), render: (r) => <Text size="sm" maw={280} style={{ whiteSpace: 'pre-wrap' }}>{r.message || '—'}</Text> },
    { key: 'status', title: t('common.status'), render: (r) => <Stack gap={2}><RequestStatusBadge status={r.status} />{r.decidedAt && <Text size="xs" c="dimmed">{formatDateTime(r.decidedAt)}</Text>}</Stack> },
    {
      key: 'outcome', title: '',
      render: (r) => r.status === 'accepted' ? <DeclaredLink request={r} viewerOrganisation={ownOrganisation} /> : answerable(r) ? <Decision request={r} onDecided={() => list.reload()} /> : null,
    },
  ];
  return (
    <>
      <PageHeader title={t('mm.requestsTitle')} subtitle={t('mm.requestsSubtitle')} actions={<Button size="xs" variant="default" onClick={() => navigate('/matchmaking')}>{t('nav.matchmaking')}</Button>} />
      <Paper withBorder p="md">
        <Group gap="md" mb="md" align="flex-end">
          <Stack gap={4}><Text size="sm" fw={500}>{t('mm.organisation')}</Text><OrganisationFilter id={organisation} fixed={ownOrganisation !== null} /></Stack>
          {organisation && (
            <SegmentedControl size="sm" value={direction} onChange={(v) => setQuery({ direction: v === 'all' ? null : v })} data-testid="requests-direction"
              data={[{ value: 'all', label: t('common.all') }, { value: 'incoming', label: t('mm.incomingPlural') }, { value: 'outgoing', label: t('mm.outgoingPlural') }]} />
          )}
        </Group>
        {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : (
          <DataTable testId="requests-table" columns={columns} rows={items} rowKey={(r) => r.id} loading={list.loading} emptyTitle={t('mm.noRequests')}
            rowAttributes={(r) => ({ 'data-request-id': r.id, 'data-status': r.status })} />
        )}
      </Paper>
    </>
  );
}
