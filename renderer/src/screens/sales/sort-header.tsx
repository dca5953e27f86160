import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';

/** A column header that sorts the server-paged list it heads. */
export function SortHeader({
  label,
  sorted,
  onSort,
  align = 'left',
}: {
  label: string;
  sorted: 'asc' | 'desc' | null;
  onSort(): void;
  align?: 'left' | 'right';
}) {
  return (
    <Table.Th
      ta={align}
      style={{ whiteSpace: 'nowrap' }}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <UnstyledButton onClick={onSort} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          {label}
          {sorted === 'asc' ? (
            <IconArrowUp size={14} />
          ) : sorted === 'desc' ? (
            <IconArrowDown size={14} />
          ) : (
            <IconSelector size={14} opacity={0.4} />
          )}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
