import { Alert, Button, Group, Kbd, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconCopy, IconDeviceFloppy, IconEraser } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../../shared/contract/accounting-entries';
import { useApi } from '../../../api/api-context';
import type { ApiError } from '../../../api/client';
import { issuesOf, toWireError } from '../../../api/errors';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { translateKey } from '../../../i18n';
import { EntryGrid } from './entry-grid';
import {
  emptyLine,
  fromEntry,
  isPostable,
  placeIssues,
  toEntryInput,
  type DraftHeader,
  type DraftLine,
} from './entry-draft';

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Action = 'post' | 'save';

interface EntryFormProps {
  /** A draft being edited; a new entry otherwise. */
  draft?: Entry;
  /** Called with the entry once saved or posted. */
  onDone(entry: Entry, action: Action): void;
  /** The entry Ctrl+D copies when the form has no better idea. */
  lastPosted?: () => Promise<Entry | null>;
}

const INVALIDATES = ['accounting.entry.list', 'accounting.entry.get'] as const;

/** The fast entry form: header, grid of lines, Enter posts a balanced entry, Ctrl+S keeps it as a draft. */
export function EntryForm({ draft, onDone, lastPosted }: EntryFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const canValidate = useCan('accounting.validate');
  const journals = useQueryRoute('accounting.journal.list', { status: 'active' }, { staleTime: 60_000 });
  const initial = draft ? fromEntry(draft) : null;
  const [header, setHeader] = useState<DraftHeader>(
    initial?.header ?? { journalCode: 'OD', date: today(), label: '', reference: '' },
  );
  const [lines, setLines] = useState<DraftLine[]>(initial?.lines ?? [emptyLine(), emptyLine()]);
  const [placed, setPlaced] = useState<ReturnType<typeof placeIssues> | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const postable = isPostable(lines) && header.label.trim() !== '';

  const submit = useMutation<Entry, ApiError, Action>({
    meta: { quiet: true },
    async mutationFn(action) {
      const { input } = toEntryInput(header, lines);
      if (!draft) return api.call(action === 'post' ? 'accounting.entry.post' : 'accounting.entry.create', input);
      const saved = await api.call('accounting.entry.update', { id: draft.id, entry: input });
      return action === 'post' ? api.call('accounting.entry.validate', { id: saved.id }) : saved;
    },
    async onSuccess(entry, action) {
      setPlaced(null);
      setGeneral(null);
      await Promise.all(INVALIDATES.map((name) => queryClient.invalidateQueries({ queryKey: [name] })));
      notifications.show({
        color: 'green',
        message:
          action === 'post'
            ? t('accounting.entries.posted', { number: entry.number ?? '' })
            : t('accounting.entries.savedDraft'),
      });
      if (!draft) {
        setHeader((h) => ({ ...h, label: '', reference: '' }));
        setLines([emptyLine(), emptyLine()]);
        labelRef.current?.focus();
      }
      onDone(entry, action);
    },
    onError(error) {
      const { rowKeys } = toEntryInput(header, lines);
      const issues = issuesOf(error);
      const where = placeIssues(issues, rowKeys);
      setPlaced(where);
      const wire = toWireError(error);
      setGeneral(issues.length === 0 || where.other.length ? errorText(wire) : null);
    },
  });

  const run = (action: Action) => {
    if (submit.isPending) return;
    if (action === 'post' && !postable) {
      setGeneral(t('accounting.entries.notPostable'));
      return;
    }
    submit.mutate(action);
  };

  const duplicate = async () => {
    const source = await lastPosted?.();
    if (!source) {
      setGeneral(t('accounting.entries.nothingToDuplicate'));
      return;
    }
    const copy = fromEntry(source);
    setHeader((h) => ({ ...copy.header, date: h.date, reference: '' }));
    setLines([...copy.lines, emptyLine()]);
    setPlaced(null);
    setGeneral(null);
    labelRef.current?.focus();
  };

  const onShortcut = useEffectEvent((e: globalThis.KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || document.querySelector('[role="dialog"]')) return;
    const key = e.key.toLowerCase();
    if (key === 's') {
      e.preventDefault();
      run('save');
    } else if (key === 'd' && !draft) {
      e.preventDefault();
      void duplicate();
    }
  });
  useEffect(() => {
    const listener = (e: globalThis.KeyboardEvent) => onShortcut(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented || e.ctrlKey || e.altKey || e.shiftKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('button, a, select, [aria-expanded="true"]')) return;
    e.preventDefault();
    if (canValidate) run('post');
  };

  const headerError = (field: string) => {
    const key = placed?.header[field];
    return key ? translateKey(key) : undefined;
  };

  return (
    <Stack gap="sm" onKeyDown={onEnter} data-testid="entry-form">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('accounting.entries.journal')}
          w={220}
          value={header.journalCode}
          error={headerError('journalCode')}
          onChange={(e) => setHeader({ ...header, journalCode: e.currentTarget.value })}
          data={(journals.data ?? [{ code: header.journalCode, label: '' }]).map((j) => ({
            value: j.code,
            label: j.label ? `${j.code} · ${j.label}` : j.code,
          }))}
        />
        <TextInput
          type="date"
          label={t('accounting.entries.date')}
          w={170}
          value={header.date}
          error={headerError('date')}
          onChange={(e) => setHeader({ ...header, date: e.currentTarget.value })}
        />
        <TextInput
          ref={labelRef}
          label={t('accounting.entries.label')}
          style={{ flex: 1 }}
          miw={240}
          value={header.label}
          error={headerError('label')}
          onChange={(e) => setHeader({ ...header, label: e.currentTarget.value })}
          data-autofocus
          autoFocus
        />
        <TextInput
          label={t('accounting.entries.reference')}
          w={180}
          value={header.reference}
          error={headerError('reference')}
          onChange={(e) => setHeader({ ...header, reference: e.currentTarget.value })}
        />
      </Group>
      <EntryGrid lines={lines} onLines={setLines} entryLabel={header.label} errors={placed?.lines ?? {}} />
      {general && (
        <Alert color="red" variant="light" data-testid="entry-error">
          {general}
        </Alert>
      )}
      <Group justify="space-between">
        <Group gap="xs">
          {canValidate && (
            <Button
              leftSection={<IconCheck size={16} />}
              onClick={() => run('post')}
              disabled={!postable}
              loading={submit.isPending && submit.variables === 'post'}
              rightSection={<Kbd size="xs">{t('accounting.entries.keyEnter')}</Kbd>}
            >
              {t('accounting.entries.post')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => run('save')}
            loading={submit.isPending && submit.variables === 'save'}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
          >
            {t('accounting.entries.saveDraft')}
          </Button>
          {!draft && (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              onClick={() => void duplicate()}
              rightSection={<Kbd size="xs">Ctrl+D</Kbd>}
            >
              {t('accounting.entries.duplicate')}
            </Button>
          )}
        </Group>
        {!draft && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconEraser size={16} />}
            onClick={() => {
              setLines([emptyLine(), emptyLine()]);
              setHeader({ ...header, label: '', reference: '' });
              setPlaced(null);
              setGeneral(null);
            }}
          >
            {t('accounting.entries.clear')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('accounting.entries.keys')}
      </Text>
    </Stack>
  );
}
