import { Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A read-only value under its small uppercase label; an empty value shows as a dash. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  )
}
