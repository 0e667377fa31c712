import { Alert, Box, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { SIGNER_ROLES, type SignerRole } from '../../../../src-shared/schemas/inspection';

export interface SignatureResult {
  pngBase64: string;
  signerName: string;
  signerRole: SignerRole;
}

interface SignatureModalProps {
  opened: boolean;
  title: string;
  defaultName: string;
  defaultRole: SignerRole;
  saving: boolean;
  error: string | null;
  onClose(): void;
  onSave(result: SignatureResult): void;
}

/** Draw a signature with finger, pen or mouse (signature_pad), name the signer and their role. */
export function SignatureModal({ opened, title, defaultName, defaultRole, saving, error, onClose, onSave }: SignatureModalProps) {
  const { t } = useTranslation('inspections');
  const [name, setName] = useState(defaultName);
  const [role, setRole] = useState<SignerRole>(defaultRole);
  const [problem, setProblem] = useState<string | null>(null);
  const pad = useRef<SignaturePad | null>(null);

  // Each opening starts from the defaults (state adjusted while rendering, not in an effect).
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) {
      setName(defaultName);
      setRole(defaultRole);
      setProblem(null);
    }
  }

  // The canvas is sized to its on-screen box times the pixel ratio, so strokes stay sharp.
  const canvasRef = useCallback((canvas: HTMLCanvasElement | null) => {
    pad.current?.off();
    pad.current = null;
    if (!canvas) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = Math.max(1, canvas.offsetWidth) * ratio;
    canvas.height = Math.max(1, canvas.offsetHeight) * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    pad.current = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: '#0b1f4a' });
  }, []);

  const save = () => {
    const p = pad.current;
    if (!p || p.isEmpty()) {
      setProblem(t('signature.empty'));
      return;
    }
    const url = p.toDataURL('image/png');
    onSave({ pngBase64: url.slice(url.indexOf(',') + 1), signerName: name.trim(), signerRole: role });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('signature.signerName')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <Select
            label={t('signature.signerRole')}
            data={SIGNER_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as SignerRole)}
            allowDeselect={false}
          />
        </Group>
        <Box style={{ border: '1px dashed var(--mantine-color-gray-5)', borderRadius: 'var(--mantine-radius-sm)', background: 'white' }}>
          <canvas ref={canvasRef} aria-label={t('signature.pad')} data-testid="signature-pad" style={{ display: 'block', width: '100%', height: 220, touchAction: 'none' }} />
        </Box>
        {(problem || error) && (
          <Alert color="red" role="alert" p="xs">
            <Text size="sm">{problem ?? error}</Text>
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconEraser size={16} />} onClick={() => pad.current?.clear()}>
            {t('signature.clear')}
          </Button>
          <Button onClick={save} loading={saving}>
            {t('signature.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
