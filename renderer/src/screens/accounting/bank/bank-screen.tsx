import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIban } from '../../../../../shared/domain/iban';
import { useQueryRoute } from '../../../api/hooks';
import { useSession } from '../../../app/session/auth-context';
import { allows, grantedOf } from '../../../app/session/permissions';
import { ScreenLoader } from '../../../components/screen-loader';
import { BankAccountDialog } from './bank-account-dialog';
import { BankLinesTable } from './bank-lines-table';
import { ReconciliationCard } from './reconciliation-card';
import { StatementImportDialog } from './statement-import-dialog';

/** Banque: one bank account at a time, its statements imported, its lines matched, its balance reconciled. */
export function BankScreen() {
  const { t } = useTranslation();
  const granted = grantedOf(useSession());
  const canWrite = allows(granted, 'accounting.write');
  const accounts = useQueryRoute('accounting.bankaccount.list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'account' | 'import' | null>(null);
  if (!accounts.data) return <ScreenLoader />;
  const account = accounts.data.find((a) => a.id === chosen) ?? accounts.data[0] ?? null;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('bank.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('bank.intro')}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setDialog('account')}>
              {t('bank.newAccount')}
            </Button>
            {account && (
              <Button leftSection={<IconFileImport size={16} />} onClick={() => setDialog('import')}>
                {t('bank.import.open')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {account === null ? (
        <Text c="dimmed">{t('bank.noAccount')}</Text>
      ) : (
        <>
          <Select
            label={t('bank.account')}
            maw={520}
            allowDeselect={false}
            value={String(account.id)}
            onChange={(v) => v && setChosen(Number(v))}
            data={accounts.data.map((a) => ({
              value: String(a.id),
              label: `${a.name} · ${formatIban(a.iban)} · ${a.accountNumber} (${a.journalCode})`,
            }))}
          />
          <ReconciliationCard bankAccountId={account.id} />
          <BankLinesTable key={account.id} bankAccountId={account.id} />
        </>
      )}
      <BankAccountDialog
        opened={dialog === 'account'}
        onClose={() => setDialog(null)}
        onCreated={(a) => setChosen(a.id)}
      />
      {dialog === 'import' && account && <StatementImportDialog account={account} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
