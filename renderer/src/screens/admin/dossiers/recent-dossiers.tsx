import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconFileDatabase, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecentDossier } from '../../../../../shared/contract/workspace';
import { formatInstant } from '../../../components/format';

export function RecentDossiers(props: {
  recent: RecentDossier[];
  busy: boolean;
  onOpen(path: string): void;
  onForget(path: string): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('dossiers.recent')}
      </Title>
      {props.recent.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dossiers.noRecent')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="recent-dossiers">
          {props.recent.map((entry) => (
            <Group key={entry.path} component="li" wrap="nowrap" justify="space-between" gap="sm">
              <Group wrap="nowrap" gap="sm" miw={0}>
                <IconFileDatabase size={28} stroke={1.5} color="var(--mantine-color-indigo-6)" />
                <Stack gap={0} miw={0}>
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} truncate="end">
                      {entry.name ?? t('dossiers.unnamed')}
                    </Text>
                    {!entry.exists && (
                      <Tooltip label={t('dossiers.missingHint')} multiline w={260}>
                        <Badge color="orange" variant="light">
                          {t('dossiers.missing')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {entry.path}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('dossiers.lastOpened', { when: formatInstant(entry.lastOpenedAt, i18n.language) })}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  disabled={!entry.exists || props.busy}
                  onClick={() => props.onOpen(entry.path)}
                  aria-label={`${t('dossiers.open')} ${entry.name ?? entry.path}`}
                >
                  {t('dossiers.open')}
                </Button>
                <Tooltip label={t('dossiers.forget')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('dossiers.forget')} ${entry.name ?? entry.path}`}
                    onClick={() => props.onForget(entry.path)}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
