import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../../shared/contract/workspace';
import { toWireError } from '../../../api/errors';
import { useMutationRoute } from '../../../api/hooks';
import { errorText } from '../../../components/error-text';
import { pathIn } from './dossier-paths';
import { PathField } from './path-field';
import { useApplyWorkspace } from './use-workspace';

const DOSSIER_EXTENSIONS = ['coulisse'];
const BACKUP_EXTENSIONS = ['coulisse-backup'];

/** A refused file operation, translated, in place; and whether the file that was open had to be closed. */
export function DossierError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const wire = toWireError(error);
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert" data-testid="dossier-error">
      {errorText(wire)}
      {wire.details?.['previousClosed'] === true && ` ${t('dossiers.previousClosed')}`}
    </Alert>
  );
}

function FormShell(props: {
  intro: string;
  submit: string;
  disabled: boolean;
  pending: boolean;
  error: unknown;
  onSubmit(): void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!props.disabled) props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {props.intro}
        </Text>
        {props.children}
        <DossierError error={props.error} />
        <Button type="submit" disabled={props.disabled} loading={props.pending} style={{ alignSelf: 'flex-start' }}>
          {props.submit}
        </Button>
      </Stack>
    </form>
  );
}

export function CreateDossierForm({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const apply = useApplyWorkspace();
  const [path, setPath] = useState(() => pathIn(status.defaultFolder, t('dossiers.create.defaultName')));
  const create = useMutationRoute('workspace.dossier.create', { meta: { quiet: true }, onSuccess: apply });
  return (
    <FormShell
      intro={t('dossiers.create.intro')}
      submit={t('dossiers.create.submit')}
      disabled={path.trim() === ''}
      pending={create.isPending}
      error={create.error}
      onSubmit={() => create.mutate({ path })}
    >
      <PathField
        label={t('dossiers.create.path')}
        value={path}
        onChange={setPath}
        nativeDialogs={status.nativeDialogs}
        dialog={{
          kind: 'save',
          title: t('dossiers.dialogs.create'),
          extensions: DOSSIER_EXTENSIONS,
          defaultName: `${t('dossiers.create.defaultName')}.coulisse`,
        }}
        testId="create-path"
      />
    </FormShell>
  );
}

export function OpenDossierForm({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const apply = useApplyWorkspace();
  const [path, setPath] = useState('');
  const open = useMutationRoute('workspace.dossier.open', { meta: { quiet: true }, onSuccess: apply });
  return (
    <FormShell
      intro={t('dossiers.openForm.intro')}
      submit={t('dossiers.openForm.submit')}
      disabled={path.trim() === ''}
      pending={open.isPending}
      error={open.error}
      onSubmit={() => open.mutate({ path })}
    >
      <PathField
        label={t('dossiers.openForm.path')}
        value={path}
        onChange={setPath}
        nativeDialogs={status.nativeDialogs}
        dialog={{ kind: 'open', title: t('dossiers.dialogs.open'), extensions: DOSSIER_EXTENSIONS }}
        testId="open-path"
      />
    </FormShell>
  );
}

export function RestoreCopyForm({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const apply = useApplyWorkspace();
  const [backupPath, setBackupPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [copyPath, setCopyPath] = useState(() =>
    pathIn(status.defaultFolder, `${t('dossiers.create.defaultName')}${t('dossiers.restore.suffix')}`),
  );
  const restore = useMutationRoute('workspace.backup.restore', {
    meta: { quiet: true },
    onSuccess: (answer) => apply(answer.status),
  });
  return (
    <FormShell
      intro={t('dossiers.restore.intro')}
      submit={t('dossiers.restore.submit')}
      disabled={backupPath.trim() === '' || copyPath.trim() === ''}
      pending={restore.isPending}
      error={restore.error}
      onSubmit={() => restore.mutate({ backupPath, passphrase: passphrase || null, mode: 'copy', copyPath })}
    >
      <PathField
        label={t('dossiers.restore.backupPath')}
        value={backupPath}
        onChange={setBackupPath}
        nativeDialogs={status.nativeDialogs}
        dialog={{ kind: 'open', title: t('dossiers.dialogs.backup'), extensions: BACKUP_EXTENSIONS }}
        testId="restore-backup-path"
      />
      <PasswordInput
        label={t('dossiers.restore.passphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="off"
      />
      <PathField
        label={t('dossiers.restore.target')}
        value={copyPath}
        onChange={setCopyPath}
        nativeDialogs={status.nativeDialogs}
        dialog={{ kind: 'save', title: t('dossiers.dialogs.target'), extensions: DOSSIER_EXTENSIONS }}
        testId="restore-target-path"
      />
    </FormShell>
  );
}
