import { Badge, Group, Text } from '@mantine/core';
import type { MeasureCondition, SupportMeasure } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Level, kind and the «пример» flag: example measures are seed data, not verified legal acts. */
export function MeasureBadges({ measure }: { measure: SupportMeasure }) {
  const { t, label } = useI18n();
  return (
    <Group gap={4}>
      <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>{label('mLevel', measure.level)}</Badge>
      <Badge size="sm" variant="light" color="grape" style={{ textTransform: 'none' }}>{label('mKind', measure.kind)}</Badge>
      {measure.example && <Badge size="sm" variant="outline" color="orange" style={{ textTransform: 'none' }} data-testid="measure-example">{t('ms.example')}</Badge>}
      {measure.confidence === 'assumed' && <Badge size="sm" variant="outline" color="gray" style={{ textTransform: 'none' }}>{t('rq.assumed')}</Badge>}
    </Group>
  );
}

export function MeasureTitle({ measure }: { measure: SupportMeasure }) {
  const { lang } = useI18n();
  return (
    <div>
      <Text size="sm" fw={600}>{measure.title[lang]}</Text>
      <Text size="xs" c="dimmed">{measure.benefit.description[lang]} · {measure.legalBasis}</Text>
    </div>
  );
}

/** Conditions as short lines: ✓ met, ✗ not met, ? unknown. */
export function ConditionList({ conditions, testId }: { conditions: MeasureCondition[]; testId?: string }) {
  const { lang } = useI18n();
  return (
    <div data-testid={testId}>
      {conditions.map((c, i) => (
        <Text key={i} size="xs" c={c.met === false ? 'red.8' : c.met ? 'green.8' : 'dimmed'}>
          {c.met === false ? '✗' : c.met ? '✓' : '?'} {lang === 'en' ? c.en : c.ru}
        </Text>
      ))}
    </div>
  );
}
