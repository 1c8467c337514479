import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError, type Call, type LaunchPayload } from './api'
import { App } from './app'
import { Flow } from './flow'
import { parseParams } from './params'

const launch: LaunchPayload = {
  status: 'READY',
  sessionToken: 't',
  prefillEmail: null,
  kiosk: {
    language: 'en',
    languages: ['en', 'fr'],
    texts: [
      { key: 'email_label', value: 'Email address' },
      { key: 'causes_title', value: 'What is the problem?' },
      { key: 'next', value: 'Next' },
      { key: 'back', value: 'Back' },
    ],
    images: [{ key: 'logo', url: '/media/logo.png' }],
    causes: [
      { id: 'c1', label: 'Paper jam' },
      { id: 'c2', label: 'No toner' },
    ],
    colors: [],
  },
}

let root: HTMLElement
let flow: Flow
beforeEach(() => {
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
  flow?.stop()
})

async function mount(query: string) {
  const call: Call = async <T,>() => launch as T
  flow = new Flow(parseParams(query), call)
  await act(async () => {
    render(<App flow={flow} />, root)
    await flow.start()
  })
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!

describe('App', () => {
  it('shows a clear page, in the requested language, when the organization is disabled', async () => {
    for (const [lang, text] of [
      ['en', 'The Panic Button service is suspended for this printer. Please contact your administrator.'],
      ['fr', 'Le service Panic Button est suspendu pour cette imprimante. Veuillez contacter votre administrateur.'],
      ['it', 'Il servizio Panic Button è sospeso per questa stampante. Contatta il tuo amministratore.'],
    ]) {
      const call: Call = async () => {
        throw new ApiError('ORGANIZATION_DISABLED', 'this organization is disabled: it takes no reports')
      }
      flow = new Flow(parseParams(`?serial=SN1&lang=${lang}`), call)
      await act(async () => {
        render(<App flow={flow} />, root)
        await flow.start()
      })
      expect(root.querySelector('[role=alert] h1')?.textContent).toBe(text)
      expect(root.querySelector('button')?.textContent ?? '').not.toContain('Retry')
      render(null, root)
      flow.stop()
    }
  })

  it('labels the email field for an on-screen keyboard and keeps what is typed when going back', async () => {
    await mount('?serial=SN1&email=badge@example.com')
    const email = root.querySelector<HTMLInputElement>('#email')!
    expect(root.querySelector('label[for=email]')?.textContent).toBe('Email address')
    expect([email.type, email.inputMode, email.autocomplete, email.value]).toEqual(['email', 'email', 'email', 'badge@example.com'])
    expect(root.querySelector<HTMLImageElement>('img.logo')?.src).toContain('/media/logo.png')

    await act(async () => button('Next').click())
    expect(root.querySelector('h1')?.textContent).toBe('What is the problem?')
    const jam = button('Paper jam')
    expect(jam.getAttribute('aria-pressed')).toBe('false')
    await act(async () => jam.click())
    expect(button('Paper jam').getAttribute('aria-pressed')).toBe('true')

    await act(async () => button('Back').click())
    expect(root.querySelector<HTMLInputElement>('#email')?.value).toBe('badge@example.com')
    await act(async () => button('Next').click())
    expect(button('Paper jam').getAttribute('aria-pressed')).toBe('true')
  })

  it('shows the email problem next to the field', async () => {
    await mount('?serial=SN1')
    await act(async () => button('Next').click())
    const email = root.querySelector('#email')!
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector(`#${email.getAttribute('aria-describedby')}`)?.textContent).toBe('Please enter a valid email address.')
  })

  it('shows the misconfiguration in the language asked for', async () => {
    await mount('?lang=fr')
    expect(root.textContent).toContain('aucun numéro de série')
  })
})
