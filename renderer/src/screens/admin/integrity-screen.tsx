import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../../shared/contract/audit';
import { useMutationRoute, useQueryRoute } from '../../api/hooks';
import { IfCan } from '../../app/session/guard';
import { formatCount, formatInstant } from '../../components/format';
import { ScreenLoader } from '../../components/screen-loader';
import { FullExportCard } from './full-export-card';

/** A hash is long; its first characters are enough to compare by eye, the whole is one click away. */
export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 12)}…${hash.slice(-4)}` : hash;
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Card>
  );
}

/** What a verification found: all links intact, or the first one that does not hold, in red. */
export function ChainVerdict({ report }: { report: ChainReport }) {
  const { t, i18n } = useTranslation();
  const when = formatInstant(report.verifiedAt, i18n.language);
  const checked = formatCount(report.checked, i18n.language);
  if (report.ok) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck />}
        title={t('integrity.ok')}
        data-testid="chain-verdict"
      >
        {t('integrity.okText', { count: report.checked, checked, when })}
      </Alert>
    );
  }
  const broken = report.brokenAt;
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle />}
      title={t('integrity.broken')}
      data-testid="chain-verdict"
    >
      <Stack gap={4}>
        {broken && (
          <Text fw={700} ff="monospace" fz="lg">
            {broken.table}#{broken.id}
          </Text>
        )}
        {broken && <Text size="sm">{t(`integrity.reasons.${broken.reason}`)}</Text>}
        <Text size="sm">{t('integrity.brokenText', { when })}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * Tamper evidence: audit rows and validated documents are chained by hash, so an edit made to the file
 * outside the app breaks the chain at that row. This screen shows the chain and checks it on demand.
 */
export function IntegrityScreen() {
  const { t, i18n } = useTranslation();
  const status = useQueryRoute('admin.chain.status', {}, { staleTime: 0 });
  const verify = useMutationRoute('admin.chain.verify', { invalidates: ['admin.chain.status'] });
  if (!status.data) return <ScreenLoader />;
  const { links, head, lastVerification } = status.data;
  const report = verify.data ?? lastVerification;

  return (
    <Stack gap="md" maw={960}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('integrity.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('integrity.intro')}
          </Text>
        </Stack>
        <IfCan need="admin.admin">
          <Button
            leftSection={<IconShieldCheck size={16} />}
            loading={verify.isPending}
            onClick={() => verify.mutate({})}
          >
            {t('integrity.verify')}
          </Button>
        </IfCan>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('integrity.links')}>
          <Text fz={28} fw={700} className="tabular" data-testid="chain-links">
            {formatCount(links, i18n.language)}
          </Text>
        </Figure>
        <Figure label={t('integrity.head')}>
          {head ? (
            <CopyButton value={head}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('integrity.copied') : t('integrity.copy')} withArrow>
                  <Code fz="md" mt={8} onClick={copy} style={{ cursor: 'copy' }} aria-label={head}>
                    {shortHash(head)}
                  </Code>
                </Tooltip>
              )}
            </CopyButton>
          ) : (
            <Text c="dimmed" mt={8}>
              {t('integrity.noHead')}
            </Text>
          )}
        </Figure>
        <Figure label={t('integrity.lastVerification')}>
          {lastVerification ? (
            <Group gap="xs" mt={8}>
              <Text size="sm">{formatInstant(lastVerification.verifiedAt, i18n.language)}</Text>
              <Badge color={lastVerification.ok ? 'green' : 'red'} variant={lastVerification.ok ? 'light' : 'filled'}>
                {lastVerification.ok ? t('integrity.okBadge') : t('integrity.brokenBadge')}
              </Badge>
            </Group>
          ) : (
            <Text c="dimmed" mt={8}>
              {t('integrity.never')}
            </Text>
          )}
        </Figure>
      </SimpleGrid>

      {report && <ChainVerdict report={report} />}

      <IfCan need="admin.admin">
        <FullExportCard />
      </IfCan>
    </Stack>
  );
}
