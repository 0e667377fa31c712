import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../../lib/errors';
import { FirstRunScreen } from './FirstRunScreen';
import { useProfile } from './queries';
import { ReasonDialog } from './reason';

/** Nothing of the app shows before the inspector's profile exists: every change names them. */
export function ProfileGate({ children }: { children: ReactNode }) {
  const profile = useProfile();
  if (profile.isError)
    return (
      <Alert color="red" m="md">
        {errorMessage(profile.error)}
      </Alert>
    );
  if (profile.isPending)
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (!profile.data) return <FirstRunScreen />;
  return (
    <>
      {children}
      <ReasonDialog />
    </>
  );
}
