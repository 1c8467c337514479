import { describe, expect, it } from 'vitest'
import { NUMBERED_FIELDS, splitEmails, toInput, validateEmailDraft, type EmailDraft } from './emailForm'

const empty: EmailDraft = {
  fromEmail: '',
  fromName: '',
  technicalEmails: '',
  techSubject: '',
  techHtml: '',
  userSubject: '',
  userHtml: '',
  statusAdminSubject: '',
  statusAdminHtml: '',
  statusCustomerSubject: '',
  statusCustomerHtml: '',
  statusTechnicianSubject: '',
  statusTechnicianHtml: '',
  noteCustomerSubject: '',
  noteCustomerHtml: '',
}
const known = new Set(['SERIAL', 'MODEL', 'PRINTERLOCALISATION', 'CAUSES', 'REASONS'])

describe('email settings form', () => {
  it('numbers the fields as the seeds do, in their order', () => {
    expect(NUMBERED_FIELDS.map((f) => `[${f.number}] ${f.field}`)).toEqual([
      '[6] fromEmail',
      '[7] fromName',
      '[1] technicalEmails',
      '[2] techSubject',
      '[3] techHtml',
      '[4] userSubject',
      '[5] userHtml',
    ])
  })

  it('accepts an empty or a valid draft', () => {
    expect(validateEmailDraft(empty, known)).toEqual({})
    expect(
      validateEmailDraft(
        {
          ...empty,
          fromEmail: 'support@demo.example',
          technicalEmails: 'a@x.example, b@y.example',
          techSubject: 'Request in [[[PRINTERLOCALISATION]]] – Serial [[[SERIAL]]] – Model [[[MODEL]]]',
          userHtml: '<ul>[[[REASONS]]]</ul>',
        },
        known,
      ),
    ).toEqual({})
  })

  it('rejects bad addresses, naming them', () => {
    const problems = validateEmailDraft({ ...empty, fromEmail: 'support', technicalEmails: 'ok@x.example; nope, also@bad' }, known)
    expect(problems.fromEmail).toEqual({ code: 'emailInvalid' })
    expect(problems.technicalEmails).toEqual({ code: 'emailsInvalid', addresses: ['nope', 'also@bad'] })
  })

  it('names unknown variables (names are case-sensitive)', () => {
    const problems = validateEmailDraft({ ...empty, techSubject: '[[[SERIAL]]] [[[Serial]]] [[[FOO]]]' }, known)
    expect(problems.techSubject).toEqual({ code: 'unknownVariable', names: ['[[[Serial]]]', '[[[FOO]]]'] })
  })

  it('keeps From Name on one line and subjects short', () => {
    const problems = validateEmailDraft({ ...empty, fromName: 'Tech\nSupport', userSubject: 'x'.repeat(501) }, known)
    expect(problems.fromName).toEqual({ code: 'singleLine' })
    expect(problems.userSubject).toEqual({ code: 'subjectTooLong' })
  })

  it('sends only what changed, with the technical emails as a list', () => {
    expect(toInput({ ...empty, techSubject: 'New', technicalEmails: 'a@x.example b@x.example' }, empty)).toEqual({
      techSubject: 'New',
      technicalEmails: ['a@x.example', 'b@x.example'],
    })
    expect(splitEmails(' a@x.example,,b@x.example;\nc@x.example ')).toEqual(['a@x.example', 'b@x.example', 'c@x.example'])
  })
})
