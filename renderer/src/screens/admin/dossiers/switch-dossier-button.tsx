import { Button } from '@mantine/core';
import { IconFolders } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCloseDossier } from './use-workspace';

/** Before anyone signs in (sign-in, first run), the way back to the chooser when this is not the right file. */
export function SwitchDossierButton() {
  const { t } = useTranslation();
  const closeDossier = useCloseDossier();
  return (
    <Button
      variant="subtle"
      color="gray"
      size="xs"
      leftSection={<IconFolders size={14} />}
      onClick={() => void closeDossier().catch(() => undefined)}
      data-testid="switch-dossier"
      style={{ alignSelf: 'center' }}
    >
      {t('dossiers.switch')}
    </Button>
  );
}
