import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';

interface FacilityPickerProps {
  label?: string;
  placeholder?: string;
  value: string | null;
  onChange(id: string | null): void;
  error?: string;
  withAsterisk?: boolean;
  clearable?: boolean;
  w?: number | string;
  'aria-label'?: string;
}

/** Chooses a facility by typing part of its name (server-side search: works with thousands). */
export function FacilityPicker({ value, onChange, ...props }: FacilityPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [chosenName, setChosenName] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['facilities', 'picker', debounced],
    queryFn: () => api('facilities.list', { query: debounced || undefined, limit: 50, offset: 0, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
  const chosen = useQuery({ queryKey: ['facilities', value ?? ''], queryFn: () => api('facilities.get', { id: value! }), enabled: Boolean(value) });
  const data = useMemo(() => {
    const rows = (list.data?.rows ?? []).map((f) => ({ value: f.id, label: f.name }));
    const name = chosen.data?.name ?? chosenName;
    if (value && name && !rows.some((r) => r.value === value)) rows.unshift({ value, label: name });
    return rows;
  }, [list.data, chosen.data, chosenName, value]);

  return (
    <Select
      {...props}
      searchable
      data={data}
      value={value}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => {
        setChosenName(option?.label ?? null);
        onChange(id);
      }}
      nothingFoundMessage="—"
    />
  );
}
