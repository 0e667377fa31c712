import { Alert, Button, Card, Center, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_UNIT } from '../../../src-shared/api/identity';
import { api, ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { useSaveProfile } from './queries';

/** Shown before anything else while this device has no inspector profile. */
export function FirstRunScreen() {
  const { t } = useTranslation('identity');
  const language = useUiStore((s) => s.language);
  const info = useQuery({ queryKey: ['app.info'], queryFn: () => api('app.info', {}), staleTime: Infinity });
  const save = useSaveProfile('create');
  const [fullName, setFullName] = useState('');
  const [position, setPosition] = useState('');
  const [unit, setUnit] = useState(DEFAULT_UNIT);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setFieldErrors({});
    setError(null);
    try {
      await save.mutateAsync({ fullName, position, unit });
    } catch (e) {
      if (e instanceof ApiCallError && e.error.issues?.length) {
        setFieldErrors(Object.fromEntries(e.error.issues.map((i) => [i.path, i[language]])));
      } else setError(errorMessage(e));
    }
  };

  return (
    <Center mih="100vh" p="md">
      <Card withBorder maw={560} w="100%" padding="lg" component="main">
        <form
          aria-label={t('firstRun.form')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('firstRun.title')}
            </Title>
            <Text>{t('firstRun.intro')}</Text>
            <TextInput label={t('fields.fullName')} required value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} error={fieldErrors.fullName} autoComplete="name" data-autofocus autoFocus />
            <TextInput label={t('fields.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={fieldErrors.position} autoComplete="organization-title" />
            <TextInput label={t('fields.unit')} required value={unit} onChange={(e) => setUnit(e.currentTarget.value)} error={fieldErrors.unit} autoComplete="organization" />
            <Text size="sm">{t('firstRun.keyNote')}</Text>
            {info.data?.transport !== 'electron' && (
              <Alert color="orange" title={t('card.protection')}>
                {t('firstRun.keyNoteWeb')}
              </Alert>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={save.isPending}>
              {t('firstRun.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
