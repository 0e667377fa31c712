import { IconAlertTriangle, IconChartBar, IconBuildingHospital, IconBooks, IconClipboardCheck, IconListCheck, IconScale, IconSearch, IconSettings, IconTransfer, type Icon } from '@tabler/icons-react';

/** Navigation entries (label = common:nav.<key>); each feature adds its own. */
export const navItems: { key: string; to: string; icon: Icon }[] = [
  { key: 'facilities', to: '/facilities', icon: IconBuildingHospital },
  { key: 'inspections', to: '/inspections', icon: IconClipboardCheck },
  { key: 'register', to: '/register', icon: IconBooks },
  { key: 'search', to: '/search', icon: IconSearch },
  { key: 'warnings', to: '/warnings', icon: IconAlertTriangle },
  { key: 'requirements', to: '/requirements', icon: IconListCheck },
  { key: 'rules', to: '/rules', icon: IconScale },
  { key: 'dashboard', to: '/dashboard', icon: IconChartBar },
  { key: 'sync', to: '/sync', icon: IconTransfer },
  { key: 'settings', to: '/settings', icon: IconSettings },
];
