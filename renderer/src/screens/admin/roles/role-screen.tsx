import { Badge, Button, Grid, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus, IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQueryRoute } from '../../../api/hooks';
import { roleLabel } from '../../../app/session/permissions';
import { ScreenLoader } from '../../../components/screen-loader';
import { RoleEditor } from './role-editor';

/** Roles: the presets, read only, and the company's own roles built by ticking cells of the grid. */
export function RoleScreen() {
  const { t, i18n } = useTranslation();
  const roles = useQueryRoute('admin.role.list', {});
  const [params, setParams] = useSearchParams();
  const select = (id: string) => setParams({ role: id }, { replace: true });
  const rows = roles.data?.rows ?? [];
  const wanted = params.get('role');
  const selected = wanted === 'new' ? 'new' : (rows.find((r) => String(r.id) === wanted) ?? rows[0] ?? null);
  const template = rows.find((r) => String(r.id) === params.get('from')) ?? null;

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('roles.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('roles.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} />} onClick={() => select('new')}>
          {t('roles.new')}
        </Button>
      </Group>
      {!roles.data ? (
        <ScreenLoader />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder p={4}>
              <nav aria-label={t('roles.title')}>
                {rows.map((r) => (
                  <NavLink
                    key={r.id}
                    component="button"
                    active={selected !== 'new' && selected?.id === r.id}
                    label={roleLabel(r, i18n.language)}
                    description={t('roles.userCount', { count: r.userCount })}
                    leftSection={r.code ? <IconLock size={16} stroke={1.5} /> : <IconUserShield size={16} />}
                    rightSection={
                      r.code ? null : (
                        <Badge size="xs" variant="light">
                          {t('roles.custom')}
                        </Badge>
                      )
                    }
                    onClick={() => select(String(r.id))}
                  />
                ))}
              </nav>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected && (
              <RoleEditor
                key={selected === 'new' ? `new:${template?.id ?? ''}` : selected.id}
                role={selected === 'new' ? null : selected}
                template={template}
                onSaved={(id) => select(String(id))}
                onDeleted={() => setParams({}, { replace: true })}
                onDuplicate={(r) => setParams({ role: 'new', from: String(r.id) }, { replace: true })}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
