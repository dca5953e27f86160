import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';
import { useCan } from '../../../app/session/permissions';
import { hasFilters, type AuditFilterKey, type AuditParams } from './audit-params';

interface Props {
  params: AuditParams;
  onChange(patch: Partial<Record<AuditFilterKey, string>>): void;
  onClear(): void;
}

/** Typed filters wait for a pause in typing; choices and dates apply at once. */
export function AuditFilters({ params, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState({ route: params.route, entityType: params.entityType, entityId: params.entityId });
  const commit = useDebouncedCallback((patch: Partial<Record<AuditFilterKey, string>>) => onChange(patch), 300);
  const typed = (key: 'route' | 'entityType' | 'entityId') => ({
    value: text[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setText((prev) => ({ ...prev, [key]: value }));
      commit({ [key]: value.trim() });
    },
  });
  // Listing users takes the right to manage them; without it the trail is still filtered by the other fields.
  const canListUsers = useCan('admin.admin');
  const users = useQueryRoute('admin.user.list', {}, { enabled: canListUsers, staleTime: 60_000 });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {canListUsers && (
        <Select
          label={t('audit.fields.user')}
          placeholder={t('audit.anyUser')}
          clearable
          searchable
          w={180}
          data={(users.data?.rows ?? []).map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.login})` }))}
          value={params.userId || null}
          onChange={(v) => onChange({ userId: v ?? '' })}
        />
      )}
      <TextInput
        label={t('audit.fields.route')}
        placeholder="parties.party.create"
        title={t('audit.routeHelp')}
        w={200}
        spellCheck={false}
        {...typed('route')}
      />
      <TextInput
        label={t('audit.fields.entityType')}
        placeholder="party"
        w={140}
        spellCheck={false}
        {...typed('entityType')}
      />
      <TextInput label={t('audit.fields.entityId')} inputMode="numeric" w={90} {...typed('entityId')} />
      <TextInput
        type="date"
        label={t('audit.fields.from')}
        w={140}
        value={params.from}
        max={params.to || undefined}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('audit.fields.to')}
        w={140}
        value={params.to}
        min={params.from || undefined}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
      />
      {hasFilters(params) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setText({ route: '', entityType: '', entityId: '' });
            onClear();
          }}
        >
          {t('audit.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
