import { Button, FileButton, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutationRoute } from '../../../api/hooks';
import { BILL_QUERIES } from './bill-format';
import { fileToBase64 } from '../../../api/download';

/** Picks a received e-invoice, imports it as a draft and opens it; a refusal is shown with its reason. */
export function BillImportButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const importBill = useMutationRoute('accounting.bill.import', { invalidates: BILL_QUERIES });
  const pick = async (file: File | null) => {
    if (!file) return;
    try {
      const bill = await importBill.mutateAsync({ fileName: file.name, contentBase64: await fileToBase64(file) });
      notifications.show({
        color: 'green',
        message: t('bills.imported', { number: bill.number, supplier: bill.supplierName }),
      });
      void navigate(`/accounting/bills/${bill.id}`);
    } catch {
      // The refusal and its reason are shown by the query client, as for every mutation.
    }
  };
  return (
    <FileButton onChange={(file) => void pick(file)} accept=".pdf,.xml,application/pdf,application/xml,text/xml">
      {(props) => (
        <Tooltip label={t('bills.importHelp')} withArrow multiline w={280}>
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={importBill.isPending}
            data-testid="bill-import"
          >
            {t('bills.import')}
          </Button>
        </Tooltip>
      )}
    </FileButton>
  );
}
