import { Group, Text, type GroupProps } from '@mantine/core'
import type { CombinedError } from '@urql/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorKind } from '../graphql/errors'

export interface FormFooterProps extends Omit<GroupProps, 'children'> {
  /** The mutation's error, shown as a localized alert; pass null when it is shown inline by the fields. */
  error?: CombinedError | null
  /** Another alert, e.g. "fix the errors above". */
  problem?: ReactNode
  /** Show the confirmation after a successful save. */
  saved?: boolean
  /** The confirmation's text, when "Saved." does not fit. */
  savedText?: ReactNode
  /** The buttons (and anything shown beside them). */
  children: ReactNode
}

/** The end of a form: what went wrong or that it was saved, then the buttons, on the right. */
export function FormFooter({ error, problem, saved, savedText, children, ...group }: FormFooterProps) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end" {...group}>
      {error && (
        <Text c="red" size="sm" role="alert">
          {t(`errors.${errorKind(error)}`)}
        </Text>
      )}
      {problem && (
        <Text c="red" size="sm" role="alert">
          {problem}
        </Text>
      )}
      {saved && (
        <Text c="green" size="sm" role="status">
          {savedText ?? t('formFooter.saved')}
        </Text>
      )}
      {children}
    </Group>
  )
}
