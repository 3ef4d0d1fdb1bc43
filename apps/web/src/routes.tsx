import type { ReactNode } from 'react';
import type { MessageKey } from './i18n/ru.ts';
import { DashboardScreen } from './screens/DashboardScreen.tsx';
import { MapScreen } from './screens/MapScreen.tsx';
import { OrganisationsScreen } from './screens/OrganisationsScreen.tsx';
import { OrganisationProfileScreen } from './screens/OrganisationProfileScreen.tsx';
import { OrganisationFormScreen } from './screens/OrganisationFormScreen.tsx';
import { ClustersScreen } from './screens/ClustersScreen.tsx';
import { ClusterProfileScreen } from './screens/ClusterProfileScreen.tsx';
import { GraphScreen } from './screens/GraphScreen.tsx';
import { ImportScreen } from './screens/ImportScreen.tsx';
import { ApiScreen } from './screens/ApiScreen.tsx';
import { DossierCheckScreen } from './screens/rules/DossierCheckScreen.tsx';
import { MeasuresScreen } from './screens/support/MeasuresScreen.tsx';
import { SubsidyScreen } from './screens/support/SubsidyScreen.tsx';
import { DiscoveryScreen } from './screens/discovery/DiscoveryScreen.tsx';
import { DiscoveryRunScreen } from './screens/discovery/DiscoveryRunScreen.tsx';
import { DiscoveryCompareScreen } from './screens/discovery/DiscoveryCompareScreen.tsx';
import { SpecialisationScreen } from './screens/discovery/SpecialisationScreen.tsx';

/**
 * Every screen of the app. A new capability adds one line here (and one nav entry if it needs a menu item);
 * patterns are matched in order, so "/organisations/new" precedes "/organisations/:id".
 */
export interface RouteDef {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', render: () => <DashboardScreen /> },
  { pattern: '/map', render: () => <MapScreen /> },
  { pattern: '/organisations', render: () => <OrganisationsScreen /> },
  { pattern: '/organisations/new', render: () => <OrganisationFormScreen /> },
  { pattern: '/organisations/:id/edit', render: (p) => <OrganisationFormScreen id={Number(p.id)} /> },
  { pattern: '/organisations/:id', render: (p) => <OrganisationProfileScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/clusters', render: () => <ClustersScreen /> },
  { pattern: '/clusters/:id', render: (p) => <ClusterProfileScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/graph', render: () => <GraphScreen /> },
  { pattern: '/import', render: () => <ImportScreen /> },
  { pattern: '/dossier-check', render: () => <DossierCheckScreen /> },
  { pattern: '/measures', render: () => <MeasuresScreen /> },
  { pattern: '/subsidy', render: () => <SubsidyScreen /> },
  { pattern: '/discovery', render: () => <DiscoveryScreen /> },
  { pattern: '/discovery/compare/:a/:b', render: (p) => <DiscoveryCompareScreen key={`${p.a}-${p.b}`} left={Number(p.a)} right={Number(p.b)} /> },
  { pattern: '/discovery/:id', render: (p) => <DiscoveryRunScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/specialisation', render: () => <SpecialisationScreen /> },
  { pattern: '/api-docs', render: () => <ApiScreen /> },
];

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: string;
}

export const NAV: NavItem[] = [
  { path: '/', label: 'nav.dashboard', icon: '▦' },
  { path: '/map', label: 'nav.map', icon: '◉' },
  { path: '/organisations', label: 'nav.organisations', icon: '▤' },
  { path: '/clusters', label: 'nav.clusters', icon: '⬡' },
  { path: '/graph', label: 'nav.graph', icon: '⋈' },
  { path: '/discovery', label: 'nav.discovery', icon: '◎' },
  { path: '/specialisation', label: 'nav.specialisation', icon: '▥' },
  { path: '/dossier-check', label: 'nav.dossierCheck', icon: '✓' },
  { path: '/measures', label: 'nav.measures', icon: '₽' },
  { path: '/subsidy', label: 'nav.subsidy', icon: '∑' },
  { path: '/import', label: 'nav.import', icon: '⇪' },
  { path: '/api-docs', label: 'nav.api', icon: '{}' },
];
