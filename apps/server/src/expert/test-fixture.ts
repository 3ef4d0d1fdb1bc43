import { completeInn10, type OrganisationInput } from '@klaster/core';
import { createApplication, insertApplicationVersion, upsertCluster, upsertOrganisations, type Database } from '@klaster/db';

/** Hand-made data for the expert API tests: three Komi clusters, each with a submitted application. */
export const INN = {
  wood1: completeInn10('110000101'),
  wood2: completeInn10('110000102'),
  woodSo: completeInn10('110000103'),
  oil1: completeInn10('110000201'),
  oilSo: completeInn10('110000203'),
  paper1: completeInn10('110000301'),
  paperSo: completeInn10('110000303'),
  outsider: completeInn10('110000401'),
};

const org = (inn: string, name: string, okved: string): OrganisationInput => ({
  inn, name, kind: 'industrial', okvedMain: okved, regionCode: '11', lat: null, lon: null, years: [{ year: 2024, headcount: 120, revenue: 500e6 }], products: [],
});

const cluster = (code: string, name: string, soInn: string, members: string[]) => ({
  code, name, kind: 'industrial' as const, specialization: name, status: 'application' as const, regions: ['11'], specializedOrgInn: soInn,
  participants: [...members.map((inn) => ({ inn, role: 'participant' as const })), { inn: soInn, role: 'specialized_org' as const }],
});

export interface ExpertFixture {
  clusters: { wood: number; oil: number; paper: number };
  applications: { wood: number; oil: number; paper: number; draft: number };
  organisations: Record<keyof typeof INN, number>;
}

export async function loadExpertFixture(db: Database): Promise<ExpertFixture> {
  return db.transaction(async (tx) => {
    await upsertOrganisations(tx, [
      org(INN.wood1, 'АО «Лесозавод Тест»', '16.10'), org(INN.wood2, 'ООО «Мебель Тест»', '31.01'), org(INN.woodSo, 'АНО «ЦКР ЛПК Тест»', '94.99'),
      org(INN.oil1, 'АО «Нефть Тест»', '06.10'), org(INN.oilSo, 'АНО «Нефтегазовый кластер Тест»', '94.99'),
      org(INN.paper1, 'АО «Бумага Тест»', '17.12'), org(INN.paperSo, 'АНО «Бумажный кластер Тест»', '94.99'),
      org(INN.outsider, 'ООО «Консалт Тест»', '70.22'),
    ], 'fixture');
    await upsertCluster(tx, cluster('test-wood', 'Деревообработка (тест)', INN.woodSo, [INN.wood1, INN.wood2]), 'fixture');
    await upsertCluster(tx, cluster('test-oil', 'Нефтегаз (тест)', INN.oilSo, [INN.oil1]), 'fixture');
    await upsertCluster(tx, cluster('test-paper', 'Бумага (тест)', INN.paperSo, [INN.paper1]), 'fixture');
    const ids = await tx.query<{ code: string; id: number }>(`SELECT code, id FROM clusters WHERE code LIKE 'test-%'`);
    const clusterId = (code: string) => Number(ids.find((r) => r.code === code)!.id);
    const orgs = await tx.query<{ inn: string; id: number }>(`SELECT inn, id FROM organisations`);
    const submitted = async (clusterCode: string) => {
      const a = await createApplication(tx, { clusterId: clusterId(clusterCode), kind: 'registry_entry', projectId: null, draft: { letter: 'Просим включить в реестр' }, actor: 'fixture' });
      await insertApplicationVersion(tx, a.id, { cluster: clusterCode, letter: 'Просим включить в реестр' }, 'fixture');
      return a.id;
    };
    const draft = await createApplication(tx, { clusterId: clusterId('test-paper'), kind: 'registry_entry', projectId: null, draft: {}, actor: 'fixture' });
    return {
      clusters: { wood: clusterId('test-wood'), oil: clusterId('test-oil'), paper: clusterId('test-paper') },
      applications: { wood: await submitted('test-wood'), oil: await submitted('test-oil'), paper: await submitted('test-paper'), draft: draft.id },
      organisations: Object.fromEntries(Object.entries(INN).map(([k, inn]) => [k, Number(orgs.find((o) => o.inn === inn)!.id)])) as ExpertFixture['organisations'],
    };
  });
}
