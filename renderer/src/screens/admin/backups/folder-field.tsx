import { Button, Group, TextInput } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';
import { useNativeDialogs } from './use-host';

interface Props {
  label: string;
  description?: string;
  value: string;
  placeholder?: string;
  onChange(value: string): void;
  testId?: string;
}

/** A folder path, typed or, in the desktop app, picked in the system's dialog. */
export function FolderField({ label, description, value, placeholder, onChange, testId }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const native = useNativeDialogs();
  const browse = async () => {
    const picked = await api.call('shell.dialog.pickFolder', { title: label });
    if (picked.path) onChange(picked.path);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={label}
        description={description}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-testid={testId}
      />
      {native && (
        <Button variant="default" leftSection={<IconFolder size={16} />} onClick={() => void browse()}>
          {t('backups.now.browse')}
        </Button>
      )}
    </Group>
  );
}
