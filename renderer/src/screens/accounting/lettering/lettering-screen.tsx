import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData } from '@tanstack/react-query';
import { IconLink, IconWand } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OPEN_ITEM_SORTS, OpenItem } from '../../../../../shared/contract/accounting-lettering';
import { formatCents } from '../../../../../shared/domain/money';
import { useApi } from '../../../api/api-context';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { useRouteSource } from '../../../components/virtual-table/route-source';
import type { PagedSource } from '../../../components/virtual-table/use-paged-rows';
import { OpenItemsTable } from './open-items-table';
import { canLetter, selectionBalance, toggled, type Selection } from './selection';

type Kind = 'customer' | 'supplier';
type Status = 'open' | 'lettered' | 'all';
type Sort = (typeof OPEN_ITEM_SORTS)[number];

/** Rows a page of the list asks for: the list's first page also brings the open balance shown above it. */
const PAGE_SIZE = 100;
// Below the filters and the balances, the list keeps the rest of the window.
const LIST_HEIGHT = 'max(320px, calc(100dvh - 400px))';
const EMPTY: Selection = new Map();
const REFRESH = ['accounting.openitem.list', 'accounting.entry.get', 'accounting.entry.list'] as const;

/** Lettrage: a third party's open items in one scrolling list, ticked by hand or matched automatically. */
export function LetteringScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const canWrite = useCan('accounting.write');
  const [kind, setKind] = useState<Kind>('customer');
  const [auxId, setAuxId] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>('open');
  const [sort, setSort] = useState<{ by: Sort; dir: 'asc' | 'desc' }>({ by: 'date', dir: 'asc' });
  const [selection, setSelection] = useState<Selection>(EMPTY);
  const api = useApi();

  const auxList = useQueryRoute('accounting.aux.list', { kind });
  const auxOptions = useMemo(
    () => (auxList.data ?? []).map((a) => ({ value: String(a.id), label: `${a.number} · ${a.label}` })),
    [auxList.data],
  );
  const filters = useMemo(
    () => ({ ...(auxId !== null ? { auxAccountId: auxId } : {}), status, sort: sort.by, dir: sort.dir }),
    [auxId, status, sort],
  );
  const routeSource = useRouteSource('accounting.openitem.list', filters);
  // Pages are kept whole in the cache, so that the first one, read again here under the same key, gives the
  // open balance without a second request.
  const source = useMemo<PagedSource<OpenItem>>(
    () => ({
      ...routeSource,
      fetchPage: (page, pageSize) => api.call('accounting.openitem.list', { ...filters, page, pageSize }),
    }),
    [routeSource, api, filters],
  );
  const head = useQueryRoute(
    'accounting.openitem.list',
    { ...filters, page: 0, pageSize: PAGE_SIZE },
    { enabled: auxId !== null, placeholderData: keepPreviousData },
  );

  const letter = useMutationRoute('accounting.letter.set', {
    invalidates: REFRESH,
    onSuccess({ letter: code, lineIds }) {
      setSelection(EMPTY);
      notifications.show({ color: 'green', message: t('lettering.lettered', { letter: code, count: lineIds.length }) });
    },
  });
  const { mutate: unletterLine } = useMutationRoute('accounting.letter.clear', {
    invalidates: REFRESH,
    onSuccess({ lineIds }) {
      notifications.show({ message: t('lettering.unlettered', { count: lineIds.length }) });
    },
  });
  const auto = useMutationRoute('accounting.letter.auto', {
    invalidates: REFRESH,
    onSuccess({ groups, lines }) {
      setSelection(EMPTY);
      notifications.show({
        color: groups ? 'green' : undefined,
        message: groups ? t('lettering.autoDone', { count: groups, lines }) : t('lettering.autoNone'),
      });
    },
  });

  const choose = (patch: { kind?: Kind; auxId?: number | null; status?: Status }) => {
    if (patch.kind !== undefined) setKind(patch.kind);
    if (patch.auxId !== undefined) setAuxId(patch.auxId);
    if (patch.status !== undefined) setStatus(patch.status);
    if (patch.kind !== undefined || patch.auxId !== undefined) setSelection(EMPTY);
  };
  const onToggle = useCallback((item: OpenItem) => setSelection((s) => toggled(s, item)), []);
  const onUnletter = useCallback((item: OpenItem) => unletterLine({ lineId: item.id }), [unletterLine]);

  const balance = selectionBalance(selection);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('lettering.title')}
        </Title>
        {canWrite && (
          <Tooltip label={t('lettering.autoHint')} multiline w={320}>
            <Button
              variant="light"
              leftSection={<IconWand size={16} />}
              loading={auto.isPending}
              onClick={() => auto.mutate(auxId !== null ? { auxAccountId: auxId } : { kind })}
            >
              {t('lettering.auto')}
            </Button>
          </Tooltip>
        )}
      </Group>
      <Group align="flex-end" gap="md">
        <SegmentedControl
          aria-label={t('lettering.kind')}
          value={kind}
          onChange={(v) => choose({ kind: v as Kind, auxId: null })}
          data={(['customer', 'supplier'] as const).map((k) => ({ value: k, label: t(`lettering.kinds.${k}`) }))}
        />
        <Select
          label={t('lettering.party')}
          placeholder={t('lettering.partyPlaceholder')}
          nothingFoundMessage={t('lettering.noParty')}
          searchable
          clearable
          w={360}
          data={auxOptions}
          value={auxId === null ? null : String(auxId)}
          onChange={(v) => choose({ auxId: v ? Number(v) : null })}
        />
        <SegmentedControl
          aria-label={t('lettering.status')}
          value={status}
          onChange={(v) => choose({ status: v as Status })}
          data={(['open', 'lettered', 'all'] as const).map((s) => ({ value: s, label: t(`lettering.statuses.${s}`) }))}
        />
      </Group>
      {auxId === null ? (
        <Text c="dimmed">{t('lettering.pickParty')}</Text>
      ) : (
        <>
          <Paper withBorder p="sm">
            <Group justify="space-between">
              <Group gap="xl">
                <Text size="sm">
                  {t('lettering.openBalance')}{' '}
                  <Text span fw={600} className="tabular" data-testid="open-balance">
                    {formatCents(head.data?.openBalance ?? 0, lang)}
                  </Text>
                </Text>
                <Text size="sm" data-testid="selection-count">
                  {t('lettering.selection', { count: selection.size })}
                </Text>
                <Text size="sm">
                  {t('lettering.selectionBalance')}{' '}
                  <Text
                    span
                    fw={600}
                    className="tabular"
                    c={balance ? 'red' : undefined}
                    data-testid="selection-balance"
                  >
                    {formatCents(balance, lang)}
                  </Text>
                </Text>
              </Group>
              {canWrite && (
                <Group gap="xs">
                  <Button variant="default" disabled={selection.size === 0} onClick={() => setSelection(EMPTY)}>
                    {t('lettering.clearSelection')}
                  </Button>
                  <Tooltip label={t('lettering.letterHint')} disabled={canLetter(selection)}>
                    <Button
                      leftSection={<IconLink size={16} />}
                      disabled={!canLetter(selection)}
                      loading={letter.isPending}
                      onClick={() => letter.mutate({ lineIds: [...selection.keys()] })}
                    >
                      {t('lettering.letter')}
                    </Button>
                  </Tooltip>
                </Group>
              )}
            </Group>
          </Paper>
          <OpenItemsTable
            source={source}
            pageSize={PAGE_SIZE}
            sort={{
              by: sort.by,
              dir: sort.dir,
              onSort: (by) =>
                setSort((s) => ({ by: by as Sort, dir: s.by === by && s.dir === 'asc' ? 'desc' : 'asc' })),
            }}
            selection={selection}
            onToggle={onToggle}
            onUnletter={canWrite ? onUnletter : undefined}
            height={LIST_HEIGHT}
          />
          {canWrite && (
            <Text size="xs" c="dimmed">
              {t('lettering.keyboard')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
