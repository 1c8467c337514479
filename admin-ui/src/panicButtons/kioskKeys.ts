/** The kiosk's texts, grouped by the page that shows them (the keys the kiosk reads, see kiosk/src/texts.ts). */
export const KIOSK_TEXT_GROUPS = {
  general: ['title', 'welcome', 'printer'],
  email: ['email_title', 'email_label', 'phone_label', 'email_invalid'],
  causes: ['causes_title', 'causes_help', 'causes_required'],
  message: ['message_title', 'message_label'],
  done: ['done_title', 'done_text', 'done_button'],
  code: ['code_title', 'code_help', 'code_label', 'code_wrong', 'code_locked'],
  buttons: ['next', 'back', 'submit', 'retry', 'network_error'],
} as const

export type KioskTextGroup = keyof typeof KIOSK_TEXT_GROUPS
export type KioskTextKey = (typeof KIOSK_TEXT_GROUPS)[KioskTextGroup][number]

export const KIOSK_TEXT_KEYS: readonly KioskTextKey[] = Object.values(KIOSK_TEXT_GROUPS).flat()

/** Longer texts get a multi-line field. */
export const LONG_TEXT_KEYS: ReadonlySet<string> = new Set(['welcome', 'code_help', 'done_text', 'network_error'])

export const KIOSK_COLOR_KEYS = ['primary', 'background', 'text'] as const
export const KIOSK_IMAGE_KEYS = ['logo', 'background'] as const

/** Languages a panic button can enable (the server's content.Languages). */
export const CONTENT_LANGUAGES = ['en', 'fr', 'it', 'de', 'es', 'nl', 'pt'] as const

/** The name of a language in the admin's language (Intl), e.g. "French" / "français". */
export function languageName(code: string, displayLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(code)
    return name ? name.charAt(0).toLocaleUpperCase(displayLanguage) + name.slice(1) : code
  } catch {
    return code
  }
}

/** Replaces `[[[NAME]]]` with the example values (for previewing a draft before it is saved). */
export function renderWithExamples(template: string, examples: ReadonlyMap<string, string>): string {
  return template.replace(/\[\[\[([^\]\s]*)\]\]\]/g, (_, name: string) => examples.get(name) ?? '')
}
