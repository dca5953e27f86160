import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconLock, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../../shared/contract/admin-backup';
import { formatInstant } from '../../../components/format';
import { formatSize } from './backup-format';
import { CheckBadge } from './check-badge';
import { CheckModal } from './check-modal';
import { RestoreModal } from './restore-modal';

type Dialog = { kind: 'check' | 'restore'; file: BackupFile } | null;

export function BackupTable({ files }: { files: BackupFile[] }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (files.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('backups.list.empty')}
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('backups.list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.list.date')}</Table.Th>
              <Table.Th>{t('backups.list.file')}</Table.Th>
              <Table.Th ta="right">{t('backups.list.size')}</Table.Th>
              <Table.Th>{t('backups.list.encrypted')}</Table.Th>
              <Table.Th>{t('backups.list.kind')}</Table.Th>
              <Table.Th>{t('backups.list.check')}</Table.Th>
              <Table.Th w={100}>{t('backups.list.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.map((f) => (
              <Table.Tr key={f.path} data-testid="backup-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {f.createdAt ? (
                    formatInstant(f.createdAt, i18n.language)
                  ) : (
                    <Badge color="red" variant="filled">
                      {t('backups.list.damaged')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" style={{ whiteSpace: 'nowrap' }} title={f.path}>
                    {f.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {formatSize(f.size, i18n.language, t)}
                </Table.Td>
                <Table.Td>
                  {f.encrypted ? (
                    <Group gap={4} wrap="nowrap">
                      <IconLock size={14} />
                      {t('backups.list.yes')}
                    </Group>
                  ) : (
                    t('backups.list.no')
                  )}
                </Table.Td>
                <Table.Td>{f.kind ? t(`backups.kinds.${f.kind}`) : t('backups.list.unknown')}</Table.Td>
                <Table.Td>
                  <CheckBadge check={f.check} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Tooltip label={t('backups.test.action')} withArrow>
                      <ActionIcon
                        variant="light"
                        size="lg"
                        aria-label={t('backups.test.action')}
                        onClick={() => setDialog({ kind: 'check', file: f })}
                      >
                        <IconShieldCheck size={18} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('backups.restore.action')} withArrow>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        aria-label={t('backups.restore.action')}
                        disabled={f.damaged}
                        onClick={() => setDialog({ kind: 'restore', file: f })}
                      >
                        <IconRestore size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {dialog?.kind === 'check' && <CheckModal file={dialog.file} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'restore' && <RestoreModal file={dialog.file} onClose={() => setDialog(null)} />}
    </>
  );
}
