import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SecuritySettings } from '../../../../shared/contract/users';
import { issuesOf } from '../../api/errors';
import { useMutationRoute, useQueryRoute } from '../../api/hooks';
import { useRefreshSession } from '../../app/session/use-refresh-session';
import { encodeError, translateError } from '../../components/form-errors';
import { ScreenLoader } from '../../components/screen-loader';

/** How long a session may stay idle before the screen locks and asks for the password again. */
export function SecurityScreen() {
  const { t } = useTranslation();
  const settings = useQueryRoute('admin.settings.get', {});
  if (!settings.data) return <ScreenLoader />;
  return (
    <Stack gap="md" maw={720}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('security.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('security.intro')}
        </Text>
      </Stack>
      <IdleTimeoutForm key={settings.data.idleTimeoutMinutes} minutes={settings.data.idleTimeoutMinutes} />
    </Stack>
  );
}

function IdleTimeoutForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const refreshSession = useRefreshSession();
  const [value, setValue] = useState<number | string>(minutes);
  const [error, setError] = useState<string | undefined>();
  const save = useMutationRoute('admin.settings.update', {
    invalidates: ['admin.settings.get'],
    async onSuccess() {
      notifications.show({ color: 'green', message: t('security.saved') });
      await refreshSession();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = SecuritySettings.safeParse({ idleTimeoutMinutes: typeof value === 'number' ? value : NaN });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(encodeError(issue?.message ?? 'validation.invalid', { min: 1, max: 480 }));
      return;
    }
    save.mutate(parsed.data, { onError: (err) => setError(issuesOf(err)[0]?.messageKey) });
  };

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconLock size={22} stroke={1.5} color="var(--mantine-color-indigo-6)" />
            <Text size="sm">{t('security.idleHelp')}</Text>
          </Group>
          <NumberInput
            label={t('security.idleTimeout')}
            description={t('security.idleRange')}
            min={1}
            max={480}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            suffix={` ${t('security.minutes')}`}
            w={240}
            value={value}
            error={translateError(error)}
            onChange={(v) => {
              setValue(v);
              setError(undefined);
            }}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={value === minutes}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
