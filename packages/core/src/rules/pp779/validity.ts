import type { CheckWarning } from '../check-result.ts';
import { addMonths, addYears, formatDateRu } from '../dates.ts';
import { numberSetting } from '../thresholds.ts';
import type { Pp779Context } from './context.ts';

/** A registry decision stays valid `validityYears` years; warn `expiryWarningMonths` before the end, and after it. */
export function validityWarnings(ctx: Pp779Context): CheckWarning[] {
  const decided = ctx.dossier.cluster.registryDecisionDate;
  if (!decided) return [];
  const years = numberSetting(ctx.set, 'validityYears');
  const months = numberSetting(ctx.set, 'expiryWarningMonths');
  const expires = addYears(decided, years);
  if (ctx.asOf >= expires) {
    return [{ code: 'registry-decision-expired', message: `Решение о включении в реестр от ${formatDateRu(decided)} действовало ${years} лет и истекло ${formatDateRu(expires)}: подтвердите соответствие заново`, messageEn: `The registry decision of ${decided} was valid for ${years} years and expired on ${expires}: re-confirm compliance` }];
  }
  if (ctx.asOf >= addMonths(expires, -months)) {
    return [{ code: 'registry-decision-expiring', message: `Решение о включении в реестр от ${formatDateRu(decided)} истекает ${formatDateRu(expires)} (менее ${months} мес.): подготовьте подтверждение соответствия`, messageEn: `The registry decision of ${decided} expires on ${expires} (within ${months} months): prepare the re-confirmation` }];
  }
  return [];
}
