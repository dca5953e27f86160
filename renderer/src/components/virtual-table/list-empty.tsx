import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ListEmptyProps {
  /** Whether a search or a filter narrows the list. */
  filtered: boolean;
  /** Said when the filters leave nothing. */
  noMatch: ReactNode;
  /** Said when there is nothing at all. */
  empty: ReactNode;
  /** The label of the button that clears the filters, shown when filtered. */
  clearLabel: ReactNode;
  onClear: () => void;
  /** Shown instead of the clear button when nothing is filtered, such as a button to create the first one. */
  create?: ReactNode;
}

/** What a list says in place of its rows: why it is empty, and the way out. */
export function ListEmpty({ filtered, noMatch, empty, clearLabel, onClear, create }: ListEmptyProps) {
  return (
    <Stack align="center" gap="xs">
      <Text c="dimmed">{filtered ? noMatch : empty}</Text>
      {filtered ? (
        <Button variant="subtle" onClick={onClear}>
          {clearLabel}
        </Button>
      ) : (
        create
      )}
    </Stack>
  );
}
