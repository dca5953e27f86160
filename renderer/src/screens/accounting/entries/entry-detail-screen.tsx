import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatCents } from '../../../../../shared/domain/money';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';
import { currentLanguage } from '../../../i18n';
import { EntryForm } from './entry-form';
import { ReverseDialog } from './reverse-dialog';

const INVALIDATES = ['accounting.entry.list', 'accounting.entry.get'] as const;

function useEntry() {
  const id = Number(useParams().id);
  return useQueryRoute(
    'accounting.entry.get',
    { id },
    { enabled: Number.isInteger(id) && id > 0, meta: { quiet: true } },
  );
}

/** One entry: its lines, where it comes from, what reverses it, and what may still be done with it. */
export function EntryDetailScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const entry = useEntry();
  const canWrite = useCan('accounting.write');
  const canValidate = useCan('accounting.validate');
  const [dialog, setDialog] = useState<'delete' | 'reverse' | null>(null);
  const validate = useMutationRoute('accounting.entry.validate', {
    meta: { quiet: true },
    invalidates: INVALIDATES,
    onSuccess: (e) =>
      notifications.show({ color: 'green', message: t('accounting.entries.posted', { number: e.number }) }),
  });
  const remove = useMutationRoute('accounting.entry.delete', {
    meta: { quiet: true },
    invalidates: ['accounting.entry.list'],
    onSuccess: () => void navigate('/accounting/entries/list'),
  });
  if (entry.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (entry.isError) return <Alert color="red">{errorText(toWireError(entry.error))}</Alert>;
  const e = entry.data;
  const lang = currentLanguage();
  const failure = validate.error ?? remove.error;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="entry-title">
              {e.number ?? t('accounting.entries.draftNumber', { id: e.id })}
            </Title>
            <Badge variant="light" color={e.status === 'validated' ? 'teal' : 'gray'} data-testid="entry-status">
              {t(`accounting.entries.status.${e.status}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {e.journalCode} · {e.journalLabel} · {formatDate(e.date, i18n.language)} · {e.label}
            {e.reference ? ` · ${e.reference}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {e.status === 'draft' && canValidate && (
            <Button
              leftSection={<IconCheck size={16} />}
              loading={validate.isPending}
              onClick={() => validate.mutate({ id: e.id })}
            >
              {t('accounting.entries.validate')}
            </Button>
          )}
          {e.status === 'draft' && canWrite && (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                component={Link}
                to={`/accounting/entries/${e.id}/edit`}
              >
                {t('common.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => setDialog('delete')}
              >
                {t('common.delete')}
              </Button>
            </>
          )}
          {e.status === 'validated' && canValidate && e.reversalOf === null && e.reversedBy === null && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => setDialog('reverse')}
            >
              {t('accounting.entries.reverse')}
            </Button>
          )}
        </Group>
      </Group>
      {failure && (
        <Alert color="red" data-testid="entry-error">
          {errorText(toWireError(failure))}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group gap="xl">
          <Text size="sm">
            {t('accounting.entries.source')} :{' '}
            {e.source
              ? t('accounting.entries.sourceOf', { type: e.source.type, id: e.source.id })
              : t('accounting.entries.manual')}
          </Text>
          {e.reversalOf !== null && (
            <Anchor component={Link} to={`/accounting/entries/${e.reversalOf}`} size="sm" data-testid="reversal-of">
              {t('accounting.entries.reversalOf')}
            </Anchor>
          )}
          {e.reversedBy !== null && (
            <Anchor component={Link} to={`/accounting/entries/${e.reversedBy}`} size="sm" data-testid="reversed-by">
              {t('accounting.entries.reversedBy')}
            </Anchor>
          )}
        </Group>
      </Paper>
      <Table withTableBorder aria-label={t('accounting.entries.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th w={260}>{t('accounting.entries.account')}</Table.Th>
            <Table.Th w={200}>{t('accounting.entries.aux')}</Table.Th>
            <Table.Th>{t('accounting.entries.lineLabel')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('accounting.entries.debit')}
            </Table.Th>
            <Table.Th w={130} ta="right">
              {t('accounting.entries.credit')}
            </Table.Th>
            <Table.Th w={70}>{t('accounting.entries.letter')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {e.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.lineNo}</Table.Td>
              <Table.Td>
                <Text size="sm" span ff="monospace">
                  {l.accountNumber}
                </Text>{' '}
                <Text size="sm" span c="dimmed">
                  {l.accountLabel}
                </Text>
              </Table.Td>
              <Table.Td>{l.auxNumber ? `${l.auxNumber} ${l.auxLabel ?? ''}` : ''}</Table.Td>
              <Table.Td>{l.label ?? ''}</Table.Td>
              <Table.Td ta="right" className="tabular">
                {l.debit ? formatCents(l.debit, lang) : ''}
              </Table.Td>
              <Table.Td ta="right" className="tabular">
                {l.credit ? formatCents(l.credit, lang) : ''}
              </Table.Td>
              <Table.Td>{l.letter ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td colSpan={4} ta="right" fw={600}>
              {t('accounting.entries.totals')}
            </Table.Td>
            <Table.Td ta="right" className="tabular" fw={600}>
              {formatCents(e.totalDebit, lang)}
            </Table.Td>
            <Table.Td ta="right" className="tabular" fw={600}>
              {formatCents(e.totalCredit, lang)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {dialog === 'delete' && (
        <Modal opened onClose={() => setDialog(null)} title={t('accounting.entries.deleteTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('accounting.entries.deleteHelp')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate({ id: e.id })} data-autofocus>
                {t('common.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {dialog === 'reverse' && (
        <ReverseDialog
          entry={e}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            notifications.show({ color: 'green', message: t('accounting.entries.reversed', { number: r.number }) });
            void navigate(`/accounting/entries/${r.id}`);
          }}
        />
      )}
    </Stack>
  );
}

/** A draft back in the entry grid. */
export function EntryEditScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entry = useEntry();
  if (entry.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (entry.isError) return <Alert color="red">{errorText(toWireError(entry.error))}</Alert>;
  if (entry.data.status !== 'draft') return <Alert color="orange">{t('errors.entryValidated')}</Alert>;
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('accounting.entries.editTitle', { id: entry.data.id })}
      </Title>
      <EntryForm
        key={entry.data.updatedAt}
        draft={entry.data}
        onDone={(e) => void navigate(`/accounting/entries/${e.id}`)}
      />
    </Stack>
  );
}
