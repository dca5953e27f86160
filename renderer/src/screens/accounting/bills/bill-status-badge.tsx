import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillRow } from '../../../../../shared/contract/accounting-bills';

export function BillStatusBadge({ status, size = 'sm' }: { status: BillRow['status']; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="light" color={status === 'validated' ? 'green' : 'gray'}>
      {t(`bills.status.${status}`)}
    </Badge>
  );
}
