import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FiscalYear } from '../../../../../shared/contract/accounting';
import { formatCents } from '../../../../../shared/domain/money';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';
import { currentLanguage } from '../../../i18n';
import { FecExportButton, FecImportButton } from './fec-buttons';

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const INVALIDATES = ['accounting.year.list'] as const;

/** Fiscal years with their monthly periods: lock a month once it is checked, open the next year, close a year. */
export function YearList() {
  const { t, i18n } = useTranslation();
  const canAdmin = useCan('accounting.admin');
  const canWrite = useCan('accounting.write');
  const years = useQueryRoute('accounting.year.list', {});
  const lock = useMutationRoute('accounting.period.lock', {
    meta: { quiet: true },
    invalidates: INVALIDATES,
  });
  const unlock = useMutationRoute('accounting.period.unlock', {
    meta: { quiet: true },
    invalidates: INVALIDATES,
  });
  const create = useMutationRoute('accounting.year.create', {
    meta: { quiet: true },
    invalidates: INVALIDATES,
  });
  const [closing, setClosing] = useState<FiscalYear | null>(null);
  const list = [...(years.data ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const last = list[0];
  const failure = lock.error ?? unlock.error ?? create.error;
  const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('accounting.chart.yearsTitle')}
        </Title>
        <Group gap="xs">
          {canAdmin && <FecImportButton />}
          {canWrite && last && (
            <Button
              variant="default"
              loading={create.isPending}
              onClick={() => create.mutate({ startDate: dayAfter(last.endDate) })}
            >
              {t('accounting.chart.openNext', { date: formatDate(dayAfter(last.endDate), i18n.language) })}
            </Button>
          )}
        </Group>
      </Group>
      {failure && <Alert color="red">{errorText(toWireError(failure))}</Alert>}
      {list.map((y) => (
        <Paper key={y.id} withBorder p="sm" data-testid="year-card">
          <Group justify="space-between" mb="xs">
            <Group gap="sm">
              <Text fw={600}>
                {t('accounting.chart.yearRange', {
                  from: formatDate(y.startDate, i18n.language),
                  to: formatDate(y.endDate, i18n.language),
                })}
              </Text>
              <Badge variant="light" color={y.status === 'open' ? 'teal' : 'gray'}>
                {t(`accounting.chart.yearStatus.${y.status}`)}
              </Badge>
            </Group>
            <Group gap="xs">
              <FecExportButton fiscalYearId={y.id} />
              {canAdmin && y.status === 'open' && (
                <Button size="xs" variant="light" color="red" onClick={() => setClosing(y)}>
                  {t('accounting.chart.closeYear')}
                </Button>
              )}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 4, md: 6, lg: 12 }} spacing={6}>
            {y.periods.map((p) => {
              const label = `${month.format(new Date(`${p.startDate}T00:00:00Z`))} ${p.startDate.slice(0, 4)}`;
              const action = p.locked
                ? t('accounting.chart.unlockPeriod', { period: label })
                : t('accounting.chart.lockPeriod', { period: label });
              const disabled = !canAdmin || y.status === 'closed';
              return (
                <Tooltip key={p.id} label={disabled ? label : action}>
                  <UnstyledButton
                    aria-label={action}
                    aria-pressed={p.locked}
                    disabled={disabled}
                    data-testid="period"
                    onClick={() => (p.locked ? unlock : lock).mutate({ id: p.id })}
                    style={{
                      border: '1px solid var(--mantine-color-default-border)',
                      borderRadius: 'var(--mantine-radius-sm)',
                      padding: '4px 6px',
                      background: p.locked ? 'var(--mantine-color-gray-light)' : undefined,
                    }}
                  >
                    <Group gap={4} wrap="nowrap" justify="center">
                      {p.locked ? <IconLock size={14} /> : <IconLockOpen size={14} opacity={0.5} />}
                      <Text size="xs">{label}</Text>
                    </Group>
                  </UnstyledButton>
                </Tooltip>
              );
            })}
          </SimpleGrid>
        </Paper>
      ))}
      {closing && <CloseYearDialog year={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}

function CloseYearDialog({ year, onClose }: { year: FiscalYear; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const close = useMutationRoute('accounting.year.close', {
    meta: { quiet: true },
    invalidates: [...INVALIDATES, 'accounting.entry.list'],
  });
  const range = {
    from: formatDate(year.startDate, i18n.language),
    to: formatDate(year.endDate, i18n.language),
  };
  return (
    <Modal opened onClose={onClose} title={t('accounting.chart.closeTitle', range)} size="lg">
      {close.data ? (
        <Stack gap="sm" data-testid="close-result">
          <Text>
            {close.data.result >= 0
              ? t('accounting.chart.profit', { amount: formatCents(close.data.result, currentLanguage()) })
              : t('accounting.chart.loss', { amount: formatCents(-close.data.result, currentLanguage()) })}
          </Text>
          {close.data.openingEntryId !== null && (
            <Anchor component={Link} to={`/accounting/entries/${close.data.openingEntryId}`} onClick={onClose}>
              {t('accounting.chart.openingEntry')}
            </Anchor>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('accounting.chart.closeConsequences')}</Text>
          <Stack gap={2} component="ul" pl="md" m={0}>
            {(['closeLocks', 'closeResult', 'closeOpening', 'closeFinal'] as const).map((k) => (
              <Text key={k} component="li" size="sm">
                {t(`accounting.chart.${k}`)}
              </Text>
            ))}
          </Stack>
          {close.error && <Alert color="red">{errorText(toWireError(close.error))}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={close.isPending} onClick={() => close.mutate({ id: year.id })}>
              {t('accounting.chart.closeConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
