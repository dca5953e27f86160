import { Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VatCategory } from '../../../../../shared/domain/sales';
import { money, vatLabel } from './document-format';

export interface TotalsView {
  lineTotal: number;
  discountTotal: number;
  net: number;
  vat: number;
  gross: number;
  breakdown: readonly { category: VatCategory; rate: number; base: number; vat: number }[];
}

/** HT, the VAT of each rate on its base, TTC: the same block on the editor (live) and on a document. */
export function DocumentTotals({ totals, testId }: { totals: TotalsView; testId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const row = (label: string, value: string, strong = false, dimmed = false) => (
    <Group justify="space-between" wrap="nowrap" gap="xl">
      <Text size="sm" fw={strong ? 700 : undefined} c={dimmed ? 'dimmed' : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} className="tabular">
        {value}
      </Text>
    </Group>
  );
  return (
    <Paper withBorder p="sm" miw={340} data-testid={testId}>
      <Stack gap={4}>
        {totals.discountTotal !== 0 && (
          <>
            {row(t('salesDocuments.fields.lineTotal'), money(totals.lineTotal, lang))}
            {row(t('salesDocuments.fields.discountTotal'), money(-totals.discountTotal, lang))}
          </>
        )}
        {row(t('salesDocuments.fields.net'), money(totals.net, lang))}
        {totals.breakdown.map((b) =>
          row(
            `${t('salesDocuments.fields.vat')} ${vatLabel(b.category, b.rate, lang, t)} (${money(b.base, lang)})`,
            money(b.vat, lang),
            false,
            true,
          ),
        )}
        {row(t('salesDocuments.fields.vat'), money(totals.vat, lang))}
        <Divider my={2} />
        {row(t('salesDocuments.fields.gross'), money(totals.gross, lang), true)}
      </Stack>
    </Paper>
  );
}
