import type { EmailTemplateInput, EmailTemplateKind } from '../../gql/graphql'
import { unknownVariables } from '../../templates/insert'

/** The form's fields: the input's names, which the server's `extensions.field` also uses (`input.techSubject`). */
export type EmailField = keyof Required<EmailTemplateInput>

/** The seeds' fields, in the seeds' order, with their numbers. */
export const NUMBERED_FIELDS: readonly { field: EmailField; number: number }[] = [
  { field: 'fromEmail', number: 6 },
  { field: 'fromName', number: 7 },
  { field: 'technicalEmails', number: 1 },
  { field: 'techSubject', number: 2 },
  { field: 'techHtml', number: 3 },
  { field: 'userSubject', number: 4 },
  { field: 'userHtml', number: 5 },
]

export const STATUS_FIELDS: readonly { kind: EmailTemplateKind; subject: EmailField; html: EmailField }[] = [
  { kind: 'STATUS_ADMIN', subject: 'statusAdminSubject', html: 'statusAdminHtml' },
  { kind: 'STATUS_CUSTOMER', subject: 'statusCustomerSubject', html: 'statusCustomerHtml' },
  { kind: 'STATUS_TECHNICIAN', subject: 'statusTechnicianSubject', html: 'statusTechnicianHtml' },
  { kind: 'NOTE_CUSTOMER', subject: 'noteCustomerSubject', html: 'noteCustomerHtml' },
]

export const KIND_FIELDS: Record<EmailTemplateKind, { subject: EmailField; html: EmailField }> = {
  TECH: { subject: 'techSubject', html: 'techHtml' },
  USER: { subject: 'userSubject', html: 'userHtml' },
  STATUS_ADMIN: { subject: 'statusAdminSubject', html: 'statusAdminHtml' },
  STATUS_CUSTOMER: { subject: 'statusCustomerSubject', html: 'statusCustomerHtml' },
  STATUS_TECHNICIAN: { subject: 'statusTechnicianSubject', html: 'statusTechnicianHtml' },
  NOTE_CUSTOMER: { subject: 'noteCustomerSubject', html: 'noteCustomerHtml' },
}

/** Every field as the form edits it: text (technical emails as typed, one or more addresses). */
export type EmailDraft = Record<EmailField, string>

export const TEMPLATE_FIELDS: readonly EmailField[] = [
  'techSubject',
  'techHtml',
  'userSubject',
  'userHtml',
  'statusAdminSubject',
  'statusAdminHtml',
  'statusCustomerSubject',
  'statusCustomerHtml',
  'statusTechnicianSubject',
  'statusTechnicianHtml',
  'noteCustomerSubject',
  'noteCustomerHtml',
]

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function splitEmails(value: string): string[] {
  return value.split(/[\s,;]+/).filter(Boolean)
}

export type EmailProblem =
  | { code: 'emailInvalid' }
  | { code: 'emailsInvalid'; addresses: string[] }
  | { code: 'singleLine' }
  | { code: 'subjectTooLong' }
  | { code: 'unknownVariable'; names: string[] }

/** What the form can tell before the server does (the server checks again and names unknown variables too). */
export function validateEmailDraft(draft: EmailDraft, knownVariables: ReadonlySet<string>): Partial<Record<EmailField, EmailProblem>> {
  const problems: Partial<Record<EmailField, EmailProblem>> = {}
  if (draft.fromEmail.trim() && !EMAIL.test(draft.fromEmail.trim())) problems.fromEmail = { code: 'emailInvalid' }
  if (/[\r\n]/.test(draft.fromName)) problems.fromName = { code: 'singleLine' }
  const bad = splitEmails(draft.technicalEmails).filter((a) => !EMAIL.test(a))
  if (bad.length) problems.technicalEmails = { code: 'emailsInvalid', addresses: bad }
  if (knownVariables.size > 0) {
    for (const field of TEMPLATE_FIELDS) {
      const names = unknownVariables(draft[field], knownVariables)
      if (names.length) problems[field] = { code: 'unknownVariable', names: names.map((n) => `[[[${n}]]]`) }
    }
  }
  for (const field of TEMPLATE_FIELDS) {
    if (field.endsWith('Subject') && !problems[field] && [...draft[field]].length > 500) problems[field] = { code: 'subjectTooLong' }
  }
  return problems
}

/** The mutation's input: only the fields that changed. */
export function toInput(draft: EmailDraft, saved: EmailDraft): EmailTemplateInput {
  const input: EmailTemplateInput = {}
  for (const field of Object.keys(draft) as EmailField[]) {
    if (draft[field] === saved[field]) continue
    if (field === 'technicalEmails') input.technicalEmails = splitEmails(draft.technicalEmails)
    else (input as Record<string, unknown>)[field] = draft[field]
  }
  return input
}
