import { ActionIcon, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditRow as Row } from '../../../../../shared/contract/audit';
import { prettyJson } from './audit-params';

export const AUDIT_COLUMNS = 5;

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
        <Code block fz="xs" mah={320} style={{ overflow: 'auto', whiteSpace: 'pre' }}>
          {text}
        </Code>
      )}
    </Stack>
  );
}

/** One audit entry; opened, what the entity was before and became after, side by side. */
export function AuditRow({
  row,
  at,
  expanded,
  onToggle,
}: {
  row: Row;
  at: string;
  expanded: boolean;
  onToggle(): void;
}) {
  const { t } = useTranslation();
  const detailsId = `audit-${row.id}`;
  return (
    <>
      <Table.Tr onClick={onToggle} style={{ cursor: 'pointer' }} aria-expanded={expanded} data-testid="audit-row">
        <Table.Td w={40}>
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={expanded ? t('audit.collapse') : t('audit.expand')}
            aria-controls={detailsId}
            aria-expanded={expanded}
            onClick={(e) => {
              e.stopPropagation();
              onToggle();
            }}
          >
            {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td className="tabular" style={{ whiteSpace: 'nowrap' }}>
          {at}
        </Table.Td>
        <Table.Td>{row.userLogin}</Table.Td>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {row.route}
          </Text>
        </Table.Td>
        <Table.Td>
          {row.entityType ? (
            <Text size="sm" ff="monospace">
              {row.entityType}
              {row.entityId !== null && `#${row.entityId}`}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={AUDIT_COLUMNS} bg="var(--mantine-color-body)">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" py="xs">
              <Snapshot label={t('audit.before')} json={row.before} />
              <Snapshot label={t('audit.after')} json={row.after} />
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
