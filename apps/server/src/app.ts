import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.ts';
import { installErrorHandler, send } from './http/error-handler.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { referenceRoutes } from './routes/reference.routes.ts';
import { organisationRoutes } from './routes/organisation.routes.ts';
import { linkRoutes } from './routes/link.routes.ts';
import { clusterRoutes } from './routes/cluster.routes.ts';
import { historyRoutes } from './routes/history.routes.ts';
import { importRoutes } from './routes/import.routes.ts';
import { statsRoutes } from './routes/stats.routes.ts';
import { extraRoutes } from './routes/extra-routes.ts';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export interface BuildOptions {
  logger?: boolean;
}

/** Builds the HTTP application around its dependencies; the caller listens (or injects, in tests). */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'] } : false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: false,
    // Malformed URLs and the like fail before routing: they get the one error shape too.
    frameworkErrors: (error, _request, reply) =>
      send(reply, 'validation_failed', `Неверный адрес запроса: ${error.message}`, `Bad request: ${error.message}`),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, deps.webRoot);
  installSecurityHeaders(app);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Klaster API', version: '0.1.0', description: 'Реестр организаций, связей и кластеров; правила реестра; анализ; поддержка. Единый формат ошибки: { error: { code, message, messageEn, details } }.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { schema: { tags: ['Служебное'], summary: 'Проверка работоспособности' } }, async () => {
    await deps.db.query('SELECT 1');
    return { status: 'ok', engine: deps.db.engine };
  });
  for (const routes of [referenceRoutes, organisationRoutes, linkRoutes, clusterRoutes, historyRoutes, importRoutes, statsRoutes, extraRoutes])
    await app.register(routes(deps));
  if (deps.webRoot && existsSync(join(deps.webRoot, 'index.html')))
    await app.register(fastifyStatic, { root: deps.webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  return app;
}
