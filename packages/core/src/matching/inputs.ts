/** A buyer's need as imported or posted: organisations are named by INN, like links. */
export interface NeedInput {
  buyerInn: string;
  okpd2: string[];
  description?: string | null;
  /** Yearly volume in `unit` (roubles unless stated). */
  volume?: number | null;
  unit?: string | null;
  /** Where it is delivered; the buyer's own region when empty. */
  deliveryRegion?: string | null;
  /** YYYY-MM-DD */
  deadline?: string | null;
  replacesImport?: boolean;
  status?: 'open' | 'closed';
  isDemo?: boolean;
}

/** A supplier's capability: what it can make and how much a year, where. */
export interface CapabilityInput {
  supplierInn: string;
  okpd2: string[];
  description?: string | null;
  capacity?: number | null;
  unit?: string | null;
  /** The supplier's own region and coordinates when empty. */
  regionCode?: string | null;
  lat?: number | null;
  lon?: number | null;
  isDemo?: boolean;
}

export const NEED_STATUSES = ['open', 'closed'] as const;
export const CONTACT_REQUEST_STATUSES = ['requested', 'accepted', 'declined'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];
