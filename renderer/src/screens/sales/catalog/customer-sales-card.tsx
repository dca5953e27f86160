import {
  Anchor,
  Autocomplete,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentRow } from '../../../../../shared/contract/sales-documents';
import { PaymentTermsSchema, VatRegimeSchema, type CustomerTerms } from '../../../../../shared/contract/sales-catalog';
import { formatCents } from '../../../../../shared/domain/money';
import { toWireError } from '../../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';

const DOCUMENT_PAGES: Partial<Record<DocumentRow['kind'], string>> = {
  quote: 'quotes',
  order: 'orders',
  delivery: 'deliveries',
};

/** Where a sales document opens: invoices, deposits and credit notes live under Factures. */
export function documentPath(d: Pick<DocumentRow, 'id' | 'kind'>): string {
  return `/sales/${DOCUMENT_PAGES[d.kind] ?? 'invoices'}/${d.id}`;
}

/** A customer's page, « Ventes »: selling terms (editable with sales.write) and the documents made for it. */
export function CustomerSalesCard({ partyId }: { partyId: number }) {
  const { t } = useTranslation();
  const terms = useQueryRoute('sales.customer.get', { partyId });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('salesCatalog.customer.title')}
      </Title>
      <Stack gap="lg">
        {terms.data && <TermsForm key={JSON.stringify(terms.data)} terms={terms.data} />}
        {terms.isError && (
          <Text size="sm" c="red">
            {errorText(toWireError(terms.error))}
          </Text>
        )}
        <SalesHistory partyId={partyId} />
      </Stack>
    </Card>
  );
}

function TermsForm({ terms }: { terms: CustomerTerms }) {
  const { t } = useTranslation();
  const canWrite = useCan('sales.write');
  const [values, setValues] = useState(terms);
  const categories = useQueryRoute('sales.product.categories', {});
  const save = useMutationRoute('sales.customer.update', {
    invalidates: ['sales.customer.get', 'sales.product.categories'],
    meta: { quiet: true },
    onSuccess: () => notifications.show({ color: 'green', message: t('salesCatalog.customer.saved') }),
  });
  const changed = JSON.stringify(values) !== JSON.stringify(terms);
  return (
    <Stack gap="sm">
      <Text fw={500} size="sm">
        {t('salesCatalog.customer.terms')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <Autocomplete
          label={t('salesCatalog.customer.priceCategory')}
          placeholder={t('salesCatalog.customer.priceCategoryNone')}
          data={categories.data ?? []}
          value={values.priceCategory ?? ''}
          onChange={(v) => setValues({ ...values, priceCategory: v || null })}
          disabled={!canWrite}
        />
        <Select
          label={t('salesCatalog.customer.paymentTerms')}
          data={PaymentTermsSchema.options.map((o) => ({ value: o, label: t(`salesCatalog.paymentTerms.${o}`) }))}
          value={values.paymentTerms}
          onChange={(v) => v && setValues({ ...values, paymentTerms: PaymentTermsSchema.parse(v) })}
          allowDeselect={false}
          disabled={!canWrite}
        />
        <Select
          label={t('salesCatalog.customer.vatRegime')}
          data={VatRegimeSchema.options.map((o) => ({ value: o, label: t(`salesCatalog.vatRegimes.${o}`) }))}
          value={values.vatRegime}
          onChange={(v) => v && setValues({ ...values, vatRegime: VatRegimeSchema.parse(v) })}
          allowDeselect={false}
          disabled={!canWrite}
        />
      </SimpleGrid>
      {save.isError && (
        <Text size="sm" c="red" role="alert">
          {errorText(toWireError(save.error))}
        </Text>
      )}
      {canWrite && (
        <Group justify="flex-end">
          <Button disabled={!changed} loading={save.isPending} onClick={() => save.mutate(values)}>
            {t('common.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function SalesHistory({ partyId }: { partyId: number }) {
  const { t, i18n } = useTranslation();
  const docs = useQueryRoute('sales.document.list', { partyId, sort: 'date', dir: 'desc', pageSize: 20 });
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const rows = docs.data?.rows ?? [];
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('salesCatalog.customer.history')}
      </Text>
      {docs.isSuccess && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('salesCatalog.customer.noHistory')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={4} aria-label={t('salesCatalog.customer.history')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesCatalog.customer.number')}</Table.Th>
              <Table.Th>{t('salesCatalog.customer.kind')}</Table.Th>
              <Table.Th>{t('salesCatalog.customer.date')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('salesCatalog.customer.total')}</Table.Th>
              <Table.Th>{t('salesCatalog.customer.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={documentPath(d)} size="sm" ff="monospace">
                    {d.number ?? t('salesCatalog.customer.draft')}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`salesCatalog.documentKinds.${d.kind}`)}</Table.Td>
                <Table.Td className="tabular">{formatDate(d.date, i18n.language)}</Table.Td>
                <Table.Td className="tabular" style={{ textAlign: 'right' }}>
                  {formatCents(d.grossTotal, locale)} €
                </Table.Td>
                <Table.Td>{t(`salesCatalog.documentStatus.${d.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
