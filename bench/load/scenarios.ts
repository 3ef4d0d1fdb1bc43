// What the load bench sends: the main read endpoints (cluster list, cluster profile, organisation search, map
// data), their mix, and a write mix (reads plus organisation and link upserts by a signed-in operator). Each
// request picks its target from a seeded generator, so runs are comparable.
import type { Request } from 'autocannon';
import { benchOkvedCodes, benchRegions } from '../import/generate.ts';
import { makeOrganisation, random, type BenchOrganisation } from '../import/rows.ts';

export interface Target {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface ScenarioContext {
  /** Clusters an anonymous reader sees (published ones), and how many pages of 50 they fill. */
  clusterIds: number[];
  clusterPages: number;
  regionCodes: string[];
  /** Organisations with valid INNs created for the write mix (the populated ones have no INN checksums). */
  writerInns: string[];
  /** Cookie and CSRF header of the bench operator. */
  writeHeaders: Record<string, string>;
}

export interface Scenario {
  name: string;
  description: string;
  /** Signed in: every request carries the operator's session (reads are anonymous otherwise, as on the public portal). */
  signedIn: boolean;
  next: (pick: () => number) => Target;
}

const at = <T>(list: T[], pick: () => number): T => list[Math.floor(pick() * list.length)]!;

/** Organisation input of the API from the import bench's generator (valid INN, OGRN, OKVED, region). */
export function organisationBody(o: BenchOrganisation) {
  return {
    inn: o.inn, ogrn: o.ogrn, kpp: o.kpp, name: o.name, shortName: o.shortName, kind: o.kind, okvedMain: o.okvedMain, okvedExtra: o.okvedExtra,
    regionCode: o.region.code, address: o.address, lat: o.lat, lon: o.lon, years: [{ year: o.year, headcount: o.headcount, revenue: o.revenue }],
    products: o.products.map((okpd2) => ({ okpd2 })),
  };
}

/** A generator of new organisations for one run: numbers from `base` on, so runs do not collide (upserts by INN anyway). */
export function organisationMaker(base: number): () => ReturnType<typeof organisationBody> {
  const regions = benchRegions();
  const okved = benchOkvedCodes();
  const next = random(base);
  let i = base;
  return () => organisationBody(makeOrganisation(i++ % 10_000_000, next, regions, okved));
}

export function scenarios(ctx: ScenarioContext, newOrganisation: () => ReturnType<typeof organisationBody>): Scenario[] {
  const clusterList = (pick: () => number): Target => ({ method: 'GET', path: `/api/clusters?page=${1 + Math.floor(pick() * ctx.clusterPages)}&pageSize=50` });
  const clusterProfile = (pick: () => number): Target => ({ method: 'GET', path: `/api/clusters/${at(ctx.clusterIds, pick)}` });
  // "Поставщик 1234": a trigram search that matches the organisations whose number starts with those digits.
  const search = (pick: () => number): Target => ({
    method: 'GET', path: `/api/organisations?q=${encodeURIComponent(`Поставщик ${1 + Math.floor(pick() * 29_999)}`)}&pageSize=20`,
  });
  const map = (pick: () => number): Target => ({ method: 'GET', path: `/api/map/points?region=${at(ctx.regionCodes, pick)}` });
  const reads = [clusterList, clusterProfile, search, map];
  const readMix = (pick: () => number): Target => at(reads, pick)(pick);
  const writeOrganisation = (): Target => ({ method: 'POST', path: '/api/organisations', body: newOrganisation() });
  const writeLink = (pick: () => number): Target => {
    const supplier = at(ctx.writerInns, pick);
    let buyer = at(ctx.writerInns, pick);
    if (buyer === supplier) buyer = ctx.writerInns[(ctx.writerInns.indexOf(supplier) + 1) % ctx.writerInns.length]!;
    return {
      method: 'POST', path: '/api/links',
      body: { supplierInn: supplier, buyerInn: buyer, okpd2: '25.62', year: 2020 + Math.floor(pick() * 5), volume: Math.round(pick() * 1e8), source: 'contract' },
    };
  };
  return [
    { name: 'cluster list', description: 'GET /api/clusters, a random page of 50 (anonymous: the 250 published of 1 000)', signedIn: false, next: clusterList },
    { name: 'cluster profile', description: 'GET /api/clusters/:id, a published one (30 participants)', signedIn: false, next: clusterProfile },
    { name: 'organisation search', description: 'GET /api/organisations?q=Поставщик N, 20 per page', signedIn: false, next: search },
    { name: 'map data', description: 'GET /api/map/points?region=R, one region (~3 400 points)', signedIn: false, next: map },
    { name: 'read mix', description: 'the four reads above, equally often', signedIn: false, next: readMix },
    {
      name: 'write mix', description: 'signed in: 80 % the read mix, 10 % POST /api/organisations (new), 10 % POST /api/links (create or update)', signedIn: true,
      next: (pick) => {
        const r = pick();
        return r < 0.8 ? readMix(pick) : r < 0.9 ? writeOrganisation() : writeLink(pick);
      },
    },
  ];
}

/** One autocannon request template whose setupRequest draws each request from the scenario. */
export function autocannonRequests(scenario: Scenario, ctx: ScenarioContext, seed: number): Request[] {
  const pick = random(seed);
  const headers = scenario.signedIn ? ctx.writeHeaders : {};
  return [{
    setupRequest: (request) => {
      const target = scenario.next(pick);
      return {
        ...request, method: target.method, path: target.path,
        headers: { ...headers, ...(target.body ? { 'content-type': 'application/json' } : {}) },
        body: target.body ? JSON.stringify(target.body) : undefined,
      };
    },
  }];
}
