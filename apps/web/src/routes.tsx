import type { ReactNode } from 'react';
import type { MessageKey } from './i18n/ru.ts';
import { lazyScreen } from './lib/lazy-screen.tsx';
import { ADMINS, ORGANISATION_EDITORS, REGISTRY_EDITORS, type Access } from './lib/access.ts';

// Each screen is its own chunk, fetched when first opened (see lazyScreen).
const DashboardScreen = lazyScreen(() => import('./screens/DashboardScreen.tsx').then((m) => m.DashboardScreen));
const MapScreen = lazyScreen(() => import('./screens/MapScreen.tsx').then((m) => m.MapScreen));
const OrganisationsScreen = lazyScreen(() => import('./screens/OrganisationsScreen.tsx').then((m) => m.OrganisationsScreen));
const OrganisationProfileScreen = lazyScreen(() => import('./screens/OrganisationProfileScreen.tsx').then((m) => m.OrganisationProfileScreen));
const OrganisationFormScreen = lazyScreen(() => import('./screens/OrganisationFormScreen.tsx').then((m) => m.OrganisationFormScreen));
const ClustersScreen = lazyScreen(() => import('./screens/ClustersScreen.tsx').then((m) => m.ClustersScreen));
const ClusterProfileScreen = lazyScreen(() => import('./screens/ClusterProfileScreen.tsx').then((m) => m.ClusterProfileScreen));
const GraphScreen = lazyScreen(() => import('./screens/GraphScreen.tsx').then((m) => m.GraphScreen));
const ImportScreen = lazyScreen(() => import('./screens/ImportScreen.tsx').then((m) => m.ImportScreen));
const ApiScreen = lazyScreen(() => import('./screens/ApiScreen.tsx').then((m) => m.ApiScreen));
const DossierCheckScreen = lazyScreen(() => import('./screens/rules/DossierCheckScreen.tsx').then((m) => m.DossierCheckScreen));
const MeasuresScreen = lazyScreen(() => import('./screens/support/MeasuresScreen.tsx').then((m) => m.MeasuresScreen));
const SubsidyScreen = lazyScreen(() => import('./screens/support/SubsidyScreen.tsx').then((m) => m.SubsidyScreen));
const DiscoveryScreen = lazyScreen(() => import('./screens/discovery/DiscoveryScreen.tsx').then((m) => m.DiscoveryScreen));
const DiscoveryRunScreen = lazyScreen(() => import('./screens/discovery/DiscoveryRunScreen.tsx').then((m) => m.DiscoveryRunScreen));
const DiscoveryCompareScreen = lazyScreen(() => import('./screens/discovery/DiscoveryCompareScreen.tsx').then((m) => m.DiscoveryCompareScreen));
const SpecialisationScreen = lazyScreen(() => import('./screens/discovery/SpecialisationScreen.tsx').then((m) => m.SpecialisationScreen));
const SignInScreen = lazyScreen(() => import('./screens/account/SignInScreen.tsx').then((m) => m.SignInScreen));
const ChangePasswordScreen = lazyScreen(() => import('./screens/account/ChangePasswordScreen.tsx').then((m) => m.ChangePasswordScreen));
const AccountScreen = lazyScreen(() => import('./screens/account/AccountScreen.tsx').then((m) => m.AccountScreen));
const UsersScreen = lazyScreen(() => import('./screens/admin/UsersScreen.tsx').then((m) => m.UsersScreen));
const AuditScreen = lazyScreen(() => import('./screens/admin/AuditScreen.tsx').then((m) => m.AuditScreen));
const MatchListsScreen = lazyScreen(() => import('./screens/matchmaking/MatchListsScreen.tsx').then((m) => m.MatchListsScreen));
const NeedScreen = lazyScreen(() => import('./screens/matchmaking/NeedScreen.tsx').then((m) => m.NeedScreen));
const CapabilityScreen = lazyScreen(() => import('./screens/matchmaking/CapabilityScreen.tsx').then((m) => m.CapabilityScreen));
const ContactRequestsScreen = lazyScreen(() => import('./screens/matchmaking/ContactRequestsScreen.tsx').then((m) => m.ContactRequestsScreen));
const ProjectsScreen = lazyScreen(() => import('./screens/projects/ProjectsScreen.tsx').then((m) => m.ProjectsScreen));
const ProjectProfileScreen = lazyScreen(() => import('./screens/projects/ProjectProfileScreen.tsx').then((m) => m.ProjectProfileScreen));
const ProjectFormScreen = lazyScreen(() => import('./screens/projects/ProjectFormScreen.tsx').then((m) => m.ProjectFormScreen));
const ApplicationScreen = lazyScreen(() => import('./screens/applications/ApplicationScreen.tsx').then((m) => m.ApplicationScreen));
const ApplicationVersionScreen = lazyScreen(() => import('./screens/applications/ApplicationVersionScreen.tsx').then((m) => m.ApplicationVersionScreen));
const ExpertHomeScreen = lazyScreen(() => import('./screens/expert/ExpertHomeScreen.tsx').then((m) => m.ExpertHomeScreen));
const AssignmentScreen = lazyScreen(() => import('./screens/expert/AssignmentScreen.tsx').then((m) => m.AssignmentScreen));
const CommissionScreen = lazyScreen(() => import('./screens/expert/CommissionScreen.tsx').then((m) => m.CommissionScreen));
const SessionScreen = lazyScreen(() => import('./screens/expert/SessionScreen.tsx').then((m) => m.SessionScreen));
const ApplicationReviewScreen = lazyScreen(() => import('./screens/expert/ApplicationReviewScreen.tsx').then((m) => m.ApplicationReviewScreen));
const LifecycleBoardScreen = lazyScreen(() => import('./screens/lifecycle/LifecycleBoardScreen.tsx').then((m) => m.LifecycleBoardScreen));
const InvestorScreen = lazyScreen(() => import('./screens/matchmaking/InvestorScreen.tsx').then((m) => m.InvestorScreen));

/**
 * Every screen of the app. A new capability adds one line here (and one nav entry if it needs a menu item);
 * patterns are matched in order, so "/organisations/new" precedes "/organisations/:id".
 * `access` says who may open the screen, as the server's routes declare it (lib/access.ts); none means public.
 * The public is sent to sign in, other roles are told the screen is not theirs; the server guards the data.
 */
export interface RouteDef {
  pattern: string;
  access?: Access;
  render(params: Record<string, string>): ReactNode;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/', render: () => <DashboardScreen /> },
  { pattern: '/map', render: () => <MapScreen /> },
  { pattern: '/organisations', render: () => <OrganisationsScreen /> },
  { pattern: '/organisations/new', access: REGISTRY_EDITORS, render: () => <OrganisationFormScreen /> },
  { pattern: '/organisations/:id/edit', access: ORGANISATION_EDITORS, render: (p) => <OrganisationFormScreen id={Number(p.id)} /> },
  { pattern: '/organisations/:id', render: (p) => <OrganisationProfileScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/clusters', render: () => <ClustersScreen /> },
  { pattern: '/clusters/:id', render: (p) => <ClusterProfileScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/projects', render: () => <ProjectsScreen /> },
  { pattern: '/projects/new', access: ['admin', 'regional_operator', 'specialised_org'], render: () => <ProjectFormScreen /> },
  { pattern: '/projects/:id/edit', access: ['admin', 'regional_operator', 'specialised_org'], render: (p) => <ProjectFormScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/projects/:id', render: (p) => <ProjectProfileScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/applications/:id/versions/:version', access: 'signed_in', render: (p) => <ApplicationVersionScreen key={`${p.id}-${p.version}`} id={Number(p.id)} version={Number(p.version)} /> },
  { pattern: '/applications/:id', access: 'signed_in', render: (p) => <ApplicationScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/applications/:id/review', access: ['admin', 'expert', 'specialised_org', 'enterprise'], render: (p) => <ApplicationReviewScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/expert', access: ['admin', 'expert'], render: () => <ExpertHomeScreen /> },
  { pattern: '/expert/assignments/:id', access: ['admin', 'expert'], render: (p) => <AssignmentScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/expert/commissions/:id', access: ['admin', 'expert'], render: (p) => <CommissionScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/expert/sessions/:id', access: ['admin'], render: (p) => <SessionScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/lifecycle', access: 'signed_in', render: () => <LifecycleBoardScreen /> },
  { pattern: '/graph', render: () => <GraphScreen /> },
  { pattern: '/import', access: REGISTRY_EDITORS, render: () => <ImportScreen /> },
  { pattern: '/dossier-check', render: () => <DossierCheckScreen /> },
  { pattern: '/measures', render: () => <MeasuresScreen /> },
  { pattern: '/subsidy', render: () => <SubsidyScreen /> },
  { pattern: '/discovery', access: REGISTRY_EDITORS, render: () => <DiscoveryScreen /> },
  { pattern: '/discovery/compare/:a/:b', access: REGISTRY_EDITORS, render: (p) => <DiscoveryCompareScreen key={`${p.a}-${p.b}`} left={Number(p.a)} right={Number(p.b)} /> },
  { pattern: '/discovery/:id', access: REGISTRY_EDITORS, render: (p) => <DiscoveryRunScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/specialisation', render: () => <SpecialisationScreen /> },
  { pattern: '/matchmaking', access: 'signed_in', render: () => <MatchListsScreen /> },
  { pattern: '/matchmaking/needs/:id', access: 'signed_in', render: (p) => <NeedScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/matchmaking/capabilities/:id', access: 'signed_in', render: (p) => <CapabilityScreen key={p.id} id={Number(p.id)} /> },
  { pattern: '/contact-requests', access: ['admin', 'regional_operator', 'enterprise'], render: () => <ContactRequestsScreen /> },
  { pattern: '/investor', render: () => <InvestorScreen /> },
  { pattern: '/api-docs', render: () => <ApiScreen /> },
  { pattern: '/login', render: () => <SignInScreen /> },
  { pattern: '/account', access: 'signed_in', render: () => <AccountScreen /> },
  { pattern: '/account/password', access: 'signed_in', render: () => <ChangePasswordScreen /> },
  { pattern: '/admin/users', access: ADMINS, render: () => <UsersScreen /> },
  { pattern: '/admin/audit', access: ADMINS, render: () => <AuditScreen /> },
];

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: string;
  /** The menu shows the item only to those who may open it (the same declaration as its route). */
  access?: Access;
}

export const NAV: NavItem[] = [
  { path: '/', label: 'nav.dashboard', icon: '▦' },
  { path: '/map', label: 'nav.map', icon: '◉' },
  { path: '/organisations', label: 'nav.organisations', icon: '▤' },
  { path: '/clusters', label: 'nav.clusters', icon: '⬡' },
  { path: '/projects', label: 'nav.projects', icon: '◇' },
  { path: '/expert', label: 'nav.expert', icon: '⚖', access: ['admin', 'expert'] },
  { path: '/lifecycle', label: 'nav.lifecycle', icon: '⟳', access: 'signed_in' },
  { path: '/graph', label: 'nav.graph', icon: '⋈' },
  { path: '/discovery', label: 'nav.discovery', icon: '◎', access: REGISTRY_EDITORS },
  { path: '/specialisation', label: 'nav.specialisation', icon: '▥' },
  { path: '/investor', label: 'nav.investor', icon: '↗' },
  { path: '/matchmaking', label: 'nav.matchmaking', icon: '⇄', access: 'signed_in' },
  { path: '/contact-requests', label: 'nav.contactRequests', icon: '✉', access: ['admin', 'regional_operator', 'enterprise'] },
  { path: '/dossier-check', label: 'nav.dossierCheck', icon: '✓' },
  { path: '/measures', label: 'nav.measures', icon: '₽' },
  { path: '/subsidy', label: 'nav.subsidy', icon: '∑' },
  { path: '/import', label: 'nav.import', icon: '⇪', access: REGISTRY_EDITORS },
  { path: '/api-docs', label: 'nav.api', icon: '{}' },
  { path: '/admin/users', label: 'nav.users', icon: '☺', access: ADMINS },
  { path: '/admin/audit', label: 'nav.audit', icon: '☰', access: ADMINS },
];
