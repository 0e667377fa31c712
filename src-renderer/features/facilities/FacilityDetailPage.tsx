import { Alert, Badge, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/dates';
import { StartInspectionButton } from '../inspections/StartInspectionButton';
import { FacilityRegisterTabs } from '../register/FacilityRegisterTabs';
import { FacilityRequirements } from '../requirements/FacilityRequirements';
import { FacilityWarnings } from '../warnings/FacilityWarnings';
import { askDeleteReason } from '../identity/reason';
import { HistoryPanel } from '../audit/HistoryPanel';
import { FacilityForm } from './FacilityForm';
import { useDeleteFacility, useFacility, useProvinces } from './queries';
import { PageTitle } from '../../components/PageTitle';

export function FacilityDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('facilities');
  const { t: tc } = useTranslation('common');
  const navigate = useNavigate();
  const facility = useFacility(id);
  const provinces = useProvinces();
  const del = useDeleteFacility();
  const [editing, setEditing] = useState(false);

  if (facility.isLoading) return <Loader />;
  if (facility.isError || !facility.data)
    return (
      <Alert color="red" title={t('notFound')}>
        {errorMessage(facility.error)}
      </Alert>
    );
  const f = facility.data;
  const province = provinces.data?.find((p) => p.code === f.provinceCode)?.name ?? f.provinceCode;

  const remove = async () => {
    const reason = await askDeleteReason(f.name);
    if (!reason) return;
    try {
      await del.mutateAsync({ id: f.id, reason });
      const toastId = notifications.show({
        message: (
          <Group justify="space-between">
            <Text size="sm">{tc('deleted', { name: f.name })}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={async () => {
                notifications.hide(toastId);
                await del.mutateAsync({ id: f.id, restore: true });
                navigate(`/facilities/${f.id}`);
              }}
            >
              {tc('actions.undo')}
            </Button>
          </Group>
        ),
        autoClose: 10_000,
      });
      navigate('/facilities');
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };

  const row = (label: string, value: string | number | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </div>
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('/facilities')}>
            {tc('actions.back')}
          </Button>
          <PageTitle>{f.name}</PageTitle>
          <Badge>{t(`kinds.${f.kind}`)}</Badge>
          {f.deletedAt && <Badge color="red">{tc('actions.delete')}</Badge>}
        </Group>
        <Group>
          <StartInspectionButton facilityId={f.id} disabled={Boolean(f.deletedAt)} />
          <Button leftSection={<IconPencil size={16} />} variant="default" onClick={() => setEditing(true)} disabled={Boolean(f.deletedAt)}>
            {tc('actions.edit')}
          </Button>
          <Button leftSection={<IconTrash size={16} />} color="red" variant="light" onClick={remove} disabled={Boolean(f.deletedAt)}>
            {tc('actions.delete')}
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('address')}
          </Title>
          <SimpleGrid cols={2}>
            {row(t('fields.provinceCode'), province)}
            {row(t('fields.commune'), f.commune)}
            {row(t('fields.street'), f.street)}
            {row(t('fields.legacyDistrict'), f.legacyDistrict)}
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('contact')}
          </Title>
          <SimpleGrid cols={2}>
            {row(t('fields.ownership'), t(`ownerships.${f.ownership}`))}
            {row(t('fields.beds'), f.beds)}
            {row(t('fields.contactName'), f.contactName)}
            {row(t('fields.contactPhone'), f.contactPhone)}
            {row(t('fields.operatingSince'), formatDate(f.operatingSince))}
            {row(t('fields.updatedAt'), formatDateTime(f.updatedAt))}
          </SimpleGrid>
        </Card>
      </SimpleGrid>
      {f.notes && (
        <Card withBorder>
          {row(t('fields.notes'), f.notes)}
        </Card>
      )}
      {!f.deletedAt && <FacilityWarnings facilityId={f.id} />}
      {!f.deletedAt && <FacilityRegisterTabs facilityId={f.id} />}
      {!f.deletedAt && <FacilityRequirements facilityId={f.id} />}
      <HistoryPanel entity="facility" entityId={f.id} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('editTitle')} size="xl">
        <FacilityForm
          facility={f}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: 'green', message: t('savedToast') });
          }}
        />
      </Modal>
    </Stack>
  );
}
