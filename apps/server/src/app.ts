import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps, AppInput } from './app-deps.ts';
import cookie from '@fastify/cookie';
import { actorName } from './access/access.ts';
import { installSessionHooks, requireAccessDeclarations } from './access/session.ts';
import { installAuditHook } from './access/audit.ts';
import { authRoutes } from './access/auth.routes.ts';
import { usersRoutes } from './access/users.routes.ts';
import { auditRoutes } from './access/audit.routes.ts';
import { demoAccountsRoutes } from './access/demo-accounts.routes.ts';
import { installErrorHandler, send } from './http/error-handler.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { frameworkErrorText } from './http/framework-errors.ts';
import { validatorCompiler } from './http/validation.ts';
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
  /** Where the log goes (stdout by default); tests read it to prove secrets stay out. */
  logStream?: NodeJS.WritableStream;
}

/** Builds the HTTP application around its dependencies; the caller listens (or injects, in tests). */
export async function buildApp(input: AppInput, options: BuildOptions = {}): Promise<FastifyInstance> {
  const deps: AppDeps = { db: input.db, webRoot: input.webRoot, actorOf: actorName };
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], ...(options.logStream ? { stream: options.logStream } : {}) }
      : false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: false,
    // Malformed URLs and the like fail before routing: they get the one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const text = frameworkErrorText(error);
      return send(reply, 'validation_failed', text.ru, text.en);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, deps.webRoot);
  requireAccessDeclarations(app);
  await app.register(cookie);
  installSessionHooks(app, deps.db);
  installAuditHook(app, deps.db);
  installSecurityHeaders(app);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Klaster API', version: '0.1.0', description: 'Реестр организаций, связей и кластеров; правила реестра; анализ; поддержка. Единый формат ошибки: { error: { code, message, messageEn, details } }.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['Служебное'], summary: 'Проверка работоспособности' } }, async () => {
    await deps.db.query('SELECT 1');
    return { status: 'ok', engine: deps.db.engine };
  });
  for (const routes of [authRoutes, usersRoutes, auditRoutes, demoAccountsRoutes]) await app.register(routes(deps.db));
  for (const routes of [referenceRoutes, organisationRoutes, linkRoutes, clusterRoutes, historyRoutes, importRoutes, statsRoutes, extraRoutes])
    await app.register(routes(deps));
  if (deps.webRoot && existsSync(join(deps.webRoot, 'index.html')))
    await app.register(fastifyStatic, { root: deps.webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  return app;
}
