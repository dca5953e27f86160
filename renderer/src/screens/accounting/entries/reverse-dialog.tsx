import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../../shared/contract/accounting-entries';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { today } from './entry-form';

/** Reversal on the entry's own date, or on a date the clerk picks when that period is locked. */
export function ReverseDialog({ entry, onClose, onDone }: { entry: Entry; onClose(): void; onDone(e: Entry): void }) {
  const { t } = useTranslation();
  const years = useQueryRoute('accounting.year.list', {});
  const locked = (years.data ?? []).some((y) =>
    y.periods.some((p) => p.locked && p.startDate <= entry.date && entry.date <= p.endDate),
  );
  const [date, setDate] = useState(today());
  const reverse = useMutationRoute('accounting.entry.reverse', {
    meta: { quiet: true },
    invalidates: ['accounting.entry.list', 'accounting.entry.get'],
    onSuccess: onDone,
  });
  return (
    <Modal opened onClose={onClose} title={t('accounting.entries.reverseTitle', { number: entry.number ?? '' })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reverse.mutate({ id: entry.id, ...(locked ? { date } : {}) });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{locked ? t('accounting.entries.reverseLocked') : t('accounting.entries.reverseHelp')}</Text>
          {locked && (
            <TextInput
              type="date"
              label={t('accounting.entries.reverseDate')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              data-autofocus
            />
          )}
          {reverse.error && (
            <Text size="sm" c="red" data-testid="reverse-error">
              {errorText(toWireError(reverse.error))}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={reverse.isPending} data-autofocus={!locked || undefined}>
              {t('accounting.entries.reverse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
