import { Alert, AppShell, Box, Burger, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useI18n, type Lang } from './i18n/i18n.tsx';
import { matchPath, navigate, useLocation } from './lib/router.tsx';
import { useApi } from './lib/use-api.ts';
import type { RegistryStats } from './api/types.ts';
import { NAV, ROUTES } from './routes.tsx';
import { EmptyState } from './components/States.tsx';
import { allows } from './lib/access.ts';
import { useSession } from './lib/session.tsx';
import { AccessGate } from './screens/account/AccessGate.tsx';
import { UserMenu } from './screens/account/UserMenu.tsx';

function LogoMark() {
  return (
    <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1c5d99" />
      <line x1="11" y1="12" x2="21" y2="11" stroke="#a3c4e6" strokeWidth="1.6" />
      <line x1="11" y1="12" x2="17" y2="22" stroke="#a3c4e6" strokeWidth="1.6" />
      <line x1="21" y1="11" x2="17" y2="22" stroke="#a3c4e6" strokeWidth="1.6" />
      <circle cx="11" cy="12" r="4" fill="white" />
      <circle cx="21" cy="11" r="3" fill="white" />
      <circle cx="17" cy="22" r="4" fill="white" />
    </svg>
  );
}

function isActive(navPath: string, path: string): boolean {
  return navPath === '/' ? path === '/' : path === navPath || path.startsWith(navPath + '/');
}

function CurrentScreen({ path }: { path: string }) {
  const { t } = useI18n();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return <AccessGate access={route.access}>{route.render(params)}</AccessGate>;
  }
  return <EmptyState title={t('common.notFound')} hint={path} />;
}

/** The banner stays while any demo record is loaded (stats.demoRecords > 0). */
function DemoBanner() {
  const { t } = useI18n();
  // public: answered to everyone, an account that must still change its password included (as the public)
  const stats = useApi<RegistryStats>('/api/stats');
  if (!stats.data || stats.data.demoRecords === 0) return null;
  return (
    <Alert color="orange" variant="light" py={8} mb="md" data-testid="demo-banner" title={undefined}>
      <Text size="sm" fw={500}>{t('app.demoBanner')}</Text>
    </Alert>
  );
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { user } = useSession();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <a href="/" onClick={(e) => { e.preventDefault(); navigate('/'); }} style={{ display: 'flex', alignItems: 'center', gap: 10, textDecoration: 'none' }}>
              <LogoMark />
              <Box>
                <Text fw={700} fz="lg" lh={1.1} c="dark">{t('app.name')}</Text>
                <Text fz="xs" c="dimmed" lh={1.1}>{t('app.tagline')}</Text>
              </Box>
            </a>
          </Group>
          <Group gap="md" wrap="nowrap">
            <SegmentedControl size="xs" value={lang} onChange={(v) => setLang(v as Lang)} data={[{ value: 'ru', label: 'RU' }, { value: 'en', label: 'EN' }]} aria-label="Язык / Language" data-testid="lang-switch" />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {NAV.filter((item) => allows(item.access, user)).map((item) => (
          <NavLink
            key={item.path}
            component="a"
            href={item.path}
            label={t(item.label)}
            leftSection={<Text span w={18} ta="center" c="dimmed" fz="sm" aria-hidden="true">{item.icon}</Text>}
            active={isActive(item.path, location.path)}
            onClick={(e) => { e.preventDefault(); close(); navigate(item.path); }}
            style={{ borderRadius: 6 }}
            fw={500}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1500} mx="auto">
          <DemoBanner />
          <CurrentScreen path={location.path} />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
