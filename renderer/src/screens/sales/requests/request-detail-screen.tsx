import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  REQUEST_TRANSITIONS,
  type RequestStatus,
  type SalesRequest,
} from '../../../../../shared/contract/sales-requests';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatDate, formatInstant } from '../../../components/format';
import { ScreenLoader } from '../../../components/screen-loader';
import { PriorityBadge, StatusBadge } from './request-badges';
import { RequestHistory } from './request-history';
import { REQUEST_QUERIES } from './request-queries';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? '—'}
      </Text>
    </Stack>
  );
}

export function RequestDetailScreen() {
  const id = Number(useParams().id);
  const request = useQueryRoute('sales.request.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (request.isError) return <Alert color="red">{errorText(toWireError(request.error))}</Alert>;
  if (!request.data) return <ScreenLoader />;
  return <RequestDetail request={request.data} />;
}

function RequestDetail({ request: r }: { request: SalesRequest }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const canWrite = useCan('sales.write');
  const closed = r.status === 'closed';
  return (
    <Stack maw={1100} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/sales/requests" size="sm">
          {t('salesRequests.title')}
        </Anchor>
        <Text size="sm">{r.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {r.number} · {r.subject}
          </Title>
          <Group gap="xs">
            <StatusBadge status={r.status} />
            <PriorityBadge priority={r.priority} />
            <Text size="sm" c="dimmed">
              {t(`salesRequests.type.${r.type}`)}
            </Text>
          </Group>
        </Stack>
        {canWrite && !closed && (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => void navigate(`/sales/requests/${r.id}/edit`)}
          >
            {t('salesRequests.edit')}
          </Button>
        )}
      </Group>
      {closed && <Alert color="gray">{t('salesRequests.closedHint')}</Alert>}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Field label={t('salesRequests.fields.customer')}>
            <Anchor component={Link} to={`/parties/${r.partyId}`} size="sm">
              {r.partyName}
            </Anchor>
          </Field>
          <Field label={t('salesRequests.fields.assignee')}>
            {r.assigneeName ?? t('salesRequests.form.unassigned')}
          </Field>
          <Field label={t('salesRequests.fields.dueDate')}>
            {r.dueDate && (
              <Text size="sm" c={r.overdue ? 'red' : undefined} fw={r.overdue ? 600 : undefined}>
                {formatDate(r.dueDate, lang)}
                {r.overdue ? ` · ${t('salesRequests.overdueSince')}` : ''}
              </Text>
            )}
          </Field>
          <Field label={t('salesRequests.fields.createdAt')}>{formatInstant(r.createdAt, lang)}</Field>
          <Field label={t('salesRequests.fields.order')}>{r.orderNumber}</Field>
          <Field label={t('salesRequests.fields.invoice')}>{r.invoiceNumber}</Field>
          <Field label={t('salesRequests.fields.product')}>{r.productLabel}</Field>
          <Field label={t('salesRequests.fields.closedAt')}>{r.closedAt && formatInstant(r.closedAt, lang)}</Field>
        </SimpleGrid>
        {r.description && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              {t('salesRequests.fields.description')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {r.description}
            </Text>
          </Stack>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('salesRequests.history.title')}
          </Title>
          <RequestHistory notes={r.notes} />
        </Stack>
        {canWrite && !closed && <NoteForm request={r} />}
      </SimpleGrid>
    </Stack>
  );
}

/** A note alone, or a note that goes with a change of status: one button per move the workflow allows. */
function NoteForm({ request: r }: { request: SalesRequest }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const note = useMutationRoute('sales.request.note', { invalidates: REQUEST_QUERIES });
  const send = async (status?: RequestStatus) => {
    await note.mutateAsync({ id: r.id, text, ...(status ? { status } : {}) });
    setText('');
    notifications.show({ color: 'green', message: t('salesRequests.noteAdded') });
  };
  return (
    <Stack gap="sm">
      <Textarea
        label={t('salesRequests.note.label')}
        placeholder={t('salesRequests.note.placeholder')}
        autosize
        minRows={3}
        maxRows={10}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" aria-label={t('salesRequests.note.withStatus')} role="group">
          {REQUEST_TRANSITIONS[r.status].map((to) => (
            <Button
              key={to}
              size="xs"
              variant="light"
              color={to === 'resolved' ? 'green' : to === 'closed' ? 'gray' : undefined}
              loading={note.isPending && note.variables?.status === to}
              onClick={() => void send(to).catch(() => undefined)}
            >
              {t(`salesRequests.moveTo.${to}`)}
            </Button>
          ))}
        </Group>
        <Button
          size="xs"
          disabled={text.trim() === ''}
          loading={note.isPending && note.variables?.status === undefined}
          onClick={() => void send().catch(() => undefined)}
        >
          {t('salesRequests.note.add')}
        </Button>
      </Group>
    </Stack>
  );
}
