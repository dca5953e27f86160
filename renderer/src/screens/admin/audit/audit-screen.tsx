import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditRow } from '../../../../../shared/contract/audit';
import { useApi } from '../../../api/api-context';
import type { ApiError } from '../../../api/client';
import { downloadText } from '../../../api/download';
import { formatCount } from '../../../components/format';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable } from '../../../components/virtual-table/virtual-table';
import { currentLanguage } from '../../../i18n';
import { AuditFilters } from './audit-filters';
import { auditFilters, auditParamsToSearch, hasFilters, parseAuditParams, type AuditParams } from './audit-params';
import { AuditDetail, auditColumns } from './audit-row';

/** Who did what, when, to which record: newest first, paged by the core as it scrolls, filterable, exportable. */
export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const params = parseAuditParams(search);
  const filters = auditFilters(params);
  const update = (patch: Partial<AuditParams>) =>
    setSearch(auditParamsToSearch({ ...params, ...patch }), { replace: true });
  const source = useRouteSource('admin.audit.list', filters);
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<AuditRow | null>(null);

  const exportCsv = useMutation<{ fileName: string; csv: string; rows: number }, ApiError>({
    mutationFn: () => api.call('admin.audit.exportCsv', { ...filters, locale: currentLanguage() }),
    onSuccess({ fileName, csv, rows }) {
      downloadText(fileName, csv);
      notifications.show({ color: 'green', message: t('audit.exported', { count: rows }) });
    },
  });

  const time = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }),
    [i18n.language],
  );
  const at = (row: AuditRow) => time.format(new Date(row.at));
  const toggle = (row: AuditRow) => setOpen((prev) => (prev?.id === row.id ? null : row));
  const columns = auditColumns(t, at, open?.id ?? null, toggle);

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

      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(row) => row.id}
        label={t('audit.title')}
        onOpen={toggle}
        openKey={open?.id ?? null}
        height={open ? 'max(240px, calc(100dvh - 640px))' : 'max(320px, calc(100dvh - 360px))'}
        minWidth={760}
        staleTime={0}
        rowTestId="audit-row"
        testId="audit-list"
        onTotal={setTotal}
        empty={<Text c="dimmed">{hasFilters(params) ? t('audit.noMatch') : t('audit.empty')}</Text>}
      />
      {open && <AuditDetail row={open} at={at(open)} />}

      <Text size="sm" c="dimmed" data-testid="audit-total">
        {total !== null && t('audit.total', { count: total, formatted: formatCount(total, i18n.language) })}
      </Text>
    </Stack>
  );
}
