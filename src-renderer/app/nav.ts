import { IconBuildingHospital, IconSettings, type Icon } from '@tabler/icons-react';

/** Navigation entries (label = common:nav.<key>); each feature adds its own. */
export const navItems: { key: string; to: string; icon: Icon }[] = [
  { key: 'facilities', to: '/facilities', icon: IconBuildingHospital },
  { key: 'settings', to: '/settings', icon: IconSettings },
];
