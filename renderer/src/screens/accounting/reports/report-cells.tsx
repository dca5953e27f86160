import { Alert, Center, Loader, Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatCents } from '../../../../../shared/domain/money';
import { reportLabels } from '../../../../../shared/i18n/report-labels';
import type { ApiError } from '../../../api/client';
import { toWireError } from '../../../api/errors';
import { errorText } from '../../../components/error-text';
import { currentLanguage } from '../../../i18n';

/** The report catalog shared with the exported files, in the UI's language. */
export function useLabels() {
  return reportLabels[currentLanguage()];
}

/** An amount right-aligned in tabular figures; zero stays blank where `blankZero` asks it. */
export function Amount({
  cents,
  blankZero,
  bold,
  ...rest
}: { cents: number; blankZero?: boolean; bold?: boolean } & TableTdProps) {
  return (
    <Table.Td ta="right" className="tabular" fw={bold ? 700 : undefined} style={{ whiteSpace: 'nowrap' }} {...rest}>
      {blankZero && cents === 0 ? '' : formatCents(cents, currentLanguage())}
    </Table.Td>
  );
}

export function NumTh({ children, w }: { children: ReactNode; w?: number }) {
  return (
    <Table.Th ta="right" w={w} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Table.Th>
  );
}

/** Loading and failure, the same for every report. */
export function ReportState({ isPending, error }: { isPending: boolean; error: ApiError | null }) {
  if (error) return <Alert color="red">{errorText(toWireError(error))}</Alert>;
  if (isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  return null;
}

/** A row that opens something: a click or Enter. */
export function linkRowProps(open: () => void) {
  return {
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onClick: open,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        open();
      }
    },
  };
}
