import { Alert, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount, CsvMapping } from '../../../../../shared/contract/accounting-bank';
import { useMutationRoute, useQueryRoute } from '../../../api/hooks';
import { translateKey } from '../../../i18n';
import { ScreenLoader } from '../../../components/screen-loader';
import { fileToBase64 } from '../../../api/download';
import { day, money } from './bank-values';
import { CsvMappingFields, DEFAULT_MAPPING } from './csv-mapping-fields';

const FORMAT_LABEL = { csv: 'CSV', ofx: 'OFX', camt053: 'camt.053' } as const;

/** Chooses a statement file, shows what will be read (for a CSV, after its columns are mapped), then imports it. */
export function StatementImportDialog({ account, onClose }: { account: BankAccount; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  /** The clerk's own column choices; until then, the account's remembered mapping. */
  const [edited, setEdited] = useState<CsvMapping | null>(null);
  // A file read slower than the one chosen after it must not replace it.
  const latest = useRef<File | null>(null);
  const choose = (chosen: File | null) => {
    latest.current = chosen;
    setFile(chosen);
    setContent(null);
    setEdited(null);
    if (chosen) void fileToBase64(chosen).then((b64) => latest.current === chosen && setContent(b64));
  };
  const base = { bankAccountId: account.id, fileName: file?.name ?? '-', contentBase64: content ?? '' };
  // First reading: the format, and for a CSV the mapping remembered for this account.
  const first = useQueryRoute('accounting.statement.preview', base, { enabled: content !== null });
  const isCsv = first.data?.format === 'csv';
  const mapping = edited ?? (first.data?.format === 'csv' ? (first.data.mapping ?? DEFAULT_MAPPING) : null);
  const mapped = useQueryRoute(
    'accounting.statement.preview',
    { ...base, mapping: mapping ?? undefined },
    { enabled: content !== null && isCsv && mapping !== null, placeholderData: (prev) => prev },
  );
  const preview = isCsv ? mapped.data : first.data;
  const importing = useMutationRoute('accounting.statement.import', {
    invalidates: [
      'accounting.bankline.list',
      'accounting.bankaccount.reconciliation',
      'accounting.bankaccount.list',
      'accounting.statement.list',
    ],
  });
  const submit = async () => {
    if (!content || !file) return;
    const result = await importing.mutateAsync({
      ...base,
      fileName: file.name,
      mapping: isCsv && mapping ? mapping : undefined,
    });
    notifications.show({ color: 'green', message: t('bank.import.done', result) });
    onClose();
  };
  const fmt = (c: number | null) => (c === null ? '—' : money(c, i18n.language));

  return (
    <Modal opened onClose={onClose} title={t('bank.import.title')} size="80rem" centered>
      <Stack gap="md">
        <FileInput
          label={t('bank.import.file')}
          leftSection={<IconFileImport size={16} />}
          accept=".csv,.txt,.ofx,.qfx,.xml"
          value={file}
          onChange={choose}
          clearable
          data-autofocus
        />
        {content !== null && !first.data && <ScreenLoader />}
        {first.data && (
          <Text size="sm" c="dimmed">
            {t('bank.import.format', { format: FORMAT_LABEL[first.data.format] })}
          </Text>
        )}
        {isCsv && mapping && (
          <Stack gap="xs">
            <Text fw={600}>{t('bank.import.mapping')}</Text>
            <Text size="sm" c="dimmed">
              {t('bank.import.mappingHelp')}
            </Text>
            <CsvMappingFields
              value={mapping}
              onChange={setEdited}
              header={preview?.header ?? []}
              sample={preview?.rows[0]}
            />
            <Text size="sm" fw={500} mt="xs">
              {t('bank.import.raw')}
            </Text>
            <ScrollArea h={140} type="auto">
              <Table fz="xs" withTableBorder withColumnBorders aria-label={t('bank.import.raw')}>
                <Table.Tbody>
                  {(preview?.header.length ? [preview.header, ...preview.rows] : (preview?.rows ?? []))
                    .slice(0, 8)
                    .map((row, i) => (
                      <Table.Tr key={i} fw={i === 0 && preview?.header.length ? 600 : undefined}>
                        {row.map((c, j) => (
                          <Table.Td key={j}>{c}</Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Stack>
        )}
        {preview?.problem && (
          <Alert color="red" variant="light" role="alert">
            {translateKey(preview.problem.messageKey, { line: preview.problem.line, value: preview.problem.value })}
          </Alert>
        )}
        {preview && preview.lines.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('bank.import.read', { count: preview.lineCount })}
            </Text>
            {(preview.openingBalance !== null || preview.closingBalance !== null) && (
              <Text size="sm" c="dimmed">
                {t('bank.import.balances', {
                  opening: fmt(preview.openingBalance),
                  closing: fmt(preview.closingBalance),
                })}
              </Text>
            )}
            <ScrollArea h={200} type="auto">
              <Table fz="sm" striped aria-label={t('bank.import.read', { count: preview.lineCount })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('bank.lines.date')}</Table.Th>
                    <Table.Th>{t('bank.lines.label')}</Table.Th>
                    <Table.Th>{t('bank.lines.reference')}</Table.Th>
                    <Table.Th ta="right">{t('bank.lines.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.lines.map((l, i) => (
                    <Table.Tr key={i}>
                      <Table.Td className="tabular">{day(l.date, i18n.language)}</Table.Td>
                      <Table.Td>{l.label}</Table.Td>
                      <Table.Td>{l.reference}</Table.Td>
                      <Table.Td ta="right" className="tabular" c={l.amount < 0 ? 'red.8' : 'green.8'}>
                        {money(l.amount, i18n.language)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Stack>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void submit().catch(() => undefined)}
            loading={importing.isPending}
            disabled={!preview || preview.lines.length === 0 || preview.problem !== null}
          >
            {t('bank.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
