import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ScreenLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
