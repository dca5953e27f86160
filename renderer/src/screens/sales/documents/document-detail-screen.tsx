import { Alert, Anchor, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { formatQuantity, LATE_PENALTY_RATE_BP, RECOVERY_FEE_CENTS } from '../../../../../shared/domain/sales';
import { toWireError } from '../../../api/errors';
import { useQueryRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { formatDate } from '../../../components/format';
import { ScreenLoader } from '../../../components/screen-loader';
import { DocumentActions } from './document-actions';
import { DocumentStatusBadge, PaymentBadge } from './document-badges';
import { money, percentText, rateLabel, vatLabel } from './document-format';
import type { DocumentPage } from './document-kinds';
import { isOverdue } from './document-list-params';
import { DocumentLinks, DocumentSettlement } from './document-related';
import { DocumentTotals } from './document-totals';
import { localToday } from './document-values';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-line' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function DocumentDetailScreen({ page }: { page: DocumentPage }) {
  const id = Number(useParams().id);
  const doc = useQueryRoute('sales.document.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (doc.isError) return <Alert color="red">{errorText(toWireError(doc.error))}</Alert>;
  if (!doc.data) return <ScreenLoader />;
  return <DocumentDetail doc={doc.data} page={page} key={doc.data.updatedAt} />;
}

function DocumentDetail({ doc, page }: { doc: SalesDocument; page: DocumentPage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = t(`salesDocuments.titles.${doc.kind}`, { number: doc.number ?? t('salesDocuments.draftNumber') });
  const invoiceLike = doc.kind === 'invoice' || doc.kind === 'deposit';
  const invoiceKind = invoiceLike || doc.kind === 'credit_note';
  const overdue = isOverdue(doc, localToday());
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—');

  return (
    <Stack maw={1200} gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={`/sales/${page}`} size="sm">
          {t(`salesDocuments.pageTitles.${page}`)}
        </Anchor>
        <Text size="sm">{doc.number ?? t('salesDocuments.draftNumber')}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={1} size="h2" data-testid="document-title">
            {title}
          </Title>
          <DocumentStatusBadge status={doc.status} size="md" />
          {doc.payment && doc.kind !== 'credit_note' && (
            <PaymentBadge payment={doc.payment} overdue={overdue} size="md" />
          )}
        </Group>
        <DocumentActions doc={doc} title={title} />
      </Group>

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <Field label={t('salesDocuments.fields.customer')}>
            <Anchor component={Link} to={`/parties/${doc.partyId}`} size="sm" data-testid="document-customer">
              {doc.buyerName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[doc.buyerSiren && `${t('salesDocuments.fields.siren')} ${doc.buyerSiren}`, doc.buyerVatNumber]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Field>
          <Field label={t('salesDocuments.fields.billingAddress')}>{doc.billingAddress || '—'}</Field>
          {doc.deliveryAddress && (
            <Field label={t('salesDocuments.fields.deliveryAddress')}>{doc.deliveryAddress}</Field>
          )}
          <Field label={t('salesDocuments.fields.date')}>{date(doc.date)}</Field>
          {doc.saleDate && <Field label={t('salesDocuments.fields.saleDate')}>{date(doc.saleDate)}</Field>}
          {doc.kind === 'quote' && <Field label={t('salesDocuments.fields.validUntil')}>{date(doc.validUntil)}</Field>}
          {invoiceLike && (
            <Field label={t('salesDocuments.fields.dueDate')}>
              <Text span size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                {date(doc.dueDate)}
              </Text>
            </Field>
          )}
          <Field label={t('salesDocuments.fields.paymentTerms')}>{t(`salesDocuments.terms.${doc.paymentTerms}`)}</Field>
          {doc.customerReference && (
            <Field label={t('salesDocuments.fields.customerReference')}>{doc.customerReference}</Field>
          )}
          {invoiceLike && doc.status !== 'draft' && (
            <Field label={t('salesDocuments.fields.openAmount')}>
              <Text span size="sm" className="tabular" data-testid="document-open">
                {money(doc.openAmount, lang)}
              </Text>
            </Field>
          )}
          {invoiceKind && (
            <Field label={t('salesDocuments.fields.entry')}>
              {doc.entryId === null ? (
                '—'
              ) : (
                <Anchor
                  component={Link}
                  to={`/accounting/entries/${doc.entryId}`}
                  size="sm"
                  data-testid="document-entry"
                >
                  {doc.entryNumber}
                </Anchor>
              )}
            </Field>
          )}
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('salesDocuments.lines.title')}
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('salesDocuments.lines.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('salesDocuments.lines.reference')}</Table.Th>
                <Table.Th>{t('salesDocuments.lines.product')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.lines.quantity')}</Table.Th>
                <Table.Th>{t('salesDocuments.lines.unit')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.lines.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.lines.discount')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.lines.vat')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.lines.net')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td ff="monospace" fz="xs">
                    {l.reference ?? ''}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.label}</Text>
                    {l.description && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                        {l.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {formatQuantity(l.quantity, lang === 'en' ? 'en' : 'fr')}
                  </Table.Td>
                  <Table.Td>{l.unit}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {money(l.unitPrice, lang)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {l.discountBp ? rateLabel(l.discountBp, lang) : ''}
                  </Table.Td>
                  <Table.Td ta="right">{vatLabel(l.vatCategory, l.vatRate, lang, t)}</Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {money(l.netAmount, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('salesDocuments.vatTable.title')}
          </Title>
          <Table aria-label={t('salesDocuments.vatTable.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('salesDocuments.vatTable.rate')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.vatTable.base')}</Table.Th>
                <Table.Th ta="right">{t('salesDocuments.vatTable.vat')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {doc.vat.map((v) => (
                <Table.Tr key={`${v.category}:${v.rate}`}>
                  <Table.Td>
                    {vatLabel(v.category, v.rate, lang, t)}
                    {v.exemptionReason && (
                      <Text size="xs" c="dimmed">
                        {v.exemptionReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {money(v.base, lang)}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    {money(v.vat, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Group justify="flex-end" align="flex-start">
          <DocumentTotals
            testId="document-totals"
            totals={{
              lineTotal: doc.lineTotal,
              discountTotal: doc.discountTotal,
              net: doc.netTotal,
              vat: doc.vatTotal,
              gross: doc.grossTotal,
              breakdown: doc.vat,
            }}
          />
        </Group>
      </SimpleGrid>

      {(invoiceLike || doc.notes || (doc.kind === 'quote' && doc.validUntil)) && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('salesDocuments.mentions.title')}
          </Title>
          <Stack gap={2}>
            {doc.kind === 'quote' && doc.validUntil && (
              <Text size="sm">{t('salesDocuments.mentions.validUntil', { date: date(doc.validUntil) })}</Text>
            )}
            {invoiceLike && (
              <>
                <Text size="sm">
                  {t('salesDocuments.mentions.terms', {
                    terms: t(`salesDocuments.terms.${doc.paymentTerms}`),
                    date: date(doc.dueDate),
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('salesDocuments.mentions.late', {
                    rate: percentText(LATE_PENALTY_RATE_BP, lang),
                    fee: money(RECOVERY_FEE_CENTS, lang),
                  })}
                </Text>
                {doc.vatOnDebits && <Text size="sm">{t('salesDocuments.mentions.vatOnDebits')}</Text>}
              </>
            )}
            {doc.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {doc.notes}
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      <SimpleGrid cols={{ base: 1, md: invoiceLike ? 2 : 1 }}>
        <DocumentLinks doc={doc} />
        {invoiceLike && <DocumentSettlement doc={doc} />}
      </SimpleGrid>
    </Stack>
  );
}
