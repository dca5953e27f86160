import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS = ['gray', 'yellow', 'orange', 'red'] as const;

/** How far the reminders went: none, friendly, firm, formal notice. */
export function LevelBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  if (level === 0) return null;
  return (
    <Badge size="sm" variant="light" color={COLORS[level] ?? 'red'}>
      {t(`salesPayments.receivables.levels.${level}`)}
    </Badge>
  );
}
