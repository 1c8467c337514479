// The kiosk's behaviour, apart from how it looks: which page is shown, what was typed, what the cloud said.
// The UI renders `state` and calls the methods; everything here is testable without a browser.
import {
  ApiError,
  LAUNCH,
  REGISTER_PRINTER,
  SUBMIT_PANIC_REPORT,
  type Call,
  type Kiosk,
  type LaunchInput,
  type LaunchPayload,
  type PanicReportInput,
  type PrinterInfoInput,
  request,
} from './api'
import type { Params } from './params'
import type { TextKey } from './texts'

export const MAX_MESSAGE = 4000
/** How long the code page refuses new attempts after RATE_LIMITED, when the server does not say. */
export const DEFAULT_LOCK_SECONDS = 60

export type Page = 'start' | 'misconfigured' | 'disabled' | 'code' | 'email' | 'causes' | 'message' | 'done'
export type Field = 'code' | 'email' | 'phone' | 'causes' | 'message'

export interface Form {
  email: string
  phone: string
  causeIds: string[]
  message: string
}

/** Something the user can fix on the current page: a text key, or the server's own words when no key fits. */
export interface Problem {
  field?: Field
  key?: TextKey
  text?: string
}

export interface State {
  page: Page
  /** A call is under way: actions are ignored, buttons disabled. */
  busy: boolean
  kiosk: Kiosk | null
  texts: Record<string, string>
  form: Form
  code: string
  problem: Problem | null
  /** The last call failed in a way a retry may fix (network, server error, rate limit): shown with Retry. */
  trouble: TextKey | null
  /** Code page: no new attempt before this time (ms since the epoch). */
  lockedUntil: number
  reference: string
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/

export function validEmail(email: string): boolean {
  const e = email.trim()
  return e.length <= 254 && EMAIL.test(e)
}

const emptyForm = (email: string): Form => ({ email, phone: '', causeIds: [], message: '' })

/** The form field an `extensions.field` of submitPanicReport designates. */
function fieldOf(path: string | undefined): Field | null {
  const f = (path ?? '').replace(/^input\./, '')
  if (f.startsWith('email')) return 'email'
  if (f.startsWith('phone')) return 'phone'
  if (f.startsWith('cause')) return 'causes'
  if (f.startsWith('message')) return 'message'
  return null
}

export class Flow {
  state: State

  readonly params: Params
  private readonly call: Call
  private readonly listeners = new Set<() => void>()
  /** The printer as sent; optional values the server refused are left out. */
  private printer: PrinterInfoInput | null
  private badgeEmail: string | undefined
  /** The language asked for: the `lang` parameter, or the one picked with the language switch. */
  private language: string | undefined
  private token = ''
  private prefill = ''
  private retryCall: (() => Promise<void>) | null = null
  private idleTimer: ReturnType<typeof setTimeout> | undefined
  private lockTimer: ReturnType<typeof setTimeout> | undefined

  constructor(params: Params, call: Call) {
    this.params = params
    this.call = call
    this.printer = params.printer
    this.badgeEmail = params.badgeEmail
    this.language = params.language
    this.prefill = params.badgeEmail ?? ''
    this.state = {
      page: 'start',
      busy: false,
      kiosk: null,
      texts: {},
      form: emptyForm(this.prefill),
      code: '',
      problem: null,
      trouble: null,
      lockedUntil: 0,
      reference: '',
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private update(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch }
    for (const listener of this.listeners) listener()
  }

  /** First launch. Without a usable serial there is nothing to launch: the page says so. */
  start(): Promise<void> {
    this.touch()
    if (!this.printer) {
      this.update({ page: 'misconfigured', problem: { key: this.params.serialProblem === 'invalid' ? 'bad_serial' : 'no_serial' } })
      return Promise.resolve()
    }
    return this.run(() => this.launch(true))
  }

  /** Stops the timers (the page is going away, or a test is over). */
  stop(): void {
    clearTimeout(this.idleTimer)
    clearTimeout(this.lockTimer)
  }

  // ---- calls -------------------------------------------------------------------------------------

  /**
   * Runs one call with the busy flag set. A failure that a retry may fix keeps everything and offers Retry,
   * which runs the very same call again.
   */
  private async run(call: () => Promise<void>): Promise<void> {
    if (this.state.busy) return
    this.retryCall = null
    this.update({ busy: true, trouble: null })
    try {
      await call()
      this.update({ busy: false })
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('INTERNAL', String(error))
      if (e.code === 'BAD_USER_INPUT' && /serial$/.test(e.field ?? '')) {
        this.update({ busy: false, page: 'misconfigured', problem: { key: 'bad_serial' } })
        return
      }
      if (e.code === 'ORGANIZATION_DISABLED') {
        // The organization is disabled: no report can be taken, whatever page asked. Retrying cannot help; the
        // page stays until an idle timeout launches again (the organization may have been enabled meanwhile).
        this.update({ busy: false, page: 'disabled', problem: { key: 'org_disabled' } })
        return
      }
      this.retryCall = call
      this.update({ busy: false, trouble: e.code === 'RATE_LIMITED' ? 'code_locked' : 'network_error' })
    } finally {
      this.touch()
    }
  }

  retry(): Promise<void> {
    const call = this.retryCall
    return call ? this.run(call) : Promise.resolve()
  }

  private input(): LaunchInput {
    const input: LaunchInput = { printer: this.printer! }
    if (this.badgeEmail) input.badgeEmail = this.badgeEmail
    if (this.language) input.language = this.language
    return input
  }

  /**
   * Calls launch or registerPrinter. A printer that sends one value the server refuses (a malformed IP, say)
   * must still be able to report a problem: that value is left out and the call made again.
   */
  private async withPrinter(send: (input: LaunchInput) => Promise<LaunchPayload>): Promise<LaunchPayload> {
    for (;;) {
      try {
        return await send(this.input())
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT' || !this.dropRefused(error.field)) throw error
      }
    }
  }

  private dropRefused(path: string | undefined): boolean {
    const f = (path ?? '').replace(/^input\./, '')
    if (f === 'badgeEmail' && this.badgeEmail) {
      this.badgeEmail = undefined
      return true
    }
    const key = /^printer\.([A-Za-z]+)/.exec(f)?.[1] as keyof PrinterInfoInput | undefined
    if (!key || key === 'serial' || !this.printer || !(key in this.printer)) return false
    const printer = { ...this.printer }
    delete printer[key]
    this.printer = printer
    return true
  }

  /** Launches and shows the result. `fresh`: a new start (page 1, empty form); else the page and form stay. */
  private async launch(fresh: boolean): Promise<void> {
    this.apply(await this.withPrinter((input) => request(this.call, LAUNCH, 'launch', input)), fresh)
  }

  private apply(payload: LaunchPayload, fresh: boolean): void {
    const { kiosk, sessionToken } = payload
    if (payload.status !== 'READY' || !kiosk || !sessionToken) {
      this.token = ''
      this.update({ page: 'code', kiosk: null, texts: {} })
      return
    }
    this.token = sessionToken
    this.prefill = payload.prefillEmail || this.params.badgeEmail || ''
    const { page, form } = this.state
    const known = new Set(kiosk.causes.map((c) => c.id))
    const kept = { ...form, causeIds: form.causeIds.filter((id) => known.has(id)) }
    const arriving = fresh || page === 'start' || page === 'code'
    this.update({
      kiosk,
      texts: Object.fromEntries(kiosk.texts.map((t) => [t.key, t.value])),
      form: fresh ? emptyForm(this.prefill) : arriving && !kept.email ? { ...kept, email: this.prefill } : kept,
      page: arriving ? 'email' : page,
      problem: arriving ? null : this.state.problem,
    })
  }

  // ---- printer code ------------------------------------------------------------------------------

  setCode(code: string): void {
    this.update({ code, problem: this.locked() ? this.state.problem : null })
  }

  locked(): boolean {
    return Date.now() < this.state.lockedUntil
  }

  submitCode(): Promise<void> {
    const printerCode = this.state.code.trim()
    if (this.state.page !== 'code' || !printerCode || this.locked()) return Promise.resolve()
    return this.run(async () => {
      try {
        const payload = await this.withPrinter((input) =>
          request(this.call, REGISTER_PRINTER, 'registerPrinter', { ...input, printerCode }),
        )
        this.apply(payload, false)
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        if (error.code === 'UNKNOWN_PRINTER_CODE' || (error.code === 'BAD_USER_INPUT' && /printerCode$/.test(error.field ?? ''))) {
          this.update({ problem: { field: 'code', key: 'code_wrong' } })
        } else if (error.code === 'RATE_LIMITED') {
          this.lock(error.retryAfter)
        } else {
          throw error
        }
      }
    })
  }

  private lock(seconds: number | undefined): void {
    const ms = (seconds && seconds > 0 ? seconds : DEFAULT_LOCK_SECONDS) * 1000
    clearTimeout(this.lockTimer)
    this.update({ lockedUntil: Date.now() + ms, problem: { field: 'code', key: 'code_locked' } })
    this.lockTimer = setTimeout(() => {
      this.update({ lockedUntil: 0, problem: this.state.problem?.key === 'code_locked' ? null : this.state.problem })
    }, ms)
  }

  // ---- the three pages ---------------------------------------------------------------------------

  private edit(patch: Partial<Form>): void {
    this.update({ form: { ...this.state.form, ...patch }, problem: null })
  }

  setEmail(email: string): void {
    this.edit({ email })
  }

  setPhone(phone: string): void {
    this.edit({ phone })
  }

  setMessage(message: string): void {
    this.edit({ message: message.slice(0, MAX_MESSAGE) })
  }

  toggleCause(id: string): void {
    const ids = this.state.form.causeIds
    this.edit({ causeIds: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] })
  }

  private go(page: Page): void {
    this.retryCall = null
    this.update({ page, problem: null, trouble: null })
  }

  /** Shows why the report cannot go: on the page of the field, in the admin's words when there are some. */
  private refuse(field: Field, serverText?: string): void {
    const page: Page = field === 'causes' ? 'causes' : field === 'message' ? 'message' : 'email'
    const key: TextKey | undefined = field === 'email' ? 'email_invalid' : field === 'causes' ? 'causes_required' : undefined
    this.update({ page, problem: key ? { field, key } : { field, text: serverText } })
  }

  next(): void {
    const { busy, page, form } = this.state
    if (busy) return
    if (page === 'email') {
      if (!validEmail(form.email)) this.refuse('email')
      else this.go('causes')
    } else if (page === 'causes') {
      if (!form.causeIds.length) this.refuse('causes')
      else this.go('message')
    }
  }

  back(): void {
    const { busy, page } = this.state
    if (busy) return
    if (page === 'causes') this.go('email')
    else if (page === 'message') this.go('causes')
  }

  submit(): Promise<void> {
    const { busy, page, form } = this.state
    if (busy || page !== 'message') return Promise.resolve()
    if (!validEmail(form.email)) {
      this.refuse('email')
      return Promise.resolve()
    }
    if (!form.causeIds.length) {
      this.refuse('causes')
      return Promise.resolve()
    }
    return this.run(() => this.send(true))
  }

  /** Submits the report. An expired or refused session is renewed silently, then the report sent once more. */
  private async send(mayRelaunch: boolean): Promise<void> {
    const { form, kiosk } = this.state
    const input: PanicReportInput = { sessionToken: this.token, email: form.email.trim(), causeIds: form.causeIds }
    if (form.phone.trim()) input.phone = form.phone.trim()
    if (form.message.trim()) input.message = form.message
    if (kiosk) input.language = kiosk.language
    try {
      const result = await request(this.call, SUBMIT_PANIC_REPORT, 'submitPanicReport', input)
      this.update({ page: 'done', reference: result.reference, problem: null })
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      if (mayRelaunch && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED' || error.code === 'PRINTER_NOT_REGISTERED')) {
        await this.launch(false)
        // A printer an admin deleted meanwhile must be registered again; the report waits on page 1.
        if (this.state.page === 'code') return
        return this.send(false)
      }
      const field = error.code === 'BAD_USER_INPUT' ? fieldOf(error.field) : null
      if (!field) throw error
      this.refuse(field, error.message)
    }
  }

  // ---- language, inactivity, start over ----------------------------------------------------------

  switchLanguage(language: string): Promise<void> {
    if (this.state.busy || language === this.state.kiosk?.language) return Promise.resolve()
    this.language = language
    return this.run(() => this.launch(false))
  }

  /** Any activity on the panel: the inactivity countdown starts again. */
  touch(): void {
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => this.idle(), this.params.timeoutSeconds * 1000)
  }

  private idle(): void {
    if (this.state.busy) return this.touch()
    if (!this.pristine() || this.state.page === 'disabled') {
      void this.reset()
    } else if (this.retryCall && this.state.page === 'start') {
      // Nobody is there and the first launch failed: try again by itself.
      void this.retry()
    }
  }

  /** Nothing typed, nothing chosen, on the first page in the first language. */
  private pristine(): boolean {
    const { page, form, code, problem } = this.state
    switch (page) {
      case 'start':
      case 'misconfigured':
      case 'disabled':
        return true
      case 'code':
        return !code && (!problem || problem.key === 'code_locked')
      case 'email':
        return (
          form.email === this.prefill && !form.phone && !form.causeIds.length && !form.message && !problem &&
          this.language === this.params.language
        )
      default:
        return false
    }
  }

  /** Back to the start: everything typed is forgotten, and a new launch gives a fresh session. */
  reset(): Promise<void> {
    if (this.state.busy || !this.printer) return Promise.resolve()
    this.retryCall = null
    this.language = this.params.language
    this.badgeEmail = this.params.badgeEmail
    this.prefill = this.params.badgeEmail ?? ''
    const locked = this.locked()
    this.update({
      page: 'start',
      form: emptyForm(this.prefill),
      code: '',
      problem: locked ? this.state.problem : null,
      trouble: null,
      reference: '',
    })
    return this.run(() => this.launch(true))
  }
}
