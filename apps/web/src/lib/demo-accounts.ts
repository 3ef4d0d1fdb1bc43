import type { Role } from '../api/accounts.ts';

/**
 * The demonstration accounts the server creates with the demo data (apps/server/src/access/demo-accounts.ts),
 * listed on the sign-in screen when the installation holds demo records. They share one published password.
 * The server does not list accounts to the public, so the list lives here too; demo-accounts.test.ts fails
 * when the two drift apart.
 */
export const DEMO_PASSWORD = 'demo-Klaster-2026';

export interface DemoAccountHint {
  login: string;
  role: Role;
  /** Whose work the account shows, in a few words (Russian and English). */
  ru: string;
  en: string;
}

export const DEMO_ACCOUNT_HINTS: readonly DemoAccountHint[] = [
  { login: 'admin', role: 'admin', ru: 'всё: пользователи, журнал аудита', en: 'everything: users, audit log' },
  { login: 'kaluga', role: 'regional_operator', ru: 'Калужская область (40)', en: 'Kaluga Oblast (40)' },
  { login: 'altai', role: 'regional_operator', ru: 'Алтайский край (22)', en: 'Altai Krai (22)' },
  { login: 'astrakhan', role: 'regional_operator', ru: 'Астраханская область (30)', en: 'Astrakhan Oblast (30)' },
  { login: 'novosibirsk', role: 'regional_operator', ru: 'Новосибирская область (54)', en: 'Novosibirsk Oblast (54)' },
  { login: 'komi', role: 'regional_operator', ru: 'Республика Коми (11)', en: 'Komi Republic (11)' },
  { login: 'biysk-so', role: 'specialised_org', ru: 'биофармкластер Бийска', en: 'the Biysk biopharma cluster' },
  { login: 'shipyard', role: 'enterprise', ru: 'судостроительный завод, Астрахань', en: 'a shipyard in Astrakhan' },
  { login: 'expert1', role: 'expert', ru: 'экспертиза заявок', en: 'application review' },
  { login: 'expert2', role: 'expert', ru: 'экспертиза заявок', en: 'application review' },
];
