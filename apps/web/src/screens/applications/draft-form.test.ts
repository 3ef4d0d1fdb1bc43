import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationDraft } from '@klaster/contract';
import { draftBody, draftFormFrom, missingTitles, placeDraftErrors, sentCodes } from './draft-form.ts';

const CODES = ['statement', 'cost-documents', 'participants-agreement'];

test('a stored draft opens in the editor and goes back as a body the schema accepts, documents in the package order', () => {
  const form = draftFormFrom({ contactPerson: 'Петров И. С.', documents: [{ code: 'participants-agreement', title: 'Соглашение', number: '7', date: null }] }, CODES);
  assert.deepEqual(form.documents['participants-agreement'], { attached: true, title: 'Соглашение', number: '7', date: null });
  assert.deepEqual(form.documents.statement, { attached: false, title: '', number: '', date: null });
  form.documents.statement = { attached: true, title: ' Заявление ', number: ' ', date: '2026-11-20' };
  const body = draftBody(form, CODES);
  assert.equal(ApplicationDraft.safeParse(body).success, true);
  assert.deepEqual(body, {
    contactPerson: 'Петров И. С.', contactEmail: null, contactPhone: null, coverLetter: null,
    documents: [{ code: 'statement', title: 'Заявление', number: null, date: '2026-11-20' }, { code: 'participants-agreement', title: 'Соглашение', number: '7', date: null }],
  });
  assert.deepEqual(sentCodes(form, CODES), ['statement', 'participants-agreement']);
});

test('an attached document needs a title before it is sent', () => {
  const form = draftFormFrom({ documents: [] }, CODES);
  form.documents['cost-documents'] = { attached: true, title: ' ', number: '', date: null };
  assert.deepEqual(missingTitles(form, CODES), ['doc.cost-documents.title']);
});

test('refusals of the draft and of the submission land on the document they name', () => {
  const sent = ['statement', 'participants-agreement'];
  const placed = placeDraftErrors([
    { path: 'body.documents[1].code', value: 'x', message: 'нет такого документа в пакете' },
    { path: 'body.documents.0.title', message: 'слишком длинно' },
    { path: 'draft.documents', value: 'cost-documents', message: 'не приложено: Копии документов' },
    { path: 'body.contactEmail', message: 'неверный адрес' },
    { path: 'status', value: 'withdrawn', message: 'заявка закрыта' },
  ], sent, 'ru');
  assert.deepEqual(placed.byField, {
    'doc.participants-agreement': 'нет такого документа в пакете', 'doc.statement.title': 'слишком длинно',
    'doc.cost-documents': 'не приложено: Копии документов', contactEmail: 'неверный адрес',
  });
  assert.deepEqual(placed.unplaced.map((d) => d.path), ['status']);
});
