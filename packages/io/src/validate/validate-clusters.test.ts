import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../table/read-table.ts';
import { loadReferenceIndex } from './reference-index.ts';
import { validateClusters } from './validate-clusters.ts';

const refs = loadReferenceIndex();
const HEADER = 'Код кластера;Наименование кластера;Вид кластера;Специализация;Статус;Регионы;Муниципальные образования ОКТМО;ИНН специализированной организации;Дата включения в реестр;ИНН участника;Роль участника;Дата вступления;Особая территория';

test('participants are grouped by cluster code; cluster columns may be blank on later rows', async () => {
  const t = await readTable(Buffer.from(`${HEADER}
kaluga-auto;Автокластер;промышленный;Авто;В реестре;40;29502000;7736207543;30.05.2017;7707083893;Якорный участник;2017-05-30;нет
kaluga-auto;;;;;;;;;7736207543;specialized_org;;да
kaluga-auto;;;;;;;;;500100732259;;;
`), 'c.csv');
  const r = validateClusters(t, refs);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.valid, [{
    rowNumbers: [2, 3, 4],
    input: {
      code: 'kaluga-auto', name: 'Автокластер', kind: 'industrial', specialization: 'Авто', status: 'in_registry', regions: ['40'],
      municipalities: ['29502000'], specializedOrgInn: '7736207543', registryDecisionDate: '2017-05-30', developmentProgrammeFrom: null, developmentProgrammeTo: null,
      participants: [
        { inn: '7707083893', role: 'anchor', joinedOn: '2017-05-30', leftOn: null, specialTerritory: false },
        { inn: '7736207543', role: 'specialized_org', joinedOn: null, leftOn: null, specialTerritory: true },
        { inn: '500100732259', role: 'participant', joinedOn: null, leftOn: null, specialTerritory: false },
      ],
    },
  }]);
});

test('conflicting cluster columns, duplicate participants, missing name, bad dates and OKTMO of another region', async () => {
  const t = await readTable(Buffer.from(`${HEADER}
a;A;industrial;;candidate;40;01512000;;;7707083893;;;
a;B;;;;;;;;7707083893;;;
b;;industrial;;candidate;22;;;31.02.2020;;;;
c;;local;;candidate;22;;;;;;;
`), 'c.csv');
  const r = validateClusters(t, refs);
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field, e.reasonRu]), [
    [2, 'municipalities', 'кластер a: ОКТМО 01512000 не относятся к регионам 40'],
    [3, 'cluster_name', 'кластер a: значение расходится со строкой 2'],
    [3, 'participant_inn', 'дубликат: участник 7707083893 кластера a уже есть в строке 2'],
    [4, 'registry_decision_date', 'дата «31.02.2020» не распознана: нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ'],
    [5, 'cluster_name', 'кластер c: не указано «Наименование кластера» ни в одной строке'],
  ]);
  assert.deepEqual(r.valid, []);
});
