import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestPriority, RequestStatus } from '../../../../../shared/contract/sales-requests';

const PRIORITY_COLORS: Record<RequestPriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };
const STATUS_COLORS: Record<RequestStatus, string> = {
  new: 'blue',
  in_progress: 'indigo',
  waiting_customer: 'yellow',
  resolved: 'green',
  closed: 'gray',
};

export function PriorityBadge({ priority, ...props }: { priority: RequestPriority } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'urgent' ? 'filled' : 'light'} {...props}>
      {t(`salesRequests.priority.${priority}`)}
    </Badge>
  );
}

export function StatusBadge({ status, ...props }: { status: RequestStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" {...props}>
      {t(`salesRequests.status.${status}`)}
    </Badge>
  );
}
