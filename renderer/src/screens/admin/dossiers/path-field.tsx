import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context';

export interface NativeDialog {
  kind: 'open' | 'save';
  title: string;
  extensions: string[];
  defaultName?: string;
}

/**
 * A file path typed in, or picked with the desktop's own dialog when there is one (browser mode has none: the
 * path is typed, as the server sees it).
 */
export function PathField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  nativeDialogs: boolean;
  dialog: NativeDialog;
  testId: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { dialog } = props;
  const browse = async () => {
    const answer =
      dialog.kind === 'save'
        ? await api.call('shell.dialog.saveFile', {
            title: dialog.title,
            extensions: dialog.extensions,
            ...(dialog.defaultName ? { defaultName: dialog.defaultName } : {}),
          })
        : await api.call('shell.dialog.openFile', { title: dialog.title, extensions: dialog.extensions });
    if (answer.path) props.onChange(answer.path);
  };
  return (
    <Group align="end" gap="xs" wrap="nowrap">
      <TextInput
        label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        spellCheck={false}
        autoComplete="off"
        flex={1}
        data-testid={props.testId}
      />
      {props.nativeDialogs && (
        <Button variant="default" onClick={() => void browse().catch(() => undefined)}>
          {t('dossiers.browse')}
        </Button>
      )}
    </Group>
  );
}
