import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentRef, SalesDocument } from '../../../../../shared/contract/sales-documents';
import { formatDate } from '../../../components/format';
import { DocumentStatusBadge } from './document-badges';
import { money } from './document-format';
import { documentPath } from './document-kinds';

function RefLink({ doc }: { doc: DocumentRef }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to={documentPath(doc.kind, doc.id)} size="sm">
        {t(`salesDocuments.titles.${doc.kind}`, { number: doc.number ?? t('salesDocuments.draftNumber') })}
      </Anchor>
      <Text size="xs" c="dimmed" className="tabular">
        {formatDate(doc.date, i18n.language)} · {money(doc.grossTotal, i18n.language)}
      </Text>
      <DocumentStatusBadge status={doc.status} size="xs" />
    </Group>
  );
}

/** Where the document comes from and what it became, both ways, and the credit notes on an invoice. */
export function DocumentLinks({ doc }: { doc: SalesDocument }) {
  const { t } = useTranslation();
  const groups: { label: string; refs: DocumentRef[] }[] = [
    // A credit note made from its invoice has it as both source and credited invoice: shown once.
    {
      label: t('salesDocuments.links.source'),
      refs: doc.source && doc.source.id !== doc.credited?.id ? [doc.source] : [],
    },
    { label: t('salesDocuments.links.credited'), refs: doc.credited ? [doc.credited] : [] },
    { label: t('salesDocuments.links.children'), refs: doc.children.filter((c) => c.kind !== 'credit_note') },
    {
      label: t('salesDocuments.links.creditNotes'),
      refs: [...doc.creditNotes, ...doc.children.filter((c) => c.kind === 'credit_note')].filter(
        (r, i, all) => all.findIndex((x) => x.id === r.id) === i,
      ),
    },
  ].filter((g) => g.refs.length > 0);
  return (
    <Paper withBorder p="md" data-testid="document-links">
      <Title order={2} size="h4" mb="sm">
        {t('salesDocuments.links.title')}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('salesDocuments.links.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {groups.map((g) => (
            <Stack key={g.label} gap={2}>
              <Text size="xs" c="dimmed">
                {g.label}
              </Text>
              {g.refs.map((r) => (
                <RefLink key={r.id} doc={r} />
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** What settled the invoice so far (payments, credit notes) and the reminders sent. */
export function DocumentSettlement({ doc }: { doc: SalesDocument }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="md" data-testid="document-allocations">
      <Title order={2} size="h4" mb="sm">
        {t('salesDocuments.allocations.title')}
      </Title>
      {doc.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('salesDocuments.allocations.none')}
        </Text>
      ) : (
        <Table aria-label={t('salesDocuments.allocations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('salesDocuments.allocations.date')}</Table.Th>
              <Table.Th>{t('salesDocuments.allocations.what')}</Table.Th>
              <Table.Th>{t('salesDocuments.allocations.method')}</Table.Th>
              <Table.Th ta="right">{t('salesDocuments.allocations.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.allocations.map((a, i) => (
              <Table.Tr key={`${a.paymentId ?? ''}-${a.creditNoteId ?? ''}-${i}`}>
                <Table.Td className="tabular">{formatDate(a.date, lang)}</Table.Td>
                <Table.Td>
                  {a.creditNoteId ? (
                    <Anchor component={Link} to={documentPath('credit_note', a.creditNoteId)} size="sm">
                      {t('salesDocuments.allocations.creditNote', { number: a.creditNoteNumber ?? '' })}
                    </Anchor>
                  ) : (
                    t('salesDocuments.allocations.payment')
                  )}
                </Table.Td>
                <Table.Td>{a.method ?? ''}</Table.Td>
                <Table.Td ta="right" className="tabular">
                  {money(a.amount, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {doc.dunnings.length > 0 && (
        <Stack gap={4} mt="md">
          <Text size="sm" fw={600}>
            {t('salesDocuments.dunnings.title')}
          </Text>
          {doc.dunnings.map((d) => (
            <Group key={d.id} gap="xs">
              <Badge size="sm" variant="light" color="orange">
                {t('salesDocuments.dunnings.level', { level: d.level })}
              </Badge>
              <Text size="sm" className="tabular">
                {formatDate(d.date, lang)} ·{' '}
                {t('salesDocuments.dunnings.openAmount', { amount: money(d.openAmount, lang) })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
