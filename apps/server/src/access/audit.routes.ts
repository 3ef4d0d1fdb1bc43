import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntry, ErrorBody } from '@klaster/contract';
import { listAudit, type Database } from '@klaster/db';
import { neutraliseFormula } from '@klaster/io';

const tags = ['Журнал аудита'];
const admin = ['admin'] as const;
const AuditQuery = z.object({
  user: z.coerce.number().int().positive().optional(),
  action: z.string().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export function auditRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/audit', { config: { access: admin }, schema: { tags, summary: 'Журнал аудита: изменения, доступ к закрытым данным, входы и отказы', querystring: AuditQuery, response: { 200: z.object({ items: z.array(AuditEntry), total: z.number(), page: z.number(), pageSize: z.number() }), 400: ErrorBody } } }, async (req) => {
      const q = req.query;
      return { ...(await listAudit(db, { userId: q.user, action: q.action, from: q.from, to: q.to, page: q.page, pageSize: q.pageSize })), page: q.page, pageSize: q.pageSize };
    });

    app.get('/api/audit/export', { config: { access: admin }, schema: { tags, summary: 'Выгрузка журнала аудита в CSV (UTF-8, ;)', querystring: AuditQuery.omit({ page: true, pageSize: true }) } }, async (req, reply) => {
      const q = req.query;
      const lines = ['id;время;пользователь;роль;действие;метод;маршрут;адрес;статус;IP'];
      for (let page = 1; ; page++) {
        const { items } = await listAudit(db, { userId: q.user, action: q.action, from: q.from, to: q.to, page, pageSize: 5000 });
        for (const e of items) lines.push([e.id, e.at, e.login ?? '', e.role ?? '', e.action, e.method, e.route, e.url, e.status, e.ip ?? ''].map(csvCell).join(';'));
        if (items.length < 5000) break;
      }
      return reply.header('content-disposition', 'attachment; filename="klaster-audit.csv"').type('text/csv; charset=utf-8').send('\uFEFF' + lines.join('\r\n') + '\r\n');
    });
  };
}

function csvCell(value: unknown): string {
  const text = neutraliseFormula(String(value));
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
