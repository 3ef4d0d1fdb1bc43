import { completeInn10, completeInn12, completeOgrn, completeOgrnip } from '@klaster/core';
import type { Prng } from './prng.ts';

export interface LegalEntityIds {
  inn: string;
  ogrn: string;
  kpp: string;
}

export interface EntrepreneurIds {
  inn: string;
  ogrn: string;
}

/**
 * Hands out checksum-valid identifiers that are unique across one demo set.
 * INN starts with the region code and a tax-office number; the KPP repeats those four digits
 * (the office where the organisation is registered), reason code 01, serial 001.
 * OGRN: 1 (legal entity), registration year, region, serial; OGRNIP: 3, year, region, serial.
 */
export class IdentifierFactory {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Prng) {}

  legalEntity(regionCode: string): LegalEntityIds {
    const office = this.taxOffice();
    const inn = this.unique(() => completeInn10(regionCode + office + this.rng.digits(5)));
    const year = String(this.rng.int(2, 21)).padStart(2, '0');
    const ogrn = this.unique(() => completeOgrn('1' + year + regionCode + office + this.rng.digits(5)));
    return { inn, ogrn, kpp: inn.slice(0, 4) + '01001' };
  }

  entrepreneur(regionCode: string): EntrepreneurIds {
    const office = this.taxOffice();
    const inn = this.unique(() => completeInn12(regionCode + office + this.rng.digits(6)));
    const year = String(this.rng.int(5, 22)).padStart(2, '0');
    const ogrn = this.unique(() => completeOgrnip('3' + year + regionCode + this.rng.digits(9)));
    return { inn, ogrn };
  }

  private taxOffice(): string {
    return String(this.rng.int(1, 25)).padStart(2, '0');
  }

  private unique(make: () => string): string {
    for (;;) {
      const value = make();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }
}
