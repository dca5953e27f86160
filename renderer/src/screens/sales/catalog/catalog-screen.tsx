import { Badge, Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PRODUCT_SORTS, type Product } from '../../../../../shared/contract/sales-catalog';
import { formatCents } from '../../../../../shared/domain/money';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import { VirtualTable, type VirtualColumn } from '../../../components/virtual-table/virtual-table';
import { ProductFormDialog } from './product-form-dialog';

type Sort = (typeof PRODUCT_SORTS)[number];
type Status = 'active' | 'inactive' | 'all';

// The list fills the window below the sales tabs and the filters.
const SCREEN_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md) - 36px - var(--mantine-spacing-lg))';

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Ventes › Catalogue: the products and services sold, in one scrolling list; `?product=<id>` opens one. */
export function CatalogScreen() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canAdmin = useCan('sales.admin');
  const status = pick<Status>(params.get('status'), ['active', 'inactive', 'all'], 'active');
  const kind = pick(params.get('kind'), ['goods', 'service', ''], '');
  const sort = pick<Sort>(params.get('sort'), PRODUCT_SORTS, 'reference');
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const search = params.get('q') ?? '';
  const searchRef = useRef<HTMLInputElement>(null);
  const [searchText, setSearchText] = useState(search);
  const opened = params.get('product');

  const set = (patch: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        // The list scrolls instead of paging: a page left in an older address is dropped with the next change.
        next.delete('page');
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );
  const commitSearch = useDebouncedCallback((q: string) => set({ q }), 250);

  const source = useRouteSource('sales.product.list', {
    status,
    sort,
    dir,
    ...(kind ? { kind } : {}),
    ...(search ? { search } : {}),
  });
  const [total, setTotal] = useState<number | null>(null);
  const openedId = opened && opened !== 'new' ? Number(opened) : null;
  const current = useQueryRoute('sales.product.get', { id: openedId ?? 0 }, { enabled: openedId !== null });
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  const columns = useMemo<VirtualColumn<Product>[]>(() => {
    const vatText = (p: Product) =>
      p.vatCategory === 'E'
        ? t('salesCatalog.vatChoices.exempt')
        : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(p.vatRate / 100)} %`;
    return [
      {
        id: 'reference',
        header: t('salesCatalog.fields.reference'),
        sort: 'reference',
        width: 150,
        cell: (p) => (
          <Text span size="sm" ff="monospace" title={p.reference}>
            {p.reference}
          </Text>
        ),
      },
      {
        id: 'label',
        header: t('salesCatalog.fields.label'),
        sort: 'label',
        cell: (p) => (
          <>
            <Text span size="sm" fw={500} title={p.label}>
              {p.label}
            </Text>
            {!p.active && (
              <Badge ml={6} size="xs" color="gray" variant="light">
                {t('salesCatalog.inactive')}
              </Badge>
            )}
          </>
        ),
      },
      { id: 'kind', header: t('salesCatalog.fields.kind'), width: 100, cell: (p) => t(`salesCatalog.kinds.${p.kind}`) },
      { id: 'unit', header: t('salesCatalog.fields.unit'), width: 80, cell: (p) => p.unit },
      {
        id: 'price',
        header: t('salesCatalog.fields.unitPrice'),
        sort: 'price',
        align: 'right',
        width: 160,
        cell: (p) => <span className="tabular">{formatCents(p.unitPrice, locale)} €</span>,
      },
      { id: 'vat', header: t('salesCatalog.fields.vat'), width: 90, cell: vatText },
      {
        id: 'revenueAccount',
        header: t('salesCatalog.fields.revenueAccount'),
        width: 180,
        cell: (p) => (
          <Text span size="sm" ff="monospace">
            {p.revenueAccount}
          </Text>
        ),
      },
    ];
  }, [t, i18n.language, locale]);

  return (
    <Stack gap="md" h={SCREEN_HEIGHT} mih={480}>
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={1} size="h2">
            {t('salesCatalog.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="catalog-count">
            {total !== null &&
              (total === 1
                ? t('salesCatalog.countOne', { count: total })
                : t('salesCatalog.countMany', { count: total }))}
          </Text>
        </Group>
        {canAdmin && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => set({ product: 'new' })}>
            {t('salesCatalog.newProduct')}
          </Button>
        )}
      </Group>
      <Group gap="sm" wrap="wrap">
        <TextInput
          ref={searchRef}
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
      <VirtualTable
        source={source}
        columns={columns}
        rowKey={(p) => p.id}
        label={t('salesCatalog.title')}
        onOpen={(p) => set({ product: String(p.id) })}
        openKey={openedId}
        sort={{
          by: sort,
          dir,
          onSort: (by) => set({ sort: by, dir: sort === by && dir === 'asc' ? 'desc' : 'asc' }),
        }}
        keysFrom={searchRef}
        minWidth={900}
        onTotal={setTotal}
        testId="catalog-list"
        rowTestId="catalog-row"
        empty={<Text c="dimmed">{t('salesCatalog.empty')}</Text>}
      />
      {opened === 'new' && canAdmin && <ProductFormDialog product={null} onClose={() => set({ product: null })} />}
      {openedId !== null && current.data && (
        <ProductFormDialog
          key={current.data.id}
          product={current.data}
          readOnly={!canAdmin}
          onClose={() => set({ product: null })}
        />
      )}
    </Stack>
  );
}
