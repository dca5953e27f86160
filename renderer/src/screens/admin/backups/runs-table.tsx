import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupRun } from '../../../../../shared/contract/admin-backup';
import { formatInstant } from '../../../components/format';
import { translateKey } from '../../../i18n';
import { formatSize } from './backup-format';

function outcome(run: BackupRun): string {
  if (run.status === 'ok') return run.path?.split(/[\\/]/).pop() ?? '';
  const details = run.errorDetail ? (JSON.parse(run.errorDetail) as Record<string, unknown>) : {};
  return translateKey(run.errorKey ?? 'errors.internal', details);
}

/** The latest backups made or attempted, wherever they went: a failure stays visible here with its reason. */
export function RunsTable({ runs }: { runs: BackupRun[] }) {
  const { t, i18n } = useTranslation();
  if (runs.length === 0) return null;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('backups.runs.title')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} aria-label={t('backups.runs.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.list.date')}</Table.Th>
                <Table.Th>{t('backups.list.kind')}</Table.Th>
                <Table.Th>{t('backups.runs.status')}</Table.Th>
                <Table.Th>{t('backups.runs.outcome')}</Table.Th>
                <Table.Th ta="right">{t('backups.list.size')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((r) => (
                <Table.Tr key={r.id} data-testid="backup-run">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.startedAt, i18n.language)}</Table.Td>
                  <Table.Td>{t(`backups.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={r.status === 'ok' ? 'green' : 'red'} variant="light">
                      {t(`backups.runs.${r.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="xs"
                      ff={r.status === 'ok' ? 'monospace' : undefined}
                      c={r.status === 'ok' ? undefined : 'red'}
                    >
                      {outcome(r)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                    {r.size === null ? '' : formatSize(r.size, i18n.language, t)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
