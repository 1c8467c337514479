import { useEffect, useState } from 'react'

type Permission = NotificationPermission | 'unsupported'

function currentPermission(): Permission {
  return typeof window !== 'undefined' && 'Notification' in window ? window.Notification.permission : 'unsupported'
}

/** The browser's permission for desktop notifications, kept up to date while the page is open. */
export function useDesktopNotificationPermission(): Permission {
  const [permission, setPermission] = useState(currentPermission)
  useEffect(() => {
    if (!('permissions' in navigator) || currentPermission() === 'unsupported') return
    let status: PermissionStatus | undefined
    const update = () => setPermission(currentPermission())
    navigator.permissions
      .query({ name: 'notifications' })
      .then((s) => {
        status = s
        s.addEventListener('change', update)
      })
      .catch(() => {})
    // requestPermission()'s answer, where permissions.query reports no change: check while undecided.
    const timer = permission === 'default' ? window.setInterval(update, 2000) : undefined
    return () => {
      status?.removeEventListener('change', update)
      window.clearInterval(timer)
    }
  }, [permission])
  return permission
}

/** A desktop notification (when the user allowed them); clicking it focuses the app and runs onClick. */
export function showDesktopNotification(title: string, body: string, tag: string, onClick: () => void): void {
  if (currentPermission() !== 'granted') return
  try {
    const notification = new window.Notification(title, { body, tag })
    notification.onclick = () => {
      window.focus()
      onClick()
      notification.close()
    }
  } catch {
    // e.g. Chrome on Android only allows notifications from a service worker
  }
}
