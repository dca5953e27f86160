import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { EntryDetailScreen, EntryEditScreen } from './entry-detail-screen';
import { EntryListScreen } from './entry-list-screen';
import { FastEntryScreen } from './fast-entry-screen';

/** Saisie and the entries list, side by side under one tab; an entry opens at entries/:id. */
export function EntriesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = pathname.endsWith('/entries') || pathname.endsWith('/entries/') ? 'new' : 'list';
  return (
    <Stack gap="md">
      <Group>
        <SegmentedControl
          aria-label={t('accounting.pages.entries')}
          value={view}
          onChange={(v) => void navigate(v === 'new' ? '/accounting/entries' : '/accounting/entries/list')}
          data={[
            { value: 'new', label: t('accounting.entries.fastTitle') },
            { value: 'list', label: t('accounting.entries.listTitle') },
          ]}
        />
      </Group>
      <Routes>
        <Route index element={<FastEntryScreen />} />
        <Route path="list" element={<EntryListScreen />} />
        <Route path=":id" element={<EntryDetailScreen />} />
        <Route path=":id/edit" element={<EntryEditScreen />} />
      </Routes>
    </Stack>
  );
}
