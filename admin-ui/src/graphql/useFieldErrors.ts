import type { CombinedError } from '@urql/core'
import { useTranslation } from 'react-i18next'
import { fieldProblems } from './errors'

/**
 * Localized inline messages for the fields a mutation's BAD_USER_INPUT errors
 * name: `errorFor('techSubject')`. Fields are matched on the last part of
 * `extensions.field` too, so `texts.welcome` answers `errorFor('welcome')`.
 */
export function useFieldErrors(error: CombinedError | undefined) {
  const { t } = useTranslation()
  const problems = fieldProblems(error)
  const errorFor = (field: string): string | undefined => {
    const problem = problems.find((p) => p.field === field || p.field.split('.').at(-1) === field)
    if (!problem) return undefined
    if (problem.code === 'unknownVariable') {
      return t('fieldErrors.unknownVariable', { count: problem.names.length, names: problem.names.join(', ') })
    }
    return t(`fieldErrors.${problem.code}`)
  }
  return { errorFor, hasFieldErrors: problems.length > 0, fields: problems.map((p) => p.field) }
}
