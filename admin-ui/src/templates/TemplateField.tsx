import { Group, Input, Text, TextInput, Textarea } from '@mantine/core'
import { useId, useRef } from 'react'
import type { EmailVariableItemFragment } from '../gql/graphql'
import { insertAt, variableToken } from './insert'
import { VariablePicker } from './VariablePicker'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  variables: readonly EmailVariableItemFragment[]
  multiline?: boolean
  /** Monospaced, taller: HTML. */
  code?: boolean
  description?: string
  error?: string
  minRows?: number
  maxLength?: number
  name?: string
}

/**
 * A template input (one line or several) with a variable picker that inserts
 * `[[[NAME]]]` where the cursor is (or replaces the selection), then puts the
 * cursor after it.
 */
export function TemplateField({ label, value, onChange, variables, multiline, code, description, error, minRows = 6, maxLength, name }: Props) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const id = useId()

  const pick = (variable: string) => {
    const el = ref.current
    const start = el?.selectionStart ?? value.length
    const end = el?.selectionEnd ?? value.length
    const next = insertAt(value, start, end, variableToken(variable))
    onChange(next.value)
    requestAnimationFrame(() => {
      if (!el) return
      el.focus()
      el.setSelectionRange(next.cursor, next.cursor)
    })
  }

  const common = {
    id,
    ref,
    value,
    name,
    maxLength,
    error,
    'aria-describedby': description ? `${id}-description` : undefined,
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
  }

  return (
    <div>
      <Group justify="space-between" align="flex-end" mb={4} wrap="nowrap">
        <Input.Label htmlFor={id}>{label}</Input.Label>
        <VariablePicker variables={variables} onPick={pick} target={label} />
      </Group>
      {description && (
        <Text size="xs" c="dimmed" id={`${id}-description`} mb={4}>
          {description}
        </Text>
      )}
      {multiline ? (
        <Textarea
          {...common}
          autosize
          minRows={minRows}
          maxRows={24}
          styles={code ? { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } } : undefined}
        />
      ) : (
        <TextInput {...common} />
      )}
    </div>
  )
}
