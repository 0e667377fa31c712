import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { MinutesPage } from '../minutes/MinutesPage';
import { CheckForm } from './CheckForm';
import { useInspectionDetail, useTemplate } from './queries';

/** Route /inspections/:id — loads the inspection and its template version, then the generated form. */
export function InspectionPage() {
  const { id } = useParams();
  const { t } = useTranslation('inspections');
  const detail = useInspectionDetail(id);
  const i = detail.data?.inspection;
  const template = useTemplate(i?.templateId, i?.templateVersion);

  if (detail.isError || template.isError)
    return (
      <Alert color="red" title={t('notFound')}>
        {errorMessage(detail.error ?? template.error)}
      </Alert>
    );
  // Signed minutes are read from their snapshot, never from the live form.
  if (i?.status === 'signed') return <MinutesPage inspectionId={i.id} />;
  if (!detail.data || !template.data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  return <CheckForm key={detail.data.inspection.id} detail={detail.data} template={template.data} />;
}
