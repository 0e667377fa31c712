import { Button, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClipboardPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StartInspectionForm } from './StartInspectionForm';

/** "Bắt đầu kiểm tra": opens the start form (for one facility, or with a facility picker) and goes to the new form. */
export function StartInspectionButton({ facilityId, disabled }: { facilityId?: string; disabled?: boolean }) {
  const { t } = useTranslation('inspections');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconClipboardPlus size={16} />} onClick={() => setOpen(true)} disabled={disabled}>
        {t('new')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('startTitle')} size="xl">
        <StartInspectionForm
          facilityId={facilityId}
          onCancel={() => setOpen(false)}
          onCreated={(i) => {
            setOpen(false);
            notifications.show({ color: 'green', message: t('createdToast', { name: i.facilityName }) });
            navigate(`/inspections/${i.id}`);
          }}
        />
      </Modal>
    </>
  );
}
