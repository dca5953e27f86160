import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../../shared/contract/sales-documents';

type Size = 'xs' | 'sm' | 'md';

const STATUS_COLORS: Record<DocumentStatus, string> = {
  draft: 'gray',
  validated: 'blue',
  accepted: 'green',
  refused: 'orange',
  cancelled: 'dark',
};

export function DocumentStatusBadge({ status, size = 'sm' }: { status: DocumentStatus; size?: Size }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={STATUS_COLORS[status]}>
      {t(`salesDocuments.status.${status}`)}
    </Badge>
  );
}

const PAYMENT_COLORS = { unpaid: 'yellow', partial: 'cyan', paid: 'green' } as const;

/** An invoice's payment state; an unpaid or partly paid invoice past its due date shows red. */
export function PaymentBadge({
  payment,
  overdue,
  size = 'sm',
}: {
  payment: 'unpaid' | 'partial' | 'paid';
  overdue: boolean;
  size?: Size;
}) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant={overdue ? 'filled' : 'light'} color={overdue ? 'red' : PAYMENT_COLORS[payment]}>
      {t(`salesDocuments.payment.${payment}`)}
      {overdue ? ` · ${t('salesDocuments.payment.overdue')}` : ''}
    </Badge>
  );
}
