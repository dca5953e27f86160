import { Button, Center, Group, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue, useOs } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconLifebuoy, IconPackage, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../shared/contract/system';
import { foldText } from '../../../shared/domain/text';
import { useQueryRoute } from '../api/hooks';
import { DEPARTMENTS } from './departments';
import { useSession } from './session/auth-context';
import { allows, grantedOf } from './session/permissions';

const SEARCH_LIMIT = 10;

/** How each kind of hit is grouped, drawn and opened. */
const HIT_GROUPS = [
  { kind: 'party', group: 'parties', icon: IconAddressBook, path: (id: number) => `/parties/${id}` },
  { kind: 'product', group: 'products', icon: IconPackage, path: (id: number) => `/sales/catalog?product=${id}` },
  { kind: 'request', group: 'requests', icon: IconLifebuoy, path: (id: number) => `/sales/requests/${id}` },
] as const satisfies readonly { kind: SearchHit['kind']; group: string; icon: unknown; path(id: number): string }[];

export function SearchButton() {
  const { t } = useTranslation();
  const os = useOs();
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} />}
      rightSection={
        <Kbd size="xs" aria-hidden>
          {os === 'macos' ? '⌘ K' : 'Ctrl K'}
        </Kbd>
      }
      aria-keyshortcuts="Control+K Meta+K"
      onClick={() => spotlight.open()}
      aria-label={t('search.open')}
      visibleFrom="xs"
      fw={400}
      c="dimmed"
    >
      {t('search.button')}
    </Button>
  );
}

/** Ctrl+K: jump to a department or to any record the core's search index knows. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const granted = grantedOf(useSession());
  // Without reading any kind of record the index holds, there is nothing to find.
  const searchable = granted.has('parties.read') || granted.has('sales.read');
  const search = useQueryRoute(
    'system.search.query',
    { text: debounced, limit: SEARCH_LIMIT },
    { enabled: searchable && debounced.length > 0, placeholderData: (previous) => previous },
  );

  const folded = foldText(query);
  const allowed = DEPARTMENTS.filter((d) => allows(granted, d.need));
  const departments = folded
    ? allowed.filter((d) => foldText(t(`departments.${d.key}.name`)).includes(folded))
    : allowed;
  const hits = searchable && debounced ? (search.data?.hits ?? []) : [];
  const groups = HIT_GROUPS.map((g) => ({ ...g, hits: hits.filter((h) => h.kind === g.kind) })).filter(
    (g) => g.hits.length > 0,
  );
  const waiting = searchable && (query.trim() !== debounced || search.isFetching);

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={420}
    >
      <Spotlight.Search
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={18} stroke={1.6} />}
        rightSection={waiting && query.trim() ? <Loader size="xs" /> : null}
        aria-label={t('search.placeholder')}
      />
      <Spotlight.ActionsList>
        {groups.map((g) => (
          <Spotlight.ActionsGroup key={g.kind} label={t(`search.groups.${g.group}`)}>
            {g.hits.map((hit) => (
              <Spotlight.Action
                key={`${hit.kind}:${hit.id}`}
                label={hit.title}
                description={hit.subtitle ?? undefined}
                leftSection={<g.icon size={20} stroke={1.5} />}
                onClick={() => void navigate(g.path(hit.id))}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {departments.length > 0 && (
          <Spotlight.ActionsGroup label={t('search.groups.departments')}>
            {departments.map((d) => (
              <Spotlight.Action
                key={d.key}
                label={t(`departments.${d.key}.name`)}
                leftSection={<d.icon size={20} stroke={1.5} />}
                onClick={() => void navigate(d.path)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length === 0 && departments.length === 0 && (
          <Spotlight.Empty>
            {waiting ? (
              <Center>
                <Loader size="sm" />
              </Center>
            ) : (
              t('search.nothing')
            )}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="xs" justify="flex-end">
          <Text size="xs" c="dimmed">
            {t('search.hint')}
          </Text>
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  );
}
