import { Button, Group, NativeSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportName } from '../../../../../shared/contract/accounting-reports';
import { useQueryRoute } from '../../../api/hooks';
import { useLabels } from './report-cells';
import { REPORT_FIELDS, type ReportParams } from './report-params';

interface Props {
  report: ReportName;
  params: ReportParams;
  onChange(patch: Partial<ReportParams>): void;
}

/** The parameters a report takes, applied together with Enter or the Show button. */
export function ReportParamsBar({ report, params, onChange }: Props) {
  const { t } = useTranslation();
  // Remounted by the parent's key when the address changes, so the draft starts from what is shown.
  const [draft, setDraft] = useState(params);
  const fields = REPORT_FIELDS[report];
  const set = (patch: Partial<ReportParams>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="report-params">
        {fields.includes('range') && (
          <>
            <TextInput
              type="date"
              label={t('accounting.reports.from')}
              value={draft.from}
              onChange={(e) => set({ from: e.currentTarget.value })}
              w={145}
            />
            <TextInput
              type="date"
              label={t('accounting.reports.to')}
              value={draft.to}
              onChange={(e) => set({ to: e.currentTarget.value })}
              w={145}
            />
          </>
        )}
        {fields.includes('asOf') && (
          <TextInput
            type="date"
            label={t('accounting.reports.asOf')}
            value={draft.to}
            onChange={(e) => set({ to: e.currentTarget.value })}
            w={145}
          />
        )}
        {fields.includes('journal') && <JournalField value={draft.journal} onChange={(journal) => set({ journal })} />}
        {fields.includes('accounts') && (
          <>
            <TextInput
              label={t('accounting.reports.accountFrom')}
              value={draft.accountFrom}
              onChange={(e) => set({ accountFrom: e.currentTarget.value.trim() })}
              w={90}
            />
            <TextInput
              label={t('accounting.reports.accountTo')}
              value={draft.accountTo}
              onChange={(e) => set({ accountTo: e.currentTarget.value.trim() })}
              w={90}
            />
          </>
        )}
        {fields.includes('kind') && <KindField value={draft.kind} onChange={(kind) => set({ kind })} />}
        {fields.includes('aux') && <AuxPicker value={draft.aux} onChange={(aux) => set({ aux })} />}
        <Button type="submit" variant="light">
          {t('accounting.reports.show')}
        </Button>
      </Group>
    </form>
  );
}

function JournalField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  const journals = useQueryRoute('accounting.journal.list', { status: 'all' }, { staleTime: 60_000 });
  return (
    <NativeSelect
      label={t('accounting.reports.journal')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('accounting.entries.allJournals') },
        ...(journals.data ?? []).map((j) => ({ value: j.code, label: `${j.code} · ${j.label}` })),
      ]}
      w={170}
    />
  );
}

function KindField({
  value,
  onChange,
}: {
  value: 'customer' | 'supplier';
  onChange(v: 'customer' | 'supplier'): void;
}) {
  const { t } = useTranslation();
  const L = useLabels();
  return (
    <SegmentedControl
      aria-label={t('accounting.reports.kind')}
      value={value}
      onChange={(v) => onChange(v === 'supplier' ? 'supplier' : 'customer')}
      data={[
        { value: 'customer', label: L.kinds.customer },
        { value: 'supplier', label: L.kinds.supplier },
      ]}
    />
  );
}

function AuxPicker({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  const aux = useQueryRoute('accounting.aux.list', {}, { staleTime: 60_000 });
  return (
    <Select
      label={t('accounting.reports.aux')}
      searchable
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      data={(aux.data ?? []).map((a) => ({ value: String(a.id), label: `${a.number} · ${a.label}` }))}
      w={300}
      limit={50}
    />
  );
}
