// The kiosk's pages: what Flow's state looks like on an 800×480 touch panel.
import type { ComponentChildren, RefObject } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { MAX_MESSAGE, type Field, type Flow, type State } from './flow'
import { applyTheme, imageURL } from './theme'
import { LANGUAGE_NAMES, builtInLanguage, lookup, type TextKey } from './texts'

type T = (key: TextKey) => string

export function App({ flow }: { flow: Flow }) {
  const [, setVersion] = useState(0)
  useEffect(() => {
    const unsubscribe = flow.subscribe(() => setVersion((n) => n + 1))
    setVersion((n) => n + 1) // what changed between the first render and this subscription
    return unsubscribe
  }, [flow])
  const s = flow.state
  const uiLanguage = s.kiosk?.language ?? builtInLanguage(flow.params.language ?? navigator.language)
  const t: T = (key) => lookup(s.texts, uiLanguage, key)

  useEffect(() => {
    document.documentElement.lang = uiLanguage
    document.title = t('title')
    applyTheme(s.kiosk)
  }, [s.kiosk, uiLanguage])

  // Each new page is announced: focus goes to its heading (not to a field, which would pop up the keyboard).
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [s.page])

  const logo = imageURL(s.kiosk, 'logo')
  const languages = s.kiosk?.languages ?? []
  const onSubmit = (e: Event) => {
    e.preventDefault()
    if (s.page === 'code') void flow.submitCode()
    else if (s.page === 'message') void flow.submit()
    else if (s.page === 'done') void flow.reset()
    else flow.next()
  }

  return (
    <div class={`app page-${s.page}`} aria-busy={s.busy ? 'true' : 'false'}>
      <header class="bar">
        {logo && <img class="logo" src={logo} alt="" />}
        <div class="heading">
          <p class="title">{t('title')}</p>
          {s.kiosk && t('printer') && <p class="printer">{t('printer')}</p>}
        </div>
        {languages.length > 1 && (
          <nav class="languages" aria-label={t('language')}>
            {languages.map((l) => (
              <button
                type="button"
                key={l}
                lang={l}
                aria-label={LANGUAGE_NAMES[l] ? `${l.toUpperCase()} – ${LANGUAGE_NAMES[l]}` : undefined}
                aria-pressed={l === s.kiosk?.language ? 'true' : 'false'}
                disabled={s.busy}
                onClick={() => void flow.switchLanguage(l)}
              >
                {l.toUpperCase()}
              </button>
            ))}
          </nav>
        )}
      </header>
      <form class="page" noValidate onSubmit={onSubmit}>
        <main class="main">{page(flow, s, t, heading)}</main>
        {s.trouble && (
          <div class="trouble" role="alert">
            <p>{t(s.trouble)}</p>
            <button type="button" class="retry" disabled={s.busy} onClick={() => void flow.retry()}>
              {t('retry')}
            </button>
          </div>
        )}
        {footer(flow, s, t)}
      </form>
    </div>
  )
}

function page(flow: Flow, s: State, t: T, heading: RefObject<HTMLHeadingElement | null>): ComponentChildren {
  const h1 = (key: TextKey) => (
    <h1 ref={heading} tabIndex={-1}>
      {t(key)}
    </h1>
  )
  const problem = (field?: Field) =>
    s.problem && s.problem.field === field ? (
      <p class="problem" role="alert" id={`problem-${field ?? 'page'}`}>
        {s.problem.key ? t(s.problem.key) : s.problem.text}
      </p>
    ) : null
  const invalid = (field: Field) => (s.problem?.field === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': `problem-${field}` } : {})

  switch (s.page) {
    case 'start':
      return (
        <p class="loading" role="status" ref={heading} tabIndex={-1}>
          {t('loading')}
        </p>
      )
    case 'misconfigured':
    case 'disabled':
      return (
        <div class="center" role="alert">
          <h1 ref={heading} tabIndex={-1}>
            {t(s.problem?.key ?? 'no_serial')}
          </h1>
        </div>
      )
    case 'code':
      return (
        <>
          {h1('code_title')}
          <p class="help">{t('code_help')}</p>
          <label for="code">{t('code_label')}</label>
          <input
            id="code"
            name="code"
            value={s.code}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            maxLength={64}
            onInput={(e) => flow.setCode(e.currentTarget.value)}
            {...invalid('code')}
          />
          {problem('code')}
        </>
      )
    case 'email':
      return (
        <>
          {h1('email_title')}
          <p class="help">{t('welcome')}</p>
          <label for="email">{t('email_label')}</label>
          <input
            id="email"
            name="email"
            type="email"
            inputMode="email"
            autocomplete="email"
            autocapitalize="off"
            spellcheck={false}
            maxLength={254}
            required
            value={s.form.email}
            onInput={(e) => flow.setEmail(e.currentTarget.value)}
            {...invalid('email')}
          />
          {problem('email')}
          <label for="phone">{t('phone_label')}</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autocomplete="tel"
            maxLength={40}
            value={s.form.phone}
            onInput={(e) => flow.setPhone(e.currentTarget.value)}
            {...invalid('phone')}
          />
          {problem('phone')}
        </>
      )
    case 'causes':
      return (
        <>
          {h1('causes_title')}
          <p class="help" id="causes-help">
            {t('causes_help')}
          </p>
          <div class="causes" role="group" aria-labelledby="causes-help" {...invalid('causes')}>
            {(s.kiosk?.causes ?? []).map((c) => {
              const on = s.form.causeIds.includes(c.id)
              return (
                <button type="button" key={c.id} class="cause" aria-pressed={on ? 'true' : 'false'} onClick={() => flow.toggleCause(c.id)}>
                  <span class="tick" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                  {c.label}
                </button>
              )
            })}
          </div>
          {problem('causes')}
        </>
      )
    case 'message':
      return (
        <>
          {h1('message_title')}
          <label for="message">{t('message_label')}</label>
          <textarea
            id="message"
            name="message"
            maxLength={MAX_MESSAGE}
            value={s.form.message}
            aria-describedby="counter"
            onInput={(e) => flow.setMessage(e.currentTarget.value)}
            {...invalid('message')}
          />
          <p class="counter" id="counter">
            {s.form.message.length} / {MAX_MESSAGE}
          </p>
          {problem('message')}
        </>
      )
    case 'done':
      return (
        <div class="center">
          {h1('done_title')}
          <p class="help">{t('done_text')}</p>
          <p class="reference">{s.reference}</p>
        </div>
      )
  }
}

function footer(flow: Flow, s: State, t: T): ComponentChildren {
  const step = { email: 1, causes: 2, message: 3 }[s.page as string]
  const primary = (key: TextKey, disabled = false) => (
    <button type="submit" class="primary" disabled={s.busy || disabled}>
      {t(key)}
    </button>
  )
  let buttons: ComponentChildren
  switch (s.page) {
    case 'code':
      buttons = primary('next', !s.code.trim() || flow.locked())
      break
    case 'email':
      buttons = primary('next')
      break
    case 'causes':
    case 'message':
      buttons = (
        <>
          <button type="button" class="secondary" disabled={s.busy} onClick={() => flow.back()}>
            {t('back')}
          </button>
          {primary(s.page === 'message' ? 'submit' : 'next')}
        </>
      )
      break
    case 'done':
      buttons = primary('done_button')
      break
    default:
      return null
  }
  return (
    <footer class="nav">
      {step && (
        <span class="step" aria-hidden="true">
          {step} / 3
        </span>
      )}
      {buttons}
    </footer>
  )
}
