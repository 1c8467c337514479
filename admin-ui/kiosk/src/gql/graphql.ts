/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A printer's page counters (lifetime totals) as it reads them; omit a counter it does not have. */
export type CountersInput = {
  /** Black-and-white pages. */
  black?: number | null | undefined;
  /** Colour pages. */
  color?: number | null | undefined;
  /** Large-format (A3) pages. */
  large?: number | null | undefined;
  /** Total pages printed. */
  total?: number | null | undefined;
};

/** The Panic Button was pressed on a printer. */
export type LaunchInput = {
  /** The email of the user signed in on the printer (badge login), to prefill the report; null if none. */
  badgeEmail?: string | null | undefined;
  /** The language asked for (ISO 639-1, e.g. fr); the panic button's default when null or not enabled. */
  language?: string | null | undefined;
  /** The printer, identified by its serial. */
  printer: PrinterInfoInput;
};

/** Whether the printer can report. */
export type LaunchStatus =
  /** The printer is registered: a session token and the kiosk are returned. */
  | 'READY'
  /** The printer is unknown: ask for the printer code and call registerPrinter. */
  | 'REGISTRATION_REQUIRED';

/** A report submitted from the kiosk. */
export type PanicReportInput = {
  /** at least one */
  causeIds: Array<string | number>;
  /** The reporter's email: they get the report email. */
  email: string;
  /** The report's language (ISO 639-1); the kiosk's language when null or not enabled. */
  language?: string | null | undefined;
  /** up to 4000 chars */
  message?: string | null | undefined;
  /** The reporter's phone number (at most 40 characters); null for none. */
  phone?: string | null | undefined;
  /** The session token launch returned (valid 30 minutes, bound to the printer). */
  sessionToken: string;
};

/** What a printer app knows of its printer, sent with launch and registerPrinter. */
export type PrinterInfoInput = {
  /** The page counters now; they are stored as a meter reading. */
  counters?: CountersInput | null | undefined;
  /** error messages in order: errors[0] is [[[OID1]]] … errors[3] is [[[OID4]]] */
  errors?: Array<string> | null | undefined;
  /** IPv4 or IPv6 literal */
  ip?: string | null | undefined;
  /** Where the printer is; null if unknown. */
  location?: string | null | undefined;
  /** The model; null if unknown. */
  model?: string | null | undefined;
  /** The printer's name; null if none. */
  name?: string | null | undefined;
  /** trimmed; 1..64 chars of [A-Za-z0-9._-] */
  serial: string;
  /** marker supplies (added, optional; at most 32): stored with their history, see docs/usage.md */
  supplies?: Array<SupplyInput> | null | undefined;
};

/** An unknown printer is registered with the printer code shown in the admin. */
export type RegisterPrinterInput = {
  /** The email of the user signed in on the printer (badge login), to prefill the report; null if none. */
  badgeEmail?: string | null | undefined;
  /** The language asked for (ISO 639-1, e.g. fr); the panic button's default when null or not enabled. */
  language?: string | null | undefined;
  /** The printer, identified by its serial. */
  printer: PrinterInfoInput;
  /** The printer code the user typed (case, spaces and dashes do not matter). Wrong codes are rate-limited per address and serial. */
  printerCode: string;
};

/** A marker supply as RFC 3805's prtMarkerSuppliesTable gives it. */
export type SupplyInput = {
  /** black, cyan, magenta, yellow … (at most 40 chars) */
  color?: string | null | undefined;
  /** names the supply on its printer (trimmed, 1..200 chars) */
  description: string;
  /** the level, or -1 no restriction, -2 unknown, -3 some remaining */
  level: number;
  /** the maximum capacity, or -1 no restriction, -2 unknown (the default) */
  maxCapacity?: number | null | undefined;
  /** PrtMarkerSuppliesTypeTC name: toner, wasteToner, opc, ink … (at most 40 chars) */
  type?: string | null | undefined;
  /** PrtMarkerSuppliesSupplyUnitTC name: percent, impressions, tenthsOfGrams … (at most 40 chars) */
  unit?: string | null | undefined;
};

export type LaunchFieldsFragment = { status: LaunchStatus, sessionToken: string | null, prefillEmail: string | null, kiosk: { language: string, languages: Array<string>, texts: Array<{ key: string, value: string }>, images: Array<{ key: string, url: string }>, causes: Array<{ id: string, label: string }>, colors: Array<{ key: string, value: string }> } | null };

export type LaunchMutationVariables = Exact<{
  input: LaunchInput;
}>;


export type LaunchMutation = { launch: { status: LaunchStatus, sessionToken: string | null, prefillEmail: string | null, kiosk: { language: string, languages: Array<string>, texts: Array<{ key: string, value: string }>, images: Array<{ key: string, url: string }>, causes: Array<{ id: string, label: string }>, colors: Array<{ key: string, value: string }> } | null } };

export type RegisterPrinterMutationVariables = Exact<{
  input: RegisterPrinterInput;
}>;


export type RegisterPrinterMutation = { registerPrinter: { status: LaunchStatus, sessionToken: string | null, prefillEmail: string | null, kiosk: { language: string, languages: Array<string>, texts: Array<{ key: string, value: string }>, images: Array<{ key: string, url: string }>, causes: Array<{ id: string, label: string }>, colors: Array<{ key: string, value: string }> } | null } };

export type SubmitPanicReportMutationVariables = Exact<{
  input: PanicReportInput;
}>;


export type SubmitPanicReportMutation = { submitPanicReport: { reference: string, status: string, emailsQueued: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LaunchFieldsFragmentDoc = new TypedDocumentString(`
    fragment LaunchFields on LaunchPayload {
  status
  sessionToken
  prefillEmail
  kiosk {
    language
    languages
    texts {
      key
      value
    }
    images {
      key
      url
    }
    causes {
      id
      label
    }
    colors {
      key
      value
    }
  }
}
    `, {"fragmentName":"LaunchFields"}) as unknown as TypedDocumentString<LaunchFieldsFragment, unknown>;
export const LaunchDocument = new TypedDocumentString(`
    mutation Launch($input: LaunchInput!) {
  launch(input: $input) {
    ...LaunchFields
  }
}
    fragment LaunchFields on LaunchPayload {
  status
  sessionToken
  prefillEmail
  kiosk {
    language
    languages
    texts {
      key
      value
    }
    images {
      key
      url
    }
    causes {
      id
      label
    }
    colors {
      key
      value
    }
  }
}`) as unknown as TypedDocumentString<LaunchMutation, LaunchMutationVariables>;
export const RegisterPrinterDocument = new TypedDocumentString(`
    mutation RegisterPrinter($input: RegisterPrinterInput!) {
  registerPrinter(input: $input) {
    ...LaunchFields
  }
}
    fragment LaunchFields on LaunchPayload {
  status
  sessionToken
  prefillEmail
  kiosk {
    language
    languages
    texts {
      key
      value
    }
    images {
      key
      url
    }
    causes {
      id
      label
    }
    colors {
      key
      value
    }
  }
}`) as unknown as TypedDocumentString<RegisterPrinterMutation, RegisterPrinterMutationVariables>;
export const SubmitPanicReportDocument = new TypedDocumentString(`
    mutation SubmitPanicReport($input: PanicReportInput!) {
  submitPanicReport(input: $input) {
    reference
    status
    emailsQueued
  }
}
    `) as unknown as TypedDocumentString<SubmitPanicReportMutation, SubmitPanicReportMutationVariables>;