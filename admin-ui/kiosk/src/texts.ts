// Built-in texts: the fallback when the admin's content lacks a key, and the only texts there are before the
// printer is known (misconfiguration, printer-code page, network trouble on the first launch).

const en = {
  title: 'Panic Button',
  welcome: 'A problem with this printer? Tell us.',
  printer: '',
  code_title: 'Register this printer',
  code_help: 'This printer is not registered yet. Enter the printer code shown in the administration interface.',
  code_label: 'Printer code',
  code_wrong: 'This code is not valid.',
  code_locked: 'Too many attempts. Please wait a few minutes.',
  email_title: 'Your email',
  email_label: 'Email address',
  phone_label: 'Phone (optional)',
  causes_title: 'What is the problem?',
  causes_help: 'Tick at least one cause.',
  message_title: 'A message for the technicians',
  message_label: 'Message (optional)',
  next: 'Next',
  back: 'Back',
  submit: 'Send',
  done_title: 'Thank you!',
  done_text: 'Your request has been sent. Reference:',
  done_button: 'Done',
  network_error: 'The cloud cannot be reached. Nothing you typed is lost.',
  retry: 'Retry',
  email_invalid: 'Please enter a valid email address.',
  causes_required: 'Please tick at least one cause.',
  // Not in the admin's content: the kiosk's own messages.
  no_serial: 'This printer app is misconfigured: no serial number.',
  bad_serial: 'This printer app is misconfigured: the serial number is not valid.',
  org_disabled: 'The Panic Button service is suspended for this printer. Please contact your administrator.',
  loading: 'Loading…',
  language: 'Language',
}

export type TextKey = keyof typeof en

type SomeTexts = { [K in TextKey]?: string }

const fr: SomeTexts = {
  code_title: 'Enregistrer cette imprimante',
  code_help: "Cette imprimante n'est pas encore enregistrée. Saisissez le code imprimante affiché dans l'interface d'administration.",
  code_label: 'Code imprimante',
  code_wrong: "Ce code n'est pas valide.",
  code_locked: 'Trop de tentatives. Veuillez patienter quelques minutes.',
  next: 'Suivant',
  network_error: 'Le cloud est injoignable. Rien de ce que vous avez saisi n’est perdu.',
  retry: 'Réessayer',
  no_serial: "Cette application d'imprimante est mal configurée : aucun numéro de série.",
  bad_serial: "Cette application d'imprimante est mal configurée : le numéro de série n'est pas valide.",
  org_disabled: 'Le service Panic Button est suspendu pour cette imprimante. Veuillez contacter votre administrateur.',
  loading: 'Chargement…',
  language: 'Langue',
}

const it: SomeTexts = {
  code_title: 'Registra questa stampante',
  code_help: "Questa stampante non è ancora registrata. Inserisci il codice stampante mostrato nell'interfaccia di amministrazione.",
  code_label: 'Codice stampante',
  code_wrong: 'Questo codice non è valido.',
  code_locked: 'Troppi tentativi. Attendi qualche minuto.',
  next: 'Avanti',
  network_error: 'Il cloud non è raggiungibile. Nulla di ciò che hai scritto è perso.',
  retry: 'Riprova',
  no_serial: "Questa app della stampante non è configurata correttamente: manca il numero di serie.",
  bad_serial: "Questa app della stampante non è configurata correttamente: il numero di serie non è valido.",
  org_disabled: "Il servizio Panic Button è sospeso per questa stampante. Contatta il tuo amministratore.",
  loading: 'Caricamento…',
  language: 'Lingua',
}

const builtIn: Record<string, SomeTexts> = { en, fr, it }

/** Names of languages in themselves, for the language switch's accessible labels. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'Français',
  it: 'Italiano',
  de: 'Deutsch',
  es: 'Español',
  nl: 'Nederlands',
  pt: 'Português',
}

/** The built-in language closest to `language`, else English. */
export function builtInLanguage(language: string | undefined): string {
  const primary = (language ?? '').split(/[-_]/)[0].toLowerCase()
  return primary in builtIn ? primary : 'en'
}

/** The admin's text for key, else the built-in one in `language`, else the built-in English one. */
export function lookup(texts: Record<string, string>, language: string, key: TextKey): string {
  return texts[key] || builtIn[builtInLanguage(language)][key] || en[key]
}
