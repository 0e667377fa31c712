import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MinutesSnapshot } from '../../../src-shared/minutes/snapshot';
import { FINDING_SEVERITY_LABELS } from '../../../src-shared/schemas/finding';
import { formatDate } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { VerdictBadge } from '../verdicts/VerdictBadge';
import { local } from '../verdicts/text';
import { answerText } from './answer-text';

function when(local: string | null): string {
  if (!local) return '—';
  return `${local.slice(11, 16)} ${formatDate(local.slice(0, 10))}`;
}

/** The content of the signed minutes, read from the snapshot only. */
export function MinutesBody({ s }: { s: MinutesSnapshot }) {
  const { t } = useTranslation('minutes');
  const { t: ti } = useTranslation('inspections');
  const language = useUiStore((st) => st.language);
  const i = s.inspection;
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="minutes-header">
        <Title order={2} size="h3" id="minutes-header" mb="xs">
          {t('page.header')}
        </Title>
        <Text fw={600}>{s.signedBy.unit}</Text>
        <Text>{local(i.templateTitle, language)}</Text>
        {i.decisionNumber && <Text>{t('page.decision', { number: i.decisionNumber, date: formatDate(i.decisionDate) || '…' })}</Text>}
        <Text>
          {t('page.time')}: {when(i.startedAt)} – {when(i.endedAt)}
        </Text>
        <Text>
          {t('page.place')}: {i.place ?? '—'}
        </Text>
        <Title order={3} size="h4" mt="sm">
          {t('page.team')}
        </Title>
        {i.team.length === 0 ? (
          <Text>{t('page.none')}</Text>
        ) : (
          <List>
            {i.team.map((m) => (
              <List.Item key={`${m.name}-${m.role}`}>
                {m.name}
                {m.position ? `, ${m.position}` : ''} — {ti(`roles.${m.role}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="minutes-facility">
        <Title order={2} size="h3" id="minutes-facility" mb="xs">
          {t('page.facility')}
        </Title>
        <Text fw={600} data-testid="minutes-facility-name">
          {s.facility.name}
        </Text>
        <Text>{[s.facility.street, s.facility.commune, s.facility.provinceName].filter(Boolean).join(', ')}</Text>
        {i.facilityRepresentatives.length > 0 && (
          <Text>
            {t('page.representatives')}: {i.facilityRepresentatives.map((r) => (r.position ? `${r.name} (${r.position})` : r.name)).join('; ')}
          </Text>
        )}
        {s.licences.length > 0 && (
          <Text>
            {t('page.licences')}: {s.licences.map((l) => l.label).join('; ')}
          </Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="minutes-checked">
        <Title order={2} size="h3" id="minutes-checked" mb="xs">
          {t('page.checked')}
        </Title>
        <Stack>
          {s.sections.map((sec) => (
            <div key={`${sec.key}:${sec.instanceKey}`}>
              <Title order={3} size="h4" mb={4}>
                {local(sec.title, language)}
                {sec.instanceLabel ? ` — ${sec.instanceLabel}` : ''}
              </Title>
              <Table withTableBorder layout="fixed">
                <Table.Tbody>
                  {sec.items.map((it) => (
                    <Table.Tr key={it.key} data-testid="minutes-item" data-item-key={it.key}>
                      <Table.Th scope="row" w="40%" fw={500}>
                        {local(it.label, language)}
                        <Text size="xs" fs="italic">
                          {it.citation.vi}
                        </Text>
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm">{answerText(it, language, t('page.noAnswer'))}</Text>
                        {it.note && <Text size="sm">{it.note}</Text>}
                        {it.photos.length > 0 && <Text size="sm">{t('page.photos', { count: it.photos.length })}</Text>}
                        {it.signatures.length > 0 && (
                          <Text size="sm">
                            {t('page.signatures')}: {it.signatures.map((x) => x.signerName ?? '—').join('; ')}
                          </Text>
                        )}
                        {it.verdicts.length > 0 && (
                          <Group gap={4} mt={4}>
                            {it.verdicts.map((v) => (
                              <VerdictBadge key={`${v.key}-${v.where ?? ''}`} verdict={v.verdict} where={v.where} />
                            ))}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          ))}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="minutes-findings">
        <Title order={2} size="h3" id="minutes-findings" mb="xs">
          {t('page.findings')}
        </Title>
        {s.findings.filter((f) => f.status === 'open').length === 0 ? (
          <Text>{t('page.none')}</Text>
        ) : (
          <List>
            {s.findings
              .filter((f) => f.status === 'open')
              .map((f) => (
                <List.Item key={f.id}>
                  <Badge variant="light" mr="xs">
                    {FINDING_SEVERITY_LABELS[f.severity][language]}
                  </Badge>
                  {f.title}
                  {f.description ? ` — ${f.description}` : ''}
                </List.Item>
              ))}
          </List>
        )}
        <Title order={3} size="h4" mt="sm">
          {t('page.requirements')}
        </Title>
        {s.requirements.length === 0 ? (
          <Text>{t('page.none')}</Text>
        ) : (
          <List>
            {s.requirements.map((r) => (
              <List.Item key={r.id}>
                {r.text}
                {r.responsible ? ` (${r.responsible})` : ''}
                {r.deadline ? ` — ${t('page.deadline', { date: formatDate(r.deadline) })}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="minutes-conclusion">
        <Title order={2} size="h3" id="minutes-conclusion" mb="xs">
          {t('page.conclusion')}
        </Title>
        <Text>{i.conclusion ?? '—'}</Text>
        <Title order={3} size="h4" mt="sm">
          {t('page.opinion')}
        </Title>
        <Text>{i.facilityOpinion ?? '—'}</Text>
        <Title order={3} size="h4" mt="sm">
          {t('page.packs')}
        </Title>
        <List>
          {s.packs.map((p) => (
            <List.Item key={p.domain}>{p.packId ? `${p.regulation ?? p.packId} (${p.packId} ${p.version})` : local(p.reason, language)}</List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
