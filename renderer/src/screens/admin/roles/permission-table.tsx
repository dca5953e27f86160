import { Checkbox, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIONS, DEPARTMENTS, type Permission } from '../../../../../shared/permissions';
import { toggleDepartment, togglePermission } from './permission-grid';

interface Props {
  value: readonly Permission[];
  /** Without it the grid is read only (a preset role). */
  onChange?: (next: Permission[]) => void;
}

/** Departments down, actions across: what a role may do, one tick per cell. */
export function PermissionTable({ value, onChange }: Props) {
  const { t } = useTranslation();
  const granted = new Set(value);
  const readOnly = !onChange;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        aria-label={t('roles.grid')}
        data-testid="permission-grid"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roles.department')}</Table.Th>
            {ACTIONS.map((a) => (
              <Table.Th key={a} ta="center" w={120}>
                <Tooltip label={t(`roles.actionHelp.${a}`)} withArrow multiline w={220}>
                  <Text span size="sm" fw={600} style={{ cursor: 'help' }}>
                    {t(`roles.actions.${a}`)}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {DEPARTMENTS.map((d) => {
            const name = t(`departments.${d}.name`);
            const all = ACTIONS.every((a) => granted.has(`${d}.${a}`));
            return (
              <Table.Tr key={d}>
                <Table.Td>
                  {readOnly ? (
                    <Text size="sm">{name}</Text>
                  ) : (
                    <Tooltip label={all ? t('roles.clearRow') : t('roles.fillRow')} withArrow openDelay={400}>
                      <UnstyledButton fz="sm" onClick={() => onChange(toggleDepartment(value, d, !all))}>
                        {name}
                      </UnstyledButton>
                    </Tooltip>
                  )}
                </Table.Td>
                {ACTIONS.map((a) => (
                  <Table.Td key={a} ta="center">
                    <Checkbox
                      display="inline-block"
                      aria-label={t('roles.cell', { department: name, action: t(`roles.actions.${a}`) })}
                      checked={granted.has(`${d}.${a}`)}
                      readOnly={readOnly}
                      disabled={readOnly && !granted.has(`${d}.${a}`)}
                      onChange={(e) => onChange?.(togglePermission(value, d, a, e.currentTarget.checked))}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
