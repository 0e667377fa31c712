import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardData } from '../../../src-shared/schemas/report';
import { formatDate } from '../../lib/dates';
import { formatCount, formatShare } from './format';

function Figure(props: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={props.testId}>
      <Stack gap={2}>
        <Text size="sm">{props.label}</Text>
        <Text fz={26} fw={700} lh={1.2}>
          {props.value}
        </Text>
        {props.note && <Text size="sm">{props.note}</Text>}
      </Stack>
    </Paper>
  );
}

/** The headline figures of the period, then the register's state today. */
export function SummaryCards(props: { data: DashboardData }) {
  const { t } = useTranslation('reports');
  const { data } = props;
  const r = data.register;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        <Figure testId="figure-checks" label={t('cards.checks')} value={formatCount(data.checks.total)} />
        <Figure testId="figure-pass" label={t('cards.pass')} value={formatCount(data.checks.pass)} />
        <Figure testId="figure-fail" label={t('cards.fail')} value={formatCount(data.checks.fail)} />
        <Figure label={t('cards.unfinished')} value={formatCount(data.checks.unfinished)} />
        <Figure
          testId="figure-compliant"
          label={t('cards.compliant')}
          value={formatShare(data.facilities.compliant, data.facilities.checked)}
          note={t('cards.compliantOf', { compliant: formatCount(data.facilities.compliant), checked: formatCount(data.facilities.checked) })}
        />
        <Figure label={t('cards.requirements')} value={formatCount(data.requirements.open)} note={t('cards.overdue', { count: data.requirements.overdue })} />
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('register.title', { date: formatDate(data.today) })}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm">
        <Figure label={t('register.licences')} value={formatCount(r.licencesExpiring90)} note={`${t('register.licencesExpired')}: ${formatCount(r.licencesExpired)}`} />
        <Figure label={t('register.units')} value={formatCount(r.xrayUnitsInUse)} />
        <Figure testId="figure-qc-overdue" label={t('register.qcOverdue')} value={formatCount(r.xrayQcOverdue)} note={`${t('register.qcMissing')}: ${formatCount(r.xrayQcMissing)}`} />
        <Figure label={t('register.workers')} value={formatCount(r.workers)} />
        <Figure label={t('register.overAnnual')} value={formatCount(r.workersOverAnnualLimit)} />
        <Figure
          label={t('register.overAverage')}
          value={formatCount(r.workersOverFiveYearAverage)}
          note={r.workersOverInvestigation === null ? `${t('register.overInvestigation')}: ${t('register.noInvestigation')}` : `${t('register.overInvestigation')}: ${formatCount(r.workersOverInvestigation)}`}
        />
      </SimpleGrid>
    </>
  );
}
