import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { countUsers, openDatabase, type Database } from '@klaster/db';
import { DEMO_PASSWORD } from './access/demo-accounts.ts';
import type { ServerConfig } from './config.ts';
import { buildApp } from './app.ts';
import { loadDemoDataIfFirstStart } from './services/demo.service.ts';
import { failInterruptedImports } from './services/import-run.ts';
import { failInterruptedRuns } from './discovery/discovery.service.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  address: string;
  close(): Promise<void>;
}

/** Opens the database (migrations, reference data, demo data on first start), then listens. */
export async function startServer(config: ServerConfig, log: (line: string) => void): Promise<RunningServer> {
  const db = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dir: config.dataDir });
  log(`База данных: ${db.engine === 'pglite' ? `встроенная PGlite, каталог ${db.location}` : `PostgreSQL ${db.location}`}`);
  const interrupted = await failInterruptedImports(db);
  if (interrupted) log(`Прерванных загрузок отмечено как неудачные: ${interrupted}`);
  const interruptedRuns = await failInterruptedRuns(db);
  if (interruptedRuns) log(`Прерванных расчётов поиска кластеров отмечено как неудачные: ${interruptedRuns}`);
  if (config.demoOnFirstStart) {
    const demo = await loadDemoDataIfFirstStart(db);
    if (demo) log(`Загружены демонстрационные данные: организаций ${demo.organisations}, связей ${demo.links}, кластеров ${demo.clusters}`);
  }
  const demoLogins = (await db.query<{ login: string }>(`SELECT login FROM users WHERE is_demo AND NOT disabled ORDER BY id`)).map((u) => u.login);
  if (demoLogins.length) log(`Демонстрационные учётные записи: ${demoLogins.join(', ')}; пароль ${DEMO_PASSWORD}`);
  else if ((await countUsers(db)) === 0) log('Учётных записей нет. Создайте администратора: npx klaster user add LOGIN --role admin');
  const app = await buildApp({ db, webRoot: WEB_ROOT }, { logger: false });
  const address = await app.listen({ host: config.host, port: config.port });
  return {
    app, db, address,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
