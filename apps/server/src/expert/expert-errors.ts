import type { ExpertIssue } from '@klaster/core/expert/index.ts';
import { AppError, notFound } from '../services/app-error.ts';

/** The errors of the expert review, in the one error shape (Russian message, English messageEn, details). */

export function invalid(issues: readonly ExpertIssue[], prefix: string): AppError {
  const fields = issues.map((i) => `${prefix}${i.path}`).join(', ');
  return new AppError('validation_failed', `Неверные данные: ${issues.map((i) => i.message).join('; ')}`, `Invalid data: ${issues.map((i) => i.messageEn).join('; ')} (${fields})`,
    issues.map((i) => ({ path: `${prefix}${i.path}`, value: i.value, message: i.message, messageEn: i.messageEn })));
}

export const conflict = (message: string, messageEn: string, details?: AppError['details']) => new AppError('conflict', message, messageEn, details);

export const missing = {
  commission: (id: number) => notFound('Комиссия', 'Commission', id),
  session: (id: number) => notFound('Заседание комиссии', 'Commission session', id),
  application: (id: number) => notFound('Заявка', 'Application', id),
  round: (id: number) => notFound('Раунд рассмотрения', 'Review round', id),
  assignment: (id: number) => notFound('Назначение эксперта', 'Expert assignment', id),
  remark: (id: number) => notFound('Замечание', 'Remark', id),
  user: (id: number) => notFound('Пользователь', 'User', id),
  organisation: (id: number) => notFound('Организация', 'Organisation', id),
  conflict: (id: number) => notFound('Декларация о конфликте интересов', 'Conflict-of-interest declaration', id),
};
