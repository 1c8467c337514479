import { lazy } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { RequireAuth } from './auth/RequireAuth'
import { ADMIN_ROLES, RequireRole, SUPER_ADMIN_ROLES } from './auth/RequireRole'
import { SignInPage } from './auth/SignInPage'
import { HOME_PATH, SIGN_IN_PATH, paths } from './routes'

// Each page is its own chunk: the first load carries only the frame and sign-in.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })))

const DashboardPage = page(() => import('./dashboard/DashboardPage'), 'DashboardPage')
const InterventionsPage = page(() => import('./interventions/InterventionsPage'), 'InterventionsPage')
const InterventionDetailPage = page(() => import('./interventions/InterventionDetailPage'), 'InterventionDetailPage')
const PrintersPage = page(() => import('./printers/PrintersPage'), 'PrintersPage')
const PrinterDetailPage = page(() => import('./printers/PrinterDetailPage'), 'PrinterDetailPage')
const SuppliesPage = page(() => import('./printers/SuppliesPage'), 'SuppliesPage')
const PanicButtonsPage = page(() => import('./panicButtons/PanicButtonsPage'), 'PanicButtonsPage')
const PanicButtonPage = page(() => import('./panicButtons/PanicButtonPage'), 'PanicButtonPage')
const NotificationSettingsPage = page(() => import('./settings/NotificationSettingsPage'), 'NotificationSettingsPage')
const StatusesPage = page(() => import('./settings/StatusesPage'), 'StatusesPage')
const OutboxPage = page(() => import('./settings/OutboxPage'), 'OutboxPage')
const InboundPage = page(() => import('./settings/InboundPage'), 'InboundPage')
const UsersPage = page(() => import('./users/UsersPage'), 'UsersPage')
const AuditLogPage = page(() => import('./auditLog/AuditLogPage'), 'AuditLogPage')
const ApiKeysPage = page(() => import('./apiKeys/ApiKeysPage'), 'ApiKeysPage')
const WebhooksPage = page(() => import('./webhooks/WebhooksPage'), 'WebhooksPage')
const OrganizationsPage = page(() => import('./organizations/OrganizationsPage'), 'OrganizationsPage')

export function AppRoutes() {
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      <Route element={<RequireAuth />}>
        <Route path={paths.dashboard} element={<DashboardPage />} />
        <Route path={paths.interventions} element={<InterventionsPage />} />
        <Route path={`${paths.interventions}/:id`} element={<InterventionDetailPage />} />
        <Route element={<RequireRole roles={ADMIN_ROLES} />}>
          <Route path={paths.printers} element={<PrintersPage />} />
          <Route path={`${paths.printers}/:id`} element={<PrinterDetailPage />} />
          <Route path={paths.supplies} element={<SuppliesPage />} />
          <Route path={paths.panicButtons} element={<PanicButtonsPage />} />
          <Route path={`${paths.panicButtons}/:id/:tab?`} element={<PanicButtonPage />} />
          <Route path={paths.notificationSettings} element={<NotificationSettingsPage />} />
          <Route path={paths.statuses} element={<StatusesPage />} />
          <Route path={paths.outbox} element={<OutboxPage />} />
          <Route path={paths.inbound} element={<InboundPage />} />
          <Route path={paths.users} element={<UsersPage />} />
          <Route path={paths.auditLog} element={<AuditLogPage />} />
          <Route path={paths.apiKeys} element={<ApiKeysPage />} />
          <Route path={paths.webhooks} element={<WebhooksPage />} />
        </Route>
        <Route element={<RequireRole roles={SUPER_ADMIN_ROLES} />}>
          <Route path={paths.organizations} element={<OrganizationsPage />} />
        </Route>
      </Route>
      <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
    </Routes>
  )
}
