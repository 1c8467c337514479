import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { ActionIcon } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { GripIcon } from '../layout/icons'

interface Props<T extends { id: string }> {
  items: readonly T[]
  /** Called with the ids in their new order after a drag (mouse, touch or keyboard). */
  onReorder: (ids: string[]) => void
  /** The accessible name of an item, for the handle and the announcements. */
  itemLabel: (item: T) => string
  children: (item: T, handle: ReactNode) => ReactNode
}

/** A vertical list reordered by drag and drop (@dnd-kit), with keyboard support and localized announcements. */
export function SortableList<T extends { id: string }>({ items, onReorder, itemLabel, children }: Props<T>) {
  const { t } = useTranslation()
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const label = (id: string | number) => {
    const item = items.find((i) => i.id === id)
    return item ? itemLabel(item) : String(id)
  }
  const position = (id: string | number) => items.findIndex((i) => i.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('sortable.picked', { item: label(active.id), position: position(active.id), count: items.length }),
    onDragOver: ({ active, over }) =>
      over ? t('sortable.moved', { item: label(active.id), position: position(over.id), count: items.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('sortable.dropped', { item: label(active.id), position: position(over.id), count: items.length }) : undefined,
    onDragCancel: ({ active }) => t('sortable.cancelled', { item: label(active.id) }),
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const ids = items.map((i) => i.id)
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))))
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('sortable.instructions') } }}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        {items.map((item) => (
          <SortableRow key={item.id} id={item.id} label={t('sortable.handle', { item: itemLabel(item) })}>
            {(handle) => children(item, handle)}
          </SortableRow>
        ))}
      </SortableContext>
    </DndContext>
  )
}

function SortableRow({ id, label, children }: { id: string; label: string; children: (handle: ReactNode) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id })
  const handle = (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="subtle"
      color="gray"
      aria-label={label}
      style={{ cursor: 'grab', touchAction: 'none' }}
      {...attributes}
      {...listeners}
    >
      <GripIcon />
    </ActionIcon>
  )
  return (
    <div
      ref={setNodeRef}
      data-sortable-id={id}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 3 : undefined,
        opacity: isDragging ? 0.85 : 1,
      }}
    >
      {children(handle)}
    </div>
  )
}
