import { Navigate, type RouteObject } from 'react-router';
import { FacilityDetailPage } from '../features/facilities/FacilityDetailPage';
import { FacilityListPage } from '../features/facilities/FacilityListPage';
import { InspectionListPage } from '../features/inspections/InspectionListPage';
import { InspectionPage } from '../features/inspections/InspectionPage';
import { RegisterOverviewPage } from '../features/register/RegisterOverviewPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WarningsPage } from '../features/warnings/WarningsPage';
import { RequirementsPage } from '../features/requirements/RequirementsPage';
import { RulePacksPage } from '../features/rules/RulePacksPage';
import { DashboardPage } from '../features/reports/DashboardPage';
import { ReportChecksPage } from '../features/reports/ReportChecksPage';
import { SyncPage } from '../features/sync/SyncPage';
import { BundlesPanel } from '../features/sync/BundlesPanel';
import { ConflictsPanel } from '../features/sync/ConflictsPanel';
import { DevicesPanel } from '../features/sync/DevicesPanel';
import { Layout } from './Layout';
import { ProfileGate } from '../features/identity/ProfileGate';
import { MinutesPage } from '../features/minutes/MinutesPage';

/** Every screen; each feature adds its routes here. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <ProfileGate>
        <Layout />
      </ProfileGate>
    ),
    children: [
      { index: true, element: <Navigate to="/facilities" replace /> },
      { path: 'facilities', element: <FacilityListPage /> },
      { path: 'facilities/:id', element: <FacilityDetailPage /> },
      { path: 'inspections', element: <InspectionListPage /> },
      { path: 'inspections/:id', element: <InspectionPage /> },
      { path: 'inspections/:id/minutes', element: <MinutesPage /> },
      { path: 'register', element: <RegisterOverviewPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'warnings', element: <WarningsPage /> },
      { path: 'requirements', element: <RequirementsPage /> },
      { path: 'rules', element: <RulePacksPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'dashboard/checks', element: <ReportChecksPage /> },
      {
        path: 'sync',
        element: <SyncPage />,
        children: [
          { index: true, element: <BundlesPanel /> },
          { path: 'conflicts', element: <ConflictsPanel /> },
          { path: 'devices', element: <DevicesPanel /> },
        ],
      },
      { path: '*', element: <Navigate to="/facilities" replace /> },
    ],
  },
];
