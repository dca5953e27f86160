import { Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvMapping } from '../../../../../shared/contract/accounting-bank';

export const DEFAULT_MAPPING: CsvMapping = {
  delimiter: ';',
  encoding: 'utf-8',
  skipLines: 0,
  hasHeader: true,
  dateColumn: 0,
  dateFormat: 'dd/mm/yyyy',
  valueDateColumn: null,
  labelColumn: 1,
  amountColumn: 2,
  debitColumn: null,
  creditColumn: null,
  decimal: 'comma',
  referenceColumn: null,
};

/** The column choices of one CSV mapping, each column named by its header cell and first value. */
export function CsvMappingFields({
  value,
  onChange,
  header,
  sample,
}: {
  value: CsvMapping;
  onChange(m: CsvMapping): void;
  header: readonly string[];
  sample: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const width = Math.max(header.length, sample?.length ?? 0, 1);
  const columns = Array.from({ length: width }, (_, i) => ({
    value: String(i),
    label: [t('bank.import.column', { n: i + 1 }), header[i] || sample?.[i]].filter(Boolean).join(' · '),
  }));
  const set = (patch: Partial<CsvMapping>) => onChange({ ...value, ...patch });
  const column = (key: keyof CsvMapping, label: string, optional = false) => (
    <Select
      label={label}
      data={optional ? [{ value: '', label: t('bank.import.none') }, ...columns] : columns}
      value={value[key] === null ? '' : String(value[key])}
      onChange={(v) => set({ [key]: v === null || v === '' ? null : Number(v) } as Partial<CsvMapping>)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
  const split = value.amountColumn === null;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Select
          label={t('bank.import.delimiter')}
          data={[
            { value: ';', label: ';' },
            { value: ',', label: ',' },
            { value: '\t', label: t('bank.import.tab') },
            { value: '|', label: '|' },
          ]}
          value={value.delimiter}
          onChange={(v) => v && set({ delimiter: v as CsvMapping['delimiter'] })}
          allowDeselect={false}
        />
        <Select
          label={t('bank.import.encoding')}
          data={['utf-8', 'windows-1252']}
          value={value.encoding}
          onChange={(v) => v && set({ encoding: v as CsvMapping['encoding'] })}
          allowDeselect={false}
        />
        <NumberInput
          label={t('bank.import.skipLines')}
          min={0}
          max={50}
          value={value.skipLines}
          onChange={(v) => set({ skipLines: typeof v === 'number' ? v : 0 })}
        />
        <Checkbox
          mt={28}
          label={t('bank.import.hasHeader')}
          checked={value.hasHeader}
          onChange={(e) => set({ hasHeader: e.currentTarget.checked })}
        />
        {column('dateColumn', t('bank.import.dateColumn'))}
        <Select
          label={t('bank.import.dateFormat')}
          data={['dd/mm/yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy']}
          value={value.dateFormat}
          onChange={(v) => v && set({ dateFormat: v as CsvMapping['dateFormat'] })}
          allowDeselect={false}
        />
        {column('labelColumn', t('bank.import.labelColumn'))}
        {column('referenceColumn', t('bank.import.referenceColumn'), true)}
      </SimpleGrid>
      <Group gap="md" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('bank.import.amountMode')}
          </Text>
          <SegmentedControl
            value={split ? 'split' : 'one'}
            onChange={(v) =>
              set(
                v === 'split'
                  ? { amountColumn: null, debitColumn: value.debitColumn ?? 2, creditColumn: value.creditColumn ?? 3 }
                  : { amountColumn: value.debitColumn ?? 2, debitColumn: null, creditColumn: null },
              )
            }
            data={[
              { value: 'one', label: t('bank.import.oneAmount') },
              { value: 'split', label: t('bank.import.debitCredit') },
            ]}
          />
        </Stack>
        {split ? (
          <>
            {column('debitColumn', t('bank.import.debitColumn'))}
            {column('creditColumn', t('bank.import.creditColumn'))}
          </>
        ) : (
          column('amountColumn', t('bank.import.amountColumn'))
        )}
        <Select
          label={t('bank.import.decimal')}
          data={[
            { value: 'comma', label: t('bank.import.comma') },
            { value: 'point', label: t('bank.import.point') },
          ]}
          value={value.decimal}
          onChange={(v) => v && set({ decimal: v as CsvMapping['decimal'] })}
          allowDeselect={false}
        />
      </Group>
    </Stack>
  );
}
