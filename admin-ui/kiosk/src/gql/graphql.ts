/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CountersInput = {
  black?: number | null | undefined;
  color?: number | null | undefined;
  large?: number | null | undefined;
  total?: number | null | undefined;
};

export type LaunchInput = {
  badgeEmail?: string | null | undefined;
  language?: string | null | undefined;
  printer: PrinterInfoInput;
};

export type LaunchStatus =
  | 'READY'
  | 'REGISTRATION_REQUIRED';

export type PanicReportInput = {
  /** at least one */
  causeIds: Array<string | number>;
  email: string;
  language?: string | null | undefined;
  /** up to 4000 chars */
  message?: string | null | undefined;
  phone?: string | null | undefined;
  sessionToken: string;
};

export type PrinterInfoInput = {
  counters?: CountersInput | null | undefined;
  /** error messages in order: errors[0] is [[[OID1]]] … errors[3] is [[[OID4]]] */
  errors?: Array<string> | null | undefined;
  /** IPv4 or IPv6 literal */
  ip?: string | null | undefined;
  location?: string | null | undefined;
  model?: string | null | undefined;
  name?: string | null | undefined;
  /** trimmed; 1..64 chars of [A-Za-z0-9._-] */
  serial: string;
  /** marker supplies (added, optional; at most 32): stored with their history, see docs/usage.md */
  supplies?: Array<SupplyInput> | null | undefined;
};

export type RegisterPrinterInput = {
  badgeEmail?: string | null | undefined;
  language?: string | null | undefined;
  printer: PrinterInfoInput;
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