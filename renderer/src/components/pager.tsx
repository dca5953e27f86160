import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconChevronsLeft, IconChevronsRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** First, previous, "page n of m", next, last: for server-paged lists. `page` counts from 0. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { t } = useTranslation();
  const last = Math.max(0, pages - 1);
  const button = (label: string, target: number, disabled: boolean, icon: ReactNode) => (
    <Tooltip label={label}>
      <ActionIcon variant="default" aria-label={label} disabled={disabled} onClick={() => onPage(target)}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
  return (
    <Group gap={6} wrap="nowrap">
      {button(t('pager.first'), 0, page === 0, <IconChevronsLeft size={16} />)}
      {button(t('pager.previous'), page - 1, page === 0, <IconChevronLeft size={16} />)}
      <Text size="sm" className="tabular" px={4} data-testid="pager-page">
        {t('pager.pageOf', { page: page + 1, pages: Math.max(1, pages) })}
      </Text>
      {button(t('pager.next'), page + 1, page >= last, <IconChevronRight size={16} />)}
      {button(t('pager.last'), last, page >= last, <IconChevronsRight size={16} />)}
    </Group>
  );
}
