import { Alert, Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { ScreenLoader } from '../../../components/screen-loader';
import { DocumentForm } from './document-form';
import { DOCUMENT_QUERIES, documentPath, PAGE_KINDS, type DocumentPage } from './document-kinds';
import { documentToValues, localToday, newDocumentValues } from './document-values';

export function DocumentCreateScreen({ page }: { page: DocumentPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const kinds = PAGE_KINDS[page];
  // The invoices page creates invoices, or deposit invoices with ?kind=deposit; credit notes come from an invoice.
  const asked = search.get('kind');
  const kind = kinds.find((k) => k === asked && k !== 'credit_note') ?? kinds[0]!;
  const partyId = Number(search.get('partyId'));
  const create = useMutationRoute('sales.document.create', { invalidates: DOCUMENT_QUERIES });
  const title = t(`salesDocuments.new.${kind}`);
  return (
    <Stack maw={1300} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/sales/${page}`} size="sm">
          {t(`salesDocuments.pageTitles.${page}`)}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {title}
      </Title>
      <DocumentForm
        initialValues={newDocumentValues(kind, localToday(), Number.isInteger(partyId) ? partyId : undefined)}
        submitLabel={t('common.create')}
        onCancel={() => void navigate(`/sales/${page}`)}
        onSubmit={async (input) => {
          const doc = await create.mutateAsync(input);
          notifications.show({ color: 'green', message: t('salesDocuments.done.created') });
          void navigate(documentPath(doc.kind, doc.id), { replace: true });
        }}
      />
    </Stack>
  );
}

export function DocumentEditScreen({ page }: { page: DocumentPage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const doc = useQueryRoute('sales.document.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useMutationRoute('sales.document.update', { invalidates: DOCUMENT_QUERIES });
  if (doc.isError) return <Alert color="red">{errorText(toWireError(doc.error))}</Alert>;
  if (!doc.data) return <ScreenLoader />;
  const d = doc.data;
  const name = t(`salesDocuments.titles.${d.kind}`, { number: d.number ?? t('salesDocuments.draftNumber') });
  return (
    <Stack maw={1300} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/sales/${page}`} size="sm">
          {t(`salesDocuments.pageTitles.${page}`)}
        </Anchor>
        <Anchor component={Link} to={documentPath(d.kind, id)} size="sm">
          {name}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} size="h2">
        {t('salesDocuments.titles.edit', { title: name })}
      </Title>
      {d.credited && (
        <Text size="sm" c="dimmed">
          {t('salesDocuments.form.creditOf', { number: d.credited.number ?? '' })}
        </Text>
      )}
      {d.status !== 'draft' ? (
        <Alert color="yellow">{t('errors.salesNotDraft', { number: d.number ?? '' })}</Alert>
      ) : (
        <DocumentForm
          key={d.updatedAt}
          initialValues={documentToValues(d)}
          lockCustomer={d.source !== null || d.credited !== null}
          submitLabel={t('common.save')}
          onCancel={() => void navigate(documentPath(d.kind, id))}
          onSubmit={async (input) => {
            await update.mutateAsync({ id, document: input });
            notifications.show({ color: 'green', message: t('salesDocuments.done.saved') });
            void navigate(documentPath(d.kind, id), { replace: true });
          }}
        />
      )}
    </Stack>
  );
}
