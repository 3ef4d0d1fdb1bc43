import type { LinkInput, OrganisationInput, OrganisationKind, SmeCategory } from '@klaster/core';
import { enterpriseYears, institutionYears } from './economics.ts';
import type { Placement } from './geography.ts';
import { IdentifierFactory } from './identifiers.ts';
import { NameFactory, type GeneratedName, type ThemeKey } from './names.ts';
import { productsFor } from './products.ts';
import { Prng } from './prng.ts';

const STREETS = ['Промышленная', 'Заводская', 'Ленина', 'Советская', 'Мира', 'Садовая', 'Строителей', 'Индустриальная', 'Труда', 'Школьная', 'Лесная', 'Речная', 'Северная', 'Кооперативная', 'Техническая'];

export interface EnterpriseSpec {
  place: Placement;
  okved: string;
  okvedExtra?: string[];
  size: SmeCategory;
  theme: ThemeKey;
  /** Individual entrepreneur: 12-digit INN, OGRNIP, no KPP. */
  entrepreneur?: boolean;
  legalForm?: 'ООО' | 'АО' | 'ПАО';
  /** 'industrial' unless the activity is outside sections B–E (farms, transport, engineering). */
  kind?: OrganisationKind;
}

export interface InstitutionSpec {
  place: Placement;
  kind: OrganisationKind;
  okved: string;
  name: string;
  shortName: string;
  /** Staff and annual budget (mln roubles) ranges; omitted for authorities. */
  staff?: [number, number];
  budgetMln?: [number, number];
}

/**
 * Collects the organisations and links of one demo set. Stories add to it; the builder guarantees
 * unique identifiers and names, and refuses links whose ends it does not know.
 */
export class DemoBuilder {
  readonly rng: Prng;
  readonly organisations: OrganisationInput[] = [];
  readonly links: LinkInput[] = [];
  private readonly ids: IdentifierFactory;
  private readonly names: NameFactory;
  private readonly byInn = new Map<string, OrganisationInput>();

  constructor(seed: number) {
    this.rng = new Prng(seed);
    this.ids = new IdentifierFactory(this.rng);
    this.names = new NameFactory(this.rng);
  }

  enterprise(spec: EnterpriseSpec): OrganisationInput {
    const entrepreneur = spec.entrepreneur === true;
    const ids = entrepreneur ? { ...this.ids.entrepreneur(spec.place.regionCode), kpp: null } : this.ids.legalEntity(spec.place.regionCode);
    const name = entrepreneur ? this.names.entrepreneur() : this.names.company(spec.theme, spec.place.regionCode, spec.legalForm ?? this.legalFormFor(spec.size));
    return this.register({
      ...ids,
      ...name,
      kind: spec.kind ?? 'industrial',
      okvedMain: spec.okved,
      okvedExtra: spec.okvedExtra ?? [],
      ...this.location(spec.place),
      years: enterpriseYears(this.rng, spec.size),
      products: productsFor(spec.okved, spec.size === 'micro' ? 1 : 2),
    });
  }

  institution(spec: InstitutionSpec): OrganisationInput {
    const ids = this.ids.legalEntity(spec.place.regionCode);
    const name: GeneratedName = this.names.fixed(spec.name, spec.shortName);
    const years = spec.staff && spec.budgetMln ? institutionYears(this.rng, spec.staff, spec.budgetMln) : [];
    return this.register({
      ...ids,
      ...name,
      kind: spec.kind,
      okvedMain: spec.okved,
      okvedExtra: [],
      ...this.location(spec.place),
      years,
      products: productsFor(spec.okved, 1),
    });
  }

  has(inn: string): boolean {
    return this.byInn.has(inn);
  }

  get(inn: string): OrganisationInput {
    const org = this.byInn.get(inn);
    if (!org) throw new Error(`Unknown demo organisation ${inn}`);
    return org;
  }

  addLink(link: Omit<LinkInput, 'isDemo'>): void {
    if (!this.byInn.has(link.supplierInn) || !this.byInn.has(link.buyerInn)) throw new Error('Demo link to an unknown organisation');
    this.links.push({ ...link, isDemo: true });
  }

  private legalFormFor(size: SmeCategory): 'ООО' | 'АО' | 'ПАО' {
    if (size === 'large') return this.rng.chance(0.2) ? 'ПАО' : 'АО';
    return size === 'medium' && this.rng.chance(0.4) ? 'АО' : 'ООО';
  }

  private location(place: Placement): Pick<OrganisationInput, 'regionCode' | 'oktmo' | 'lat' | 'lon' | 'address'> {
    const address = `${place.regionName}, ${place.locality}, ул. ${this.rng.pick(STREETS)}, д. ${this.rng.int(1, 120)}`;
    return { regionCode: place.regionCode, oktmo: place.oktmo, lat: place.lat, lon: place.lon, address };
  }

  private register(org: Omit<OrganisationInput, 'isDemo'>): OrganisationInput {
    const full: OrganisationInput = { ...org, isDemo: true };
    this.organisations.push(full);
    this.byInn.set(full.inn, full);
    return full;
  }
}
