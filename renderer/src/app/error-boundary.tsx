import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
}

/** A screen that throws while rendering shows this instead of taking the whole window down. */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.screenTitle')} maw={640}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('errors.screen')}</Text>
              <Button color="red" variant="light" onClick={() => window.location.reload()}>
                {t('common.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Translation>
    );
  }
}
