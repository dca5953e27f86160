import { ActionIcon, Code, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditRow as Row } from '../../../../../shared/contract/audit';
import type { VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { prettyJson } from './audit-params';

function Snapshot({ label, json }: { label: string; json: string | null }) {
  const { t } = useTranslation();
  const text = prettyJson(json);
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {text === null ? (
        <Text size="sm" c="dimmed">
          {t('audit.nothing')}
        </Text>
      ) : (
        <Code block fz="xs" mah={260} style={{ overflow: 'auto', whiteSpace: 'pre' }}>
          {text}
        </Code>
      )}
    </Stack>
  );
}

/** The columns of the audit trail; the first one opens an entry's before and after below the list. */
export function auditColumns(
  t: TFunction,
  at: (row: Row) => string,
  openId: number | null,
  onToggle: (row: Row) => void,
): VirtualColumn<Row>[] {
  return [
    {
      id: 'toggle',
      header: '',
      width: 44,
      cell: (row) => {
        const open = row.id === openId;
        return (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={open ? t('audit.collapse') : t('audit.expand')}
            aria-controls={open ? `audit-${row.id}` : undefined}
            aria-expanded={open}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row);
            }}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        );
      },
    },
    { id: 'at', header: t('audit.fields.at'), width: 190, cell: (row) => <span className="tabular">{at(row)}</span> },
    { id: 'user', header: t('audit.fields.user'), width: 160, cell: (row) => row.userLogin },
    {
      id: 'route',
      header: t('audit.fields.route'),
      cell: (row) => (
        <Text size="sm" ff="monospace" span>
          {row.route}
        </Text>
      ),
    },
    {
      id: 'entity',
      header: t('audit.fields.entity'),
      width: 180,
      cell: (row) =>
        row.entityType ? (
          <Text size="sm" ff="monospace" span>
            {row.entityType}
            {row.entityId !== null && `#${row.entityId}`}
          </Text>
        ) : (
          <Text size="sm" c="dimmed" span>
            —
          </Text>
        ),
    },
  ];
}

/** One audit entry opened: what the entity was before and became after, side by side. */
export function AuditDetail({ row, at }: { row: Row; at: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" id={`audit-${row.id}`} data-testid="audit-detail">
      <Text size="sm" fw={600} mb="xs">
        <Text span ff="monospace" inherit>
          {row.route}
        </Text>{' '}
        · {row.userLogin} · {at}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Snapshot label={t('audit.before')} json={row.before} />
        <Snapshot label={t('audit.after')} json={row.after} />
      </SimpleGrid>
    </Paper>
  );
}
