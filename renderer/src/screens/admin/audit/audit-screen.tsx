import { Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import type { ApiError } from '../../../api/client';
import { downloadText } from '../../../api/download';
import { useQueryRoute } from '../../../api/hooks';
import { formatCount } from '../../../components/format';
import { Pager } from '../../../components/pager';
import { currentLanguage } from '../../../i18n';
import { AuditFilters } from './audit-filters';
import {
  AUDIT_PAGE_SIZE,
  auditFilters,
  auditParamsToSearch,
  hasFilters,
  parseAuditParams,
  type AuditParams,
} from './audit-params';
import { AUDIT_COLUMNS, AuditRow } from './audit-row';

/** Who did what, when, to which record: newest first, paged by the core, filterable, exportable. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const params = parseAuditParams(search);
  const filters = auditFilters(params);
  const update = (patch: Partial<AuditParams>) =>
    setSearch(auditParamsToSearch({ ...params, page: 0, ...patch }), { replace: true });

  const list = useQueryRoute(
    'admin.audit.list',
    { ...filters, page: params.page, pageSize: AUDIT_PAGE_SIZE },
    { placeholderData: keepPreviousData, staleTime: 0 },
  );
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const exportCsv = useMutation<{ fileName: string; csv: string; rows: number }, ApiError>({
    mutationFn: () => api.call('admin.audit.exportCsv', { ...filters, locale: currentLanguage() }),
    onSuccess({ fileName, csv, rows }) {
      downloadText(fileName, csv);
      notifications.show({ color: 'green', message: t('audit.exported', { count: rows }) });
    },
  });

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('audit.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('audit.intro')}
          </Text>
        </Stack>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          loading={exportCsv.isPending}
          onClick={() => exportCsv.mutate()}
        >
          {t('audit.export')}
        </Button>
      </Group>

      <AuditFilters params={params} onChange={update} onClear={() => setSearch({}, { replace: true })} />

      <Paper withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} highlightOnHover aria-label={t('audit.title')} aria-rowcount={total}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40} />
                <Table.Th w={190}>{t('audit.fields.at')}</Table.Th>
                <Table.Th w={160}>{t('audit.fields.user')}</Table.Th>
                <Table.Th>{t('audit.fields.route')}</Table.Th>
                <Table.Th w={180}>{t('audit.fields.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.rows ?? []).map((row) => (
                <AuditRow
                  key={row.id}
                  row={row}
                  at={time.format(new Date(row.at))}
                  expanded={expanded.has(row.id)}
                  onToggle={() => toggle(row.id)}
                />
              ))}
              {list.isSuccess && list.data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={AUDIT_COLUMNS}>
                    <Text c="dimmed" ta="center" py="lg">
                      {hasFilters(params) ? t('audit.noMatch') : t('audit.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {list.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
      </Paper>

      <Group justify="space-between">
        <Group gap="sm">
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {t('audit.total', { count: total, formatted: formatCount(total, i18n.language) })}
          </Text>
          {list.isFetching && !list.isPending && <Loader size="xs" />}
        </Group>
        <Pager page={params.page} pages={pages} onPage={(page) => update({ page })} />
      </Group>
    </Stack>
  );
}
