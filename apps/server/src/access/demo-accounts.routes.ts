import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DemoAccountList } from '@klaster/contract';
import type { Database } from '@klaster/db';
import { listDemoAccounts } from './demo-account-list.ts';

const tags = ['Вход и учётные записи'];

/** The sign-in screen's list of demo accounts: public, since their password is published with the demo. */
export function demoAccountsRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/demo/accounts', {
      config: { access: 'public' },
      schema: { tags, summary: 'Демонстрационные учётные записи этой установки и их общий пароль (пусто, если их нет)', response: { 200: DemoAccountList } },
    }, async () => listDemoAccounts(db));
  };
}
