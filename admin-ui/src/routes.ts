export const SIGN_IN_PATH = '/sign-in'
export const HOME_PATH = '/dashboard'

/** Every page of the SPA, so links and routes agree. */
export const paths = {
  dashboard: '/dashboard',
  interventions: '/interventions',
  intervention: (id: string) => `/interventions/${encodeURIComponent(id)}`,
  printers: '/printers',
  supplies: '/supplies',
  printer: (id: string) => `/printers/${encodeURIComponent(id)}`,
  panicButtons: '/panic-buttons',
  panicButton: (id: string, tab?: string) => `/panic-buttons/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`,
  notificationSettings: '/settings/notifications',
  statuses: '/settings/statuses',
  outbox: '/settings/outbox',
  inbound: '/settings/inbound',
  users: '/users',
  auditLog: '/audit-log',
  apiKeys: '/api-keys',
  webhooks: '/webhooks',
  organizations: '/organizations',
} as const

/** The sign-in page, remembering where to come back to. */
export function signInPath(next: string): string {
  return next && next !== '/' && !next.startsWith(SIGN_IN_PATH)
    ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`
    : SIGN_IN_PATH
}

/** A same-origin path to go to after signing in; anything else (absolute or protocol-relative URLs) is ignored. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return HOME_PATH
  if (next.startsWith(SIGN_IN_PATH)) return HOME_PATH
  return next
}
