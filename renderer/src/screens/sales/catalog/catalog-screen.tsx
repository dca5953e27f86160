import {
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { IconArrowDown, IconArrowUp, IconPlus, IconSearch, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PRODUCT_SORTS, type Product } from '../../../../../shared/contract/sales-catalog';
import { formatCents } from '../../../../../shared/domain/money';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { Pager } from '../../../components/pager';
import { ProductFormDialog } from './product-form-dialog';

const PAGE_SIZE = 50;
type Sort = (typeof PRODUCT_SORTS)[number];
type Status = 'active' | 'inactive' | 'all';

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Ventes › Catalogue: the products and services sold, server-paged; `?product=<id>` opens one. */
export function CatalogScreen() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canAdmin = useCan('sales.admin');
  const status = pick<Status>(params.get('status'), ['active', 'inactive', 'all'], 'active');
  const kind = pick(params.get('kind'), ['goods', 'service', ''], '');
  const sort = pick<Sort>(params.get('sort'), PRODUCT_SORTS, 'reference');
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const search = params.get('q') ?? '';
  const [searchText, setSearchText] = useState(search);
  const opened = params.get('product');

  const set = (patch: Record<string, string | null>, resetPage = true) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries({ ...(resetPage ? { page: null } : {}), ...patch })) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const commitSearch = useDebouncedCallback((q: string) => set({ q }), 250);

  const list = useQueryRoute(
    'sales.product.list',
    { status, kind: kind || undefined, sort, dir, page, pageSize: PAGE_SIZE, search: search || undefined },
    { placeholderData: keepPreviousData },
  );
  const openedId = opened && opened !== 'new' ? Number(opened) : null;
  const current = useQueryRoute('sales.product.get', { id: openedId ?? 0 }, { enabled: openedId !== null });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  const header = (key: Sort, label: string, align: 'left' | 'right' = 'left') => {
    const active = sort === key;
    const Icon = !active ? IconSelector : dir === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th style={{ textAlign: align }} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton
          onClick={() => set({ sort: key, dir: active && dir === 'asc' ? 'desc' : 'asc' })}
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
            {label}
            <Icon size={14} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const vatText = (p: Product) =>
    p.vatCategory === 'E'
      ? t('salesCatalog.vatChoices.exempt')
      : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(p.vatRate / 100)} %`;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('salesCatalog.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="catalog-count">
            {total === 1 ? t('salesCatalog.countOne', { count: total }) : t('salesCatalog.countMany', { count: total })}
          </Text>
        </Group>
        {canAdmin && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => set({ product: 'new' }, false)}>
            {t('salesCatalog.newProduct')}
          </Button>
        )}
      </Group>
      <Group gap="sm" wrap="wrap">
        <TextInput
          aria-label={t('salesCatalog.search')}
          placeholder={t('salesCatalog.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            commitSearch(e.currentTarget.value.trim());
          }}
          w={280}
        />
        <SegmentedControl
          aria-label={t('salesCatalog.fields.active')}
          value={status}
          onChange={(v) => set({ status: v === 'active' ? null : v })}
          data={(['active', 'inactive', 'all'] as const).map((s) => ({
            value: s,
            label: t(`salesCatalog.status.${s}`),
          }))}
        />
        <Select
          aria-label={t('salesCatalog.fields.kind')}
          value={kind}
          onChange={(v) => set({ kind: v || null })}
          allowDeselect={false}
          data={[
            { value: '', label: t('salesCatalog.kinds.all') },
            { value: 'service', label: t('salesCatalog.kinds.service') },
            { value: 'goods', label: t('salesCatalog.kinds.goods') },
          ]}
          w={200}
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('salesCatalog.title')}>
          <Table.Thead>
            <Table.Tr>
              {header('reference', t('salesCatalog.fields.reference'))}
              {header('label', t('salesCatalog.fields.label'))}
              <Table.Th>{t('salesCatalog.fields.kind')}</Table.Th>
              <Table.Th>{t('salesCatalog.fields.unit')}</Table.Th>
              {header('price', t('salesCatalog.fields.unitPrice'), 'right')}
              <Table.Th>{t('salesCatalog.fields.vat')}</Table.Th>
              <Table.Th>{t('salesCatalog.fields.revenueAccount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr
                key={p.id}
                style={{ cursor: 'pointer' }}
                onClick={() => set({ product: String(p.id) }, false)}
                tabIndex={0}
                onKeyDown={(e) => e.key === 'Enter' && set({ product: String(p.id) }, false)}
              >
                <Table.Td ff="monospace">{p.reference}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {p.label}
                    </Text>
                    {!p.active && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('salesCatalog.inactive')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`salesCatalog.kinds.${p.kind}`)}</Table.Td>
                <Table.Td>{p.unit}</Table.Td>
                <Table.Td className="tabular" style={{ textAlign: 'right' }}>
                  {formatCents(p.unitPrice, locale)} €
                </Table.Td>
                <Table.Td>{vatText(p)}</Table.Td>
                <Table.Td ff="monospace">{p.revenueAccount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.isSuccess && rows.length === 0 && (
        <Text c="dimmed" ta="center">
          {t('salesCatalog.empty')}
        </Text>
      )}
      <Group justify="flex-end">
        <Pager page={page} pages={Math.ceil(total / PAGE_SIZE)} onPage={(p) => set({ page: String(p) }, false)} />
      </Group>
      {opened === 'new' && canAdmin && (
        <ProductFormDialog product={null} onClose={() => set({ product: null }, false)} />
      )}
      {openedId !== null && current.data && (
        <ProductFormDialog
          key={current.data.id}
          product={current.data}
          readOnly={!canAdmin}
          onClose={() => set({ product: null }, false)}
        />
      )}
    </Stack>
  );
}
