import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { useEffect, type KeyboardEvent, type Ref } from 'react';

export interface LookupOption {
  value: string;
  code: string;
  label: string;
}

interface LookupFieldProps {
  text: string;
  options: readonly LookupOption[];
  onText(text: string): void;
  /** An option chosen with Enter, Tab or the mouse. */
  onPick(option: LookupOption): void;
  /** Whether `text` is already the chosen option (Tab then just moves on). */
  settled: boolean;
  label: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  width?: number | string;
}

/**
 * A grid cell that looks a code up as it is typed: the first match is highlighted, Enter or Tab takes it, so a
 * clerk types "6132", Tab, and is on the next cell with the account chosen.
 */
export function LookupField({
  text,
  options,
  onText,
  onPick,
  settled,
  label,
  error,
  inputRef,
  testId,
  width,
}: LookupFieldProps) {
  const combobox = useCombobox();
  useEffect(() => {
    if (options.length) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store is stable; only new options move the highlight
  }, [options]);

  const pick = (option: LookupOption) => {
    onPick(option);
    combobox.closeDropdown();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Tab' || e.shiftKey || settled || text.trim() === '') return;
    const index = combobox.getSelectedOptionIndex();
    const option = options[index >= 0 ? index : 0];
    if (option) pick(option);
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const option = options.find((o) => o.value === value);
        if (option) pick(option);
      }}
      withinPortal
      position="bottom-start"
      width={360}
    >
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          size="xs"
          w={width}
          aria-label={label}
          value={text}
          error={error}
          data-testid={testId}
          autoComplete="off"
          onChange={(e) => {
            onText(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => !settled && text && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options mah={260} style={{ overflowY: 'auto' }}>
          {options.map((o) => (
            <Combobox.Option value={o.value} key={o.value}>
              <Text size="sm" span ff="monospace" mr="xs">
                {o.code}
              </Text>
              <Text size="sm" span>
                {o.label}
              </Text>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
