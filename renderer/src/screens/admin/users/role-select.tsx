import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueryRoute } from '../../../api/hooks';
import { roleLabel } from '../../../app/session/permissions';

/** A role by its id (as a string, the way Select holds values), presets first as the core lists them. */
export function RoleSelect(props: Omit<SelectProps, 'data'>) {
  const { t, i18n } = useTranslation();
  const roles = useQueryRoute('admin.role.list', {});
  const data = (roles.data?.rows ?? []).map((r) => ({ value: String(r.id), label: roleLabel(r, i18n.language) }));
  return <Select placeholder={t('common.choose')} allowDeselect={false} data={data} {...props} />;
}
