import { Group, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../../i18n';

/** Before signing in the user menu is not there: the language is chosen here. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Group justify="center">
      <SegmentedControl
        size="xs"
        aria-label={t('user.language')}
        value={currentLanguage()}
        onChange={(v) => setLanguage(v as Language)}
        data={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
      />
    </Group>
  );
}
