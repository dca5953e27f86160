import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toWireError } from '../api/errors';
import { translateKey } from '../i18n';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="md">
      <Stack align="center" gap="sm" maw={480}>
        <IconAlertTriangle size={48} color="var(--mantine-color-red-6)" />
        <Title order={2}>{t('errors.title')}</Title>
        <Text ta="center">{translateKey(toWireError(error).messageKey)}</Text>
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}
