import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '../app/departments';

/** The page of a department whose screens are not built yet: what it will do, and nothing to click. */
export function ComingSoon({ department }: { department: Department['key'] }) {
  const { t } = useTranslation();
  const d = DEPARTMENTS.find((x) => x.key === department)!;
  const features = t(`departments.${department}.features`, { returnObjects: true }) as unknown;
  return (
    <Stack maw={720} gap="lg">
      <Group gap="sm">
        <ThemeIcon size={40} variant="light" radius="md">
          <d.icon size={24} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t(`departments.${department}.name`)}
        </Title>
        <Badge variant="light" color="gray">
          {t('coming.badge')}
        </Badge>
      </Group>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text>{t(`departments.${department}.summary`)}</Text>
          {Array.isArray(features) && (
            <List size="sm" spacing={4}>
              {features.map((f) => (
                <List.Item key={String(f)}>{String(f)}</List.Item>
              ))}
            </List>
          )}
          <Text size="sm" c="dimmed">
            {t('coming.note')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
