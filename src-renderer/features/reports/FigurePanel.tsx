import { Anchor, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FigureRow {
  key: string;
  label: string;
  values: (string | number)[];
  /** The filtered list this row (and its bar) opens. */
  href?: string;
}

/**
 * One figure of the dashboard: a chart for the eye and, beside it, the same numbers as a table
 * for the keyboard and the screen reader (each row links to the checks it counts).
 */
export function FigurePanel(props: { title: string; chart: ReactNode; headers: string[]; rows: FigureRow[]; empty?: boolean; testId?: string }) {
  const { t } = useTranslation('reports');
  const id = `fig-${props.testId ?? props.title.replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" data-testid={props.testId} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {props.title}
        </Title>
        {props.empty ? (
          <Text>{t('emptyChart')}</Text>
        ) : (
          <>
            <div aria-hidden="true">{props.chart}</div>
            {/* Reachable by keyboard when it scrolls (its rows are the chart's numbers). */}
            <ScrollArea.Autosize mah={260} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': props.title }}>
              <Table striped highlightOnHover withTableBorder captionSide="top" fz="sm">
                <Table.Caption style={{ textAlign: 'left' }}>{t('charts.table')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {props.headers.map((h, i) => (
                      <Table.Th key={h} ta={i === 0 ? 'left' : 'right'} scope="col">
                        {h}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {props.rows.map((r) => (
                    <Table.Tr key={r.key}>
                      <Table.Th scope="row" fw={400}>
                        {r.href ? (
                          <Anchor href={r.href} size="sm" aria-label={`${r.label} — ${t('charts.openList')}`}>
                            {r.label}
                          </Anchor>
                        ) : (
                          r.label
                        )}
                      </Table.Th>
                      {r.values.map((v, i) => (
                        <Table.Td key={i} ta="right">
                          {v}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        )}
      </Stack>
    </Paper>
  );
}
