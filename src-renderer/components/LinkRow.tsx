import { Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One row of a virtual list that opens a record: a title, a dimmed line under it, badges on the right. */
export function LinkRow({ href, testId, title, subtitle, aside }: { href: string; testId: string; title: ReactNode; subtitle: ReactNode; aside: ReactNode }) {
  return (
    <Box
      component="a"
      href={href}
      px="md"
      py={6}
      h="100%"
      style={{ display: 'block', borderBottom: '1px solid var(--mantine-color-gray-2)', color: 'inherit', textDecoration: 'none' }}
      data-testid={testId}
    >
      <Group justify="space-between" wrap="nowrap">
        <Box style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {title}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {subtitle}
          </Text>
        </Box>
        <Group gap="xs" wrap="nowrap">
          {aside}
        </Group>
      </Group>
    </Box>
  );
}
