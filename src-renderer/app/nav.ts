import { IconBuildingHospital, IconBooks, IconClipboardCheck, IconSearch, IconSettings, type Icon } from '@tabler/icons-react';

/** Navigation entries (label = common:nav.<key>); each feature adds its own. */
export const navItems: { key: string; to: string; icon: Icon }[] = [
  { key: 'facilities', to: '/facilities', icon: IconBuildingHospital },
  { key: 'inspections', to: '/inspections', icon: IconClipboardCheck },
  { key: 'register', to: '/register', icon: IconBooks },
  { key: 'search', to: '/search', icon: IconSearch },
  { key: 'settings', to: '/settings', icon: IconSettings },
];
