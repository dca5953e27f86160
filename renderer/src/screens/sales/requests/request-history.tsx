import { Text, Timeline } from '@mantine/core';
import { IconArrowRight, IconMessage, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SalesRequest } from '../../../../../shared/contract/sales-requests';
import { formatInstant } from '../../../components/format';

/** The request's life, oldest first: its opening, each note, each change of status. */
export function RequestHistory({ notes }: { notes: SalesRequest['notes'] }) {
  const { t, i18n } = useTranslation();
  if (notes.length === 0) return <Text c="dimmed">{t('salesRequests.history.empty')}</Text>;
  return (
    <Timeline active={notes.length - 1} bulletSize={22} lineWidth={2} aria-label={t('salesRequests.history.title')}>
      {notes.map((n) => {
        const opened = n.statusFrom === null && n.statusTo === 'new';
        const title = opened
          ? t('salesRequests.history.created')
          : n.statusTo
            ? t('salesRequests.history.moved', {
                from: n.statusFrom ? t(`salesRequests.status.${n.statusFrom}`) : '',
                to: t(`salesRequests.status.${n.statusTo}`),
              })
            : t('salesRequests.history.note');
        const Icon = opened ? IconPlus : n.statusTo ? IconArrowRight : IconMessage;
        return (
          <Timeline.Item key={n.id} bullet={<Icon size={12} />} title={title}>
            {n.text && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {n.text}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {formatInstant(n.at, i18n.language)} · {n.userName ?? t('salesRequests.history.someone')}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
