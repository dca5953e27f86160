import { Container, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFilePlus, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../../shared/contract/workspace';
import { useMutationRoute } from '../../../api/hooks';
import { CreateDossierForm, DossierError, OpenDossierForm, RestoreCopyForm } from './dossier-forms';
import { RecentDossiers } from './recent-dossiers';
import { useApplyWorkspace } from './use-workspace';

/** No company file is open: pick a recent one, create one, open one, or restore a backup into a new one. */
export function DossierChooser({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const apply = useApplyWorkspace();
  const open = useMutationRoute('workspace.dossier.open', { meta: { quiet: true }, onSuccess: apply });
  const forget = useMutationRoute('workspace.recent.forget', { meta: { quiet: true }, onSuccess: apply });
  const failure = open.error ?? forget.error;

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} c="indigo" size="sm" tt="uppercase">
              Coulisse
            </Text>
          </Group>
          <Title order={1}>{t('dossiers.title')}</Title>
          <Text c="dimmed">{t('dossiers.subtitle')}</Text>
        </Stack>
        <DossierError error={failure} />
        <RecentDossiers
          recent={status.recent}
          busy={open.isPending}
          onOpen={(path) => {
            forget.reset();
            open.mutate({ path });
          }}
          onForget={(path) => {
            open.reset();
            forget.mutate({ path });
          }}
        />
        <Paper withBorder p="md" radius="md">
          <Tabs defaultValue="create" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="create" leftSection={<IconFilePlus size={16} />}>
                {t('dossiers.tabs.create')}
              </Tabs.Tab>
              <Tabs.Tab value="open" leftSection={<IconFolderOpen size={16} />}>
                {t('dossiers.tabs.open')}
              </Tabs.Tab>
              <Tabs.Tab value="restore" leftSection={<IconRestore size={16} />}>
                {t('dossiers.tabs.restore')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="create">
              <CreateDossierForm status={status} />
            </Tabs.Panel>
            <Tabs.Panel value="open">
              <OpenDossierForm status={status} />
            </Tabs.Panel>
            <Tabs.Panel value="restore">
              <RestoreCopyForm status={status} />
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Stack>
    </Container>
  );
}
