/** The kinds of organisation Klaster keeps (PRODUCT.md C1). */
export const ORGANISATION_KINDS = [
  'industrial', // промышленное предприятие
  'research', // научная организация
  'education', // образовательная организация
  'infrastructure', // технопарк, индустриальный парк, центр коллективного пользования
  'finance', // финансовая организация, фонд
  'authority', // орган власти, администрация
  'public', // общественная организация, ассоциация
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS_RU: Record<OrganisationKind, string> = {
  industrial: 'Промышленное предприятие',
  research: 'Научная организация',
  education: 'Образовательная организация',
  infrastructure: 'Объект инфраструктуры',
  finance: 'Финансовая организация',
  authority: 'Орган власти',
  public: 'Общественная организация',
  other: 'Иная организация',
};

export type SmeCategory = 'micro' | 'small' | 'medium' | 'large';

/** Headcount and revenue of one organisation for one calendar year. */
export interface OrganisationYear {
  year: number;
  headcount: number | null;
  /** Revenue in roubles. */
  revenue: number | null;
}

export interface Product {
  okpd2: string;
  name?: string | null;
}

/** An organisation as it enters Klaster (import row, API body, demo generator). */
export interface OrganisationInput {
  inn: string;
  ogrn?: string | null;
  kpp?: string | null;
  name: string;
  shortName?: string | null;
  kind: OrganisationKind;
  okvedMain: string;
  okvedExtra?: string[];
  regionCode: string;
  oktmo?: string | null;
  address?: string | null;
  lat?: number | null;
  lon?: number | null;
  years?: OrganisationYear[];
  products?: Product[];
  /** True for demonstration data: shown as such everywhere. */
  isDemo?: boolean;
}
