/** Where a cooperation link comes from (PRODUCT.md C2). */
export const LINK_SOURCES = ['declared', 'contract', 'survey'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

export const LINK_SOURCE_LABELS_RU: Record<LinkSource, string> = {
  declared: 'Заявлено',
  contract: 'Договор',
  survey: 'Опрос',
};

/** A supplier → buyer link, identified by the INNs of both sides. */
export interface LinkInput {
  supplierInn: string;
  buyerInn: string;
  okpd2?: string | null;
  product?: string | null;
  year: number;
  /** Annual volume in roubles. */
  volume: number;
  source: LinkSource;
  isDemo?: boolean;
}
