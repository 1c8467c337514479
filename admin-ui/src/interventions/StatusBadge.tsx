import { Badge, type MantineColor } from '@mantine/core'
import type { InterventionStatusCategory } from '../gql/graphql'

export const CATEGORY_COLORS: Record<InterventionStatusCategory, MantineColor> = {
  OPEN: 'red',
  IN_PROGRESS: 'yellow',
  CLOSED: 'gray',
}

export function StatusBadge({ name, category }: { name: string; category: InterventionStatusCategory }) {
  return (
    <Badge variant="light" color={CATEGORY_COLORS[category] ?? 'gray'}>
      {name}
    </Badge>
  )
}
