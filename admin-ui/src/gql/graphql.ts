/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters AuditLogs: an AuditLog matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type AuditLogWhereInput = {
  /** `actorID` equals the value. */
  actorID?: string | number | null | undefined;
  /** `actorID` is one of the values. */
  actorIDIn?: Array<string | number> | null | undefined;
  /** true: only where `actorID` is null (not set); false does not filter. */
  actorIDIsNil?: boolean | null | undefined;
  /** `actorID` is not equal to the value. A null `actorID` does not match. */
  actorIDNEQ?: string | number | null | undefined;
  /** `actorID` is none of the values. A null `actorID` does not match. */
  actorIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `actorID` is set (not null); false does not filter. */
  actorIDNotNil?: boolean | null | undefined;
  /** Matches when every filter of the list matches. */
  and?: Array<AuditLogWhereInput> | null | undefined;
  /** `apiKeyID` equals the value. */
  apiKeyID?: number | null | undefined;
  /** `apiKeyID` is greater than the value. */
  apiKeyIDGT?: number | null | undefined;
  /** `apiKeyID` is greater than or equal to the value. */
  apiKeyIDGTE?: number | null | undefined;
  /** `apiKeyID` is one of the values. */
  apiKeyIDIn?: Array<number> | null | undefined;
  /** true: only where `apiKeyID` is null (not set); false does not filter. */
  apiKeyIDIsNil?: boolean | null | undefined;
  /** `apiKeyID` is less than the value. */
  apiKeyIDLT?: number | null | undefined;
  /** `apiKeyID` is less than or equal to the value. */
  apiKeyIDLTE?: number | null | undefined;
  /** `apiKeyID` is not equal to the value. A null `apiKeyID` does not match. */
  apiKeyIDNEQ?: number | null | undefined;
  /** `apiKeyID` is none of the values. A null `apiKeyID` does not match. */
  apiKeyIDNotIn?: Array<number> | null | undefined;
  /** true: only where `apiKeyID` is set (not null); false does not filter. */
  apiKeyIDNotNil?: boolean | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only AuditLogs with a `actor`; false: only those without one. An User the caller may not see counts as none. */
  hasActor?: boolean | null | undefined;
  /** Only AuditLogs whose `actor` matches at least one of these User filters. The filters see only the Users the caller may read; one the caller may not read at all is refused. */
  hasActorWith?: Array<UserWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `ip` equals the value. */
  ip?: string | null | undefined;
  /** `ip` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `ipContainsFold` ignores case on both. */
  ipContains?: string | null | undefined;
  /** `ip` contains the value, ignoring case. */
  ipContainsFold?: string | null | undefined;
  /** `ip` equals the value, ignoring case. */
  ipEqualFold?: string | null | undefined;
  /** `ip` sorts after the value (byte order). */
  ipGT?: string | null | undefined;
  /** `ip` equals the value or sorts after it (byte order). */
  ipGTE?: string | null | undefined;
  /** `ip` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  ipHasPrefix?: string | null | undefined;
  /** `ip` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  ipHasSuffix?: string | null | undefined;
  /** `ip` is one of the values. */
  ipIn?: Array<string> | null | undefined;
  /** true: only where `ip` is null (not set); false does not filter. */
  ipIsNil?: boolean | null | undefined;
  /** `ip` sorts before the value (byte order). */
  ipLT?: string | null | undefined;
  /** `ip` equals the value or sorts before it (byte order). */
  ipLTE?: string | null | undefined;
  /** `ip` is not equal to the value. A null `ip` does not match. */
  ipNEQ?: string | null | undefined;
  /** `ip` is none of the values. A null `ip` does not match. */
  ipNotIn?: Array<string> | null | undefined;
  /** true: only where `ip` is set (not null); false does not filter. */
  ipNotNil?: boolean | null | undefined;
  /** Matches the AuditLogs this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: AuditLogWhereInput | null | undefined;
  /** `objectID` equals the value. */
  objectID?: string | null | undefined;
  /** `objectID` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `objectIDContainsFold` ignores case on both. */
  objectIDContains?: string | null | undefined;
  /** `objectID` contains the value, ignoring case. */
  objectIDContainsFold?: string | null | undefined;
  /** `objectID` equals the value, ignoring case. */
  objectIDEqualFold?: string | null | undefined;
  /** `objectID` sorts after the value (byte order). */
  objectIDGT?: string | null | undefined;
  /** `objectID` equals the value or sorts after it (byte order). */
  objectIDGTE?: string | null | undefined;
  /** `objectID` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  objectIDHasPrefix?: string | null | undefined;
  /** `objectID` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  objectIDHasSuffix?: string | null | undefined;
  /** `objectID` is one of the values. */
  objectIDIn?: Array<string> | null | undefined;
  /** true: only where `objectID` is null (not set); false does not filter. */
  objectIDIsNil?: boolean | null | undefined;
  /** `objectID` sorts before the value (byte order). */
  objectIDLT?: string | null | undefined;
  /** `objectID` equals the value or sorts before it (byte order). */
  objectIDLTE?: string | null | undefined;
  /** `objectID` is not equal to the value. A null `objectID` does not match. */
  objectIDNEQ?: string | null | undefined;
  /** `objectID` is none of the values. A null `objectID` does not match. */
  objectIDNotIn?: Array<string> | null | undefined;
  /** true: only where `objectID` is set (not null); false does not filter. */
  objectIDNotNil?: boolean | null | undefined;
  /** `objectType` equals the value. */
  objectType?: string | null | undefined;
  /** `objectType` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `objectTypeContainsFold` ignores case on both. */
  objectTypeContains?: string | null | undefined;
  /** `objectType` contains the value, ignoring case. */
  objectTypeContainsFold?: string | null | undefined;
  /** `objectType` equals the value, ignoring case. */
  objectTypeEqualFold?: string | null | undefined;
  /** `objectType` sorts after the value (byte order). */
  objectTypeGT?: string | null | undefined;
  /** `objectType` equals the value or sorts after it (byte order). */
  objectTypeGTE?: string | null | undefined;
  /** `objectType` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  objectTypeHasPrefix?: string | null | undefined;
  /** `objectType` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  objectTypeHasSuffix?: string | null | undefined;
  /** `objectType` is one of the values. */
  objectTypeIn?: Array<string> | null | undefined;
  /** true: only where `objectType` is null (not set); false does not filter. */
  objectTypeIsNil?: boolean | null | undefined;
  /** `objectType` sorts before the value (byte order). */
  objectTypeLT?: string | null | undefined;
  /** `objectType` equals the value or sorts before it (byte order). */
  objectTypeLTE?: string | null | undefined;
  /** `objectType` is not equal to the value. A null `objectType` does not match. */
  objectTypeNEQ?: string | null | undefined;
  /** `objectType` is none of the values. A null `objectType` does not match. */
  objectTypeNotIn?: Array<string> | null | undefined;
  /** true: only where `objectType` is set (not null); false does not filter. */
  objectTypeNotNil?: boolean | null | undefined;
  /** `operation` equals the value. */
  operation?: string | null | undefined;
  /** `operation` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `operationContainsFold` ignores case on both. */
  operationContains?: string | null | undefined;
  /** `operation` contains the value, ignoring case. */
  operationContainsFold?: string | null | undefined;
  /** `operation` equals the value, ignoring case. */
  operationEqualFold?: string | null | undefined;
  /** `operation` sorts after the value (byte order). */
  operationGT?: string | null | undefined;
  /** `operation` equals the value or sorts after it (byte order). */
  operationGTE?: string | null | undefined;
  /** `operation` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  operationHasPrefix?: string | null | undefined;
  /** `operation` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  operationHasSuffix?: string | null | undefined;
  /** `operation` is one of the values. */
  operationIn?: Array<string> | null | undefined;
  /** `operation` sorts before the value (byte order). */
  operationLT?: string | null | undefined;
  /** `operation` equals the value or sorts before it (byte order). */
  operationLTE?: string | null | undefined;
  /** `operation` is not equal to the value. */
  operationNEQ?: string | null | undefined;
  /** `operation` is none of the values. */
  operationNotIn?: Array<string> | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<AuditLogWhereInput> | null | undefined;
};

/** Filters Causes: a Cause matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type CauseWhereInput = {
  /** `active` equals the value. */
  active?: boolean | null | undefined;
  /** `active` is not equal to the value. */
  activeNEQ?: boolean | null | undefined;
  /** Matches when every filter of the list matches. */
  and?: Array<CauseWhereInput> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only Causes with at least one of `interventions`; false: only those with none. Interventions the caller may not see count as none. */
  hasInterventions?: boolean | null | undefined;
  /** Only Causes with at least one of `interventions` matching one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasInterventionsWith?: Array<InterventionWhereInput> | null | undefined;
  /** true: only Causes with a `panicButton`; false: only those without one. A PanicButton the caller may not see counts as none. */
  hasPanicButton?: boolean | null | undefined;
  /** Only Causes whose `panicButton` matches at least one of these PanicButton filters. The filters see only the PanicButtons the caller may read; one the caller may not read at all is refused. */
  hasPanicButtonWith?: Array<PanicButtonWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** Matches the Causes this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: CauseWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<CauseWhereInput> | null | undefined;
  /** `panicButtonID` equals the value. */
  panicButtonID?: string | number | null | undefined;
  /** `panicButtonID` is one of the values. */
  panicButtonIDIn?: Array<string | number> | null | undefined;
  /** `panicButtonID` is not equal to the value. */
  panicButtonIDNEQ?: string | number | null | undefined;
  /** `panicButtonID` is none of the values. */
  panicButtonIDNotIn?: Array<string | number> | null | undefined;
  /** `position` equals the value. */
  position?: number | null | undefined;
  /** `position` is greater than the value. */
  positionGT?: number | null | undefined;
  /** `position` is greater than or equal to the value. */
  positionGTE?: number | null | undefined;
  /** `position` is one of the values. */
  positionIn?: Array<number> | null | undefined;
  /** `position` is less than the value. */
  positionLT?: number | null | undefined;
  /** `position` is less than or equal to the value. */
  positionLTE?: number | null | undefined;
  /** `position` is not equal to the value. */
  positionNEQ?: number | null | undefined;
  /** `position` is none of the values. */
  positionNotIn?: Array<number> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A new API key (createApiKey). */
export type CreateApiKeyInput = {
  /** A name to recognise the key by, e.g. the partner system using it (1 to 200 characters). */
  name: string;
  /** Super-admin only: the organization the key acts for. Admins create keys for their own. */
  organizationID?: string | number | null | undefined;
  /** Any of interventions:read, interventions:write, printers:read, webhooks:manage (see apiKeyScopes). */
  scopes: Array<string>;
};

/** A new InterventionStatus. Omitted optional fields take their default. */
export type CreateInterventionStatusInput = {
  /** What the status means, whatever its name: open, in progress or closed. */
  category: InterventionStatusCategory;
  /** When it was created (server time; defaults to now). Never changes. */
  createdAt?: string | null | undefined;
  /** Whether new interventions start in this status (otherwise they start in the first status by position). */
  isInitial?: boolean | null | undefined;
  /** The status name in the organization's default language (1 to 100 characters, unique in the organization). */
  name: string;
  /** The status's place in the workflow order, from 0 (see reorderInterventionStatuses). */
  position?: number | null | undefined;
};

/** A new user (createUser): they are emailed an invitation. */
export type CreateUserInput = {
  /** The sign-in address (unique within the organization). */
  email: string;
  /** Preferred language of the emails and the admin (en, fr, it). */
  language?: string | null | undefined;
  /** The person's name (at most 200 characters). */
  name?: string | null | undefined;
  /** Super-admin only: the organization of the new user. Admins create users in their own. */
  organizationID?: string | number | null | undefined;
  /** A phone number (at most 40 characters). */
  phone?: string | null | undefined;
  /** ADMIN or TECHNICIAN. */
  role: UserRole;
};

/** A new webhook endpoint. */
export type CreateWebhookInput = {
  /** Default true. */
  active?: boolean | null | undefined;
  /** What the endpoint is for, for the admins (at most 500 characters); optional. */
  description?: string | null | undefined;
  /** Event types to receive (see webhookEventTypes). */
  events: Array<string>;
  /** An absolute http(s) URL of a public address (loopback, private and link-local addresses are refused). */
  url: string;
};

/** What the email is (which template it was rendered from). */
export type EmailMessageKind =
  /** An invitation to a new user, with the link to choose a password. */
  | 'INVITE'
  /** A public note, to the reporter. */
  | 'NOTE_CUSTOMER'
  /** A link to choose a new password. */
  | 'PASSWORD_RESET'
  /** To the admins: a silent printer was seen again. */
  | 'PRINTER_BACK'
  /** To the admins: a printer has not been seen for PRINTER_SILENT_AFTER. */
  | 'PRINTER_SILENT'
  /** The report to the panic button's technical addresses. */
  | 'REPORT_TECH'
  /** The report confirmation to the reporter. */
  | 'REPORT_USER'
  /** A status change, to an admin. */
  | 'STATUS_ADMIN'
  /** A status change, to the customer (the reporter or the printer's customer contact). */
  | 'STATUS_CUSTOMER'
  /** A status change, to an assigned technician. */
  | 'STATUS_TECHNICIAN'
  /** To the admins: a supply fell below a low-supply rule's threshold. */
  | 'SUPPLY_LOW'
  /** A test email sent by an admin (sendTestEmail). */
  | 'TEST'
  /** To the admins: a webhook endpoint was turned off after failing. */
  | 'WEBHOOK_DISABLED';

/** Where the email is in its delivery. */
export type EmailMessageStatus =
  /** Given up after the last allowed try: `retryEmailMessage` queues it again. */
  | 'DEAD'
  /** Refused for good by the email provider (e.g. an invalid address): not tried again unless `retryEmailMessage` queues it. */
  | 'FAILED'
  /** Waiting to be sent at nextAttemptAt: the first try, or a retry after a temporary failure (see lastError). */
  | 'QUEUED'
  /** Being handed to the email provider by a server instance. */
  | 'SENDING'
  /** Accepted by the email provider. */
  | 'SENT';

/** Filters EmailMessages: an EmailMessage matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type EmailMessageWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<EmailMessageWhereInput> | null | undefined;
  /** `attempts` equals the value. */
  attempts?: number | null | undefined;
  /** `attempts` is greater than the value. */
  attemptsGT?: number | null | undefined;
  /** `attempts` is greater than or equal to the value. */
  attemptsGTE?: number | null | undefined;
  /** `attempts` is one of the values. */
  attemptsIn?: Array<number> | null | undefined;
  /** `attempts` is less than the value. */
  attemptsLT?: number | null | undefined;
  /** `attempts` is less than or equal to the value. */
  attemptsLTE?: number | null | undefined;
  /** `attempts` is not equal to the value. */
  attemptsNEQ?: number | null | undefined;
  /** `attempts` is none of the values. */
  attemptsNotIn?: Array<number> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `fromEmail` equals the value. */
  fromEmail?: string | null | undefined;
  /** `fromEmail` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `fromEmailContainsFold` ignores case on both. */
  fromEmailContains?: string | null | undefined;
  /** `fromEmail` contains the value, ignoring case. */
  fromEmailContainsFold?: string | null | undefined;
  /** `fromEmail` equals the value, ignoring case. */
  fromEmailEqualFold?: string | null | undefined;
  /** `fromEmail` sorts after the value (byte order). */
  fromEmailGT?: string | null | undefined;
  /** `fromEmail` equals the value or sorts after it (byte order). */
  fromEmailGTE?: string | null | undefined;
  /** `fromEmail` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromEmailHasPrefix?: string | null | undefined;
  /** `fromEmail` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromEmailHasSuffix?: string | null | undefined;
  /** `fromEmail` is one of the values. */
  fromEmailIn?: Array<string> | null | undefined;
  /** `fromEmail` sorts before the value (byte order). */
  fromEmailLT?: string | null | undefined;
  /** `fromEmail` equals the value or sorts before it (byte order). */
  fromEmailLTE?: string | null | undefined;
  /** `fromEmail` is not equal to the value. */
  fromEmailNEQ?: string | null | undefined;
  /** `fromEmail` is none of the values. */
  fromEmailNotIn?: Array<string> | null | undefined;
  /** `fromName` equals the value. */
  fromName?: string | null | undefined;
  /** `fromName` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `fromNameContainsFold` ignores case on both. */
  fromNameContains?: string | null | undefined;
  /** `fromName` contains the value, ignoring case. */
  fromNameContainsFold?: string | null | undefined;
  /** `fromName` equals the value, ignoring case. */
  fromNameEqualFold?: string | null | undefined;
  /** `fromName` sorts after the value (byte order). */
  fromNameGT?: string | null | undefined;
  /** `fromName` equals the value or sorts after it (byte order). */
  fromNameGTE?: string | null | undefined;
  /** `fromName` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromNameHasPrefix?: string | null | undefined;
  /** `fromName` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromNameHasSuffix?: string | null | undefined;
  /** `fromName` is one of the values. */
  fromNameIn?: Array<string> | null | undefined;
  /** true: only where `fromName` is null (not set); false does not filter. */
  fromNameIsNil?: boolean | null | undefined;
  /** `fromName` sorts before the value (byte order). */
  fromNameLT?: string | null | undefined;
  /** `fromName` equals the value or sorts before it (byte order). */
  fromNameLTE?: string | null | undefined;
  /** `fromName` is not equal to the value. A null `fromName` does not match. */
  fromNameNEQ?: string | null | undefined;
  /** `fromName` is none of the values. A null `fromName` does not match. */
  fromNameNotIn?: Array<string> | null | undefined;
  /** true: only where `fromName` is set (not null); false does not filter. */
  fromNameNotNil?: boolean | null | undefined;
  /** true: only EmailMessages with a `intervention`; false: only those without one. An Intervention the caller may not see counts as none. */
  hasIntervention?: boolean | null | undefined;
  /** Only EmailMessages whose `intervention` matches at least one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasInterventionWith?: Array<InterventionWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `interventionID` equals the value. */
  interventionID?: string | number | null | undefined;
  /** `interventionID` is one of the values. */
  interventionIDIn?: Array<string | number> | null | undefined;
  /** true: only where `interventionID` is null (not set); false does not filter. */
  interventionIDIsNil?: boolean | null | undefined;
  /** `interventionID` is not equal to the value. A null `interventionID` does not match. */
  interventionIDNEQ?: string | number | null | undefined;
  /** `interventionID` is none of the values. A null `interventionID` does not match. */
  interventionIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `interventionID` is set (not null); false does not filter. */
  interventionIDNotNil?: boolean | null | undefined;
  /** `kind` equals the value. */
  kind?: EmailMessageKind | null | undefined;
  /** `kind` is one of the values. */
  kindIn?: Array<EmailMessageKind> | null | undefined;
  /** `kind` is not equal to the value. */
  kindNEQ?: EmailMessageKind | null | undefined;
  /** `kind` is none of the values. */
  kindNotIn?: Array<EmailMessageKind> | null | undefined;
  /** `lastError` equals the value. */
  lastError?: string | null | undefined;
  /** `lastError` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `lastErrorContainsFold` ignores case on both. */
  lastErrorContains?: string | null | undefined;
  /** `lastError` contains the value, ignoring case. */
  lastErrorContainsFold?: string | null | undefined;
  /** `lastError` equals the value, ignoring case. */
  lastErrorEqualFold?: string | null | undefined;
  /** `lastError` sorts after the value (byte order). */
  lastErrorGT?: string | null | undefined;
  /** `lastError` equals the value or sorts after it (byte order). */
  lastErrorGTE?: string | null | undefined;
  /** `lastError` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  lastErrorHasPrefix?: string | null | undefined;
  /** `lastError` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  lastErrorHasSuffix?: string | null | undefined;
  /** `lastError` is one of the values. */
  lastErrorIn?: Array<string> | null | undefined;
  /** true: only where `lastError` is null (not set); false does not filter. */
  lastErrorIsNil?: boolean | null | undefined;
  /** `lastError` sorts before the value (byte order). */
  lastErrorLT?: string | null | undefined;
  /** `lastError` equals the value or sorts before it (byte order). */
  lastErrorLTE?: string | null | undefined;
  /** `lastError` is not equal to the value. A null `lastError` does not match. */
  lastErrorNEQ?: string | null | undefined;
  /** `lastError` is none of the values. A null `lastError` does not match. */
  lastErrorNotIn?: Array<string> | null | undefined;
  /** true: only where `lastError` is set (not null); false does not filter. */
  lastErrorNotNil?: boolean | null | undefined;
  /** `nextAttemptAt` equals the value. */
  nextAttemptAt?: string | null | undefined;
  /** `nextAttemptAt` is after the value. */
  nextAttemptAtGT?: string | null | undefined;
  /** `nextAttemptAt` is at or after the value. */
  nextAttemptAtGTE?: string | null | undefined;
  /** `nextAttemptAt` is one of the values. */
  nextAttemptAtIn?: Array<string> | null | undefined;
  /** `nextAttemptAt` is before the value. */
  nextAttemptAtLT?: string | null | undefined;
  /** `nextAttemptAt` is at or before the value. */
  nextAttemptAtLTE?: string | null | undefined;
  /** `nextAttemptAt` is not equal to the value. */
  nextAttemptAtNEQ?: string | null | undefined;
  /** `nextAttemptAt` is none of the values. */
  nextAttemptAtNotIn?: Array<string> | null | undefined;
  /** Matches the EmailMessages this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: EmailMessageWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<EmailMessageWhereInput> | null | undefined;
  /** `providerMessageID` equals the value. */
  providerMessageID?: string | null | undefined;
  /** `providerMessageID` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `providerMessageIDContainsFold` ignores case on both. */
  providerMessageIDContains?: string | null | undefined;
  /** `providerMessageID` contains the value, ignoring case. */
  providerMessageIDContainsFold?: string | null | undefined;
  /** `providerMessageID` equals the value, ignoring case. */
  providerMessageIDEqualFold?: string | null | undefined;
  /** `providerMessageID` sorts after the value (byte order). */
  providerMessageIDGT?: string | null | undefined;
  /** `providerMessageID` equals the value or sorts after it (byte order). */
  providerMessageIDGTE?: string | null | undefined;
  /** `providerMessageID` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  providerMessageIDHasPrefix?: string | null | undefined;
  /** `providerMessageID` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  providerMessageIDHasSuffix?: string | null | undefined;
  /** `providerMessageID` is one of the values. */
  providerMessageIDIn?: Array<string> | null | undefined;
  /** true: only where `providerMessageID` is null (not set); false does not filter. */
  providerMessageIDIsNil?: boolean | null | undefined;
  /** `providerMessageID` sorts before the value (byte order). */
  providerMessageIDLT?: string | null | undefined;
  /** `providerMessageID` equals the value or sorts before it (byte order). */
  providerMessageIDLTE?: string | null | undefined;
  /** `providerMessageID` is not equal to the value. A null `providerMessageID` does not match. */
  providerMessageIDNEQ?: string | null | undefined;
  /** `providerMessageID` is none of the values. A null `providerMessageID` does not match. */
  providerMessageIDNotIn?: Array<string> | null | undefined;
  /** true: only where `providerMessageID` is set (not null); false does not filter. */
  providerMessageIDNotNil?: boolean | null | undefined;
  /** `sentAt` equals the value. */
  sentAt?: string | null | undefined;
  /** `sentAt` is after the value. */
  sentAtGT?: string | null | undefined;
  /** `sentAt` is at or after the value. */
  sentAtGTE?: string | null | undefined;
  /** `sentAt` is one of the values. */
  sentAtIn?: Array<string> | null | undefined;
  /** true: only where `sentAt` is null (not set); false does not filter. */
  sentAtIsNil?: boolean | null | undefined;
  /** `sentAt` is before the value. */
  sentAtLT?: string | null | undefined;
  /** `sentAt` is at or before the value. */
  sentAtLTE?: string | null | undefined;
  /** `sentAt` is not equal to the value. A null `sentAt` does not match. */
  sentAtNEQ?: string | null | undefined;
  /** `sentAt` is none of the values. A null `sentAt` does not match. */
  sentAtNotIn?: Array<string> | null | undefined;
  /** true: only where `sentAt` is set (not null); false does not filter. */
  sentAtNotNil?: boolean | null | undefined;
  /** `status` equals the value. */
  status?: EmailMessageStatus | null | undefined;
  /** `status` is one of the values. */
  statusIn?: Array<EmailMessageStatus> | null | undefined;
  /** `status` is not equal to the value. */
  statusNEQ?: EmailMessageStatus | null | undefined;
  /** `status` is none of the values. */
  statusNotIn?: Array<EmailMessageStatus> | null | undefined;
  /** `subject` equals the value. */
  subject?: string | null | undefined;
  /** `subject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `subjectContainsFold` ignores case on both. */
  subjectContains?: string | null | undefined;
  /** `subject` contains the value, ignoring case. */
  subjectContainsFold?: string | null | undefined;
  /** `subject` equals the value, ignoring case. */
  subjectEqualFold?: string | null | undefined;
  /** `subject` sorts after the value (byte order). */
  subjectGT?: string | null | undefined;
  /** `subject` equals the value or sorts after it (byte order). */
  subjectGTE?: string | null | undefined;
  /** `subject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  subjectHasPrefix?: string | null | undefined;
  /** `subject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  subjectHasSuffix?: string | null | undefined;
  /** `subject` is one of the values. */
  subjectIn?: Array<string> | null | undefined;
  /** `subject` sorts before the value (byte order). */
  subjectLT?: string | null | undefined;
  /** `subject` equals the value or sorts before it (byte order). */
  subjectLTE?: string | null | undefined;
  /** `subject` is not equal to the value. */
  subjectNEQ?: string | null | undefined;
  /** `subject` is none of the values. */
  subjectNotIn?: Array<string> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A panic button's email settings in one language: the seeds' fields [1]-[7] and the status templates. */
export type EmailTemplateInput = {
  /** [6] From Email */
  fromEmail?: string | null | undefined;
  /** [7] From Name */
  fromName?: string | null | undefined;
  /** Body template (HTML) of the public-note email to the reporter ([[[NOTE]]] is the note). */
  noteCustomerHtml?: string | null | undefined;
  /** Subject template of the public-note email to the reporter, sent when the customer toggle is on ([[[NOTE]]] is the note). */
  noteCustomerSubject?: string | null | undefined;
  /** Body template (HTML) of the status-change email to admins. */
  statusAdminHtml?: string | null | undefined;
  /** Subject template of the status-change email to admins. */
  statusAdminSubject?: string | null | undefined;
  /** Body template (HTML) of the status-change email to the customer. */
  statusCustomerHtml?: string | null | undefined;
  /** Subject template of the status-change email to the customer. */
  statusCustomerSubject?: string | null | undefined;
  /** Body template (HTML) of the status-change email to technicians. */
  statusTechnicianHtml?: string | null | undefined;
  /** Subject template of the status-change email to technicians. */
  statusTechnicianSubject?: string | null | undefined;
  /** [3] TECH - Content (HTML) */
  techHtml?: string | null | undefined;
  /** [2] TECH - Subject */
  techSubject?: string | null | undefined;
  /** [1] Technical Email: one or more addresses */
  technicalEmails?: Array<string> | null | undefined;
  /** [5] END USER - Content (HTML) */
  userHtml?: string | null | undefined;
  /** [4] END USER - Subject */
  userSubject?: string | null | undefined;
};

/** The email templates of a panic button. */
export type EmailTemplateKind =
  /** The email to the reporter when a public note is added (the reporter's loop). */
  | 'NOTE_CUSTOMER'
  /** The status-change email to the organization's admins. */
  | 'STATUS_ADMIN'
  /** The status-change email to the customer (the reporter and the printer's customer contact). */
  | 'STATUS_CUSTOMER'
  /** The status-change email to the intervention's technicians. */
  | 'STATUS_TECHNICIAN'
  /** The report email to the panic button's technical addresses. */
  | 'TECH'
  /** The report confirmation to the reporter. */
  | 'USER';

/** Filters EmailTemplates: an EmailTemplate matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type EmailTemplateWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<EmailTemplateWhereInput> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `fromEmail` equals the value. */
  fromEmail?: string | null | undefined;
  /** `fromEmail` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `fromEmailContainsFold` ignores case on both. */
  fromEmailContains?: string | null | undefined;
  /** `fromEmail` contains the value, ignoring case. */
  fromEmailContainsFold?: string | null | undefined;
  /** `fromEmail` equals the value, ignoring case. */
  fromEmailEqualFold?: string | null | undefined;
  /** `fromEmail` sorts after the value (byte order). */
  fromEmailGT?: string | null | undefined;
  /** `fromEmail` equals the value or sorts after it (byte order). */
  fromEmailGTE?: string | null | undefined;
  /** `fromEmail` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromEmailHasPrefix?: string | null | undefined;
  /** `fromEmail` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromEmailHasSuffix?: string | null | undefined;
  /** `fromEmail` is one of the values. */
  fromEmailIn?: Array<string> | null | undefined;
  /** true: only where `fromEmail` is null (not set); false does not filter. */
  fromEmailIsNil?: boolean | null | undefined;
  /** `fromEmail` sorts before the value (byte order). */
  fromEmailLT?: string | null | undefined;
  /** `fromEmail` equals the value or sorts before it (byte order). */
  fromEmailLTE?: string | null | undefined;
  /** `fromEmail` is not equal to the value. A null `fromEmail` does not match. */
  fromEmailNEQ?: string | null | undefined;
  /** `fromEmail` is none of the values. A null `fromEmail` does not match. */
  fromEmailNotIn?: Array<string> | null | undefined;
  /** true: only where `fromEmail` is set (not null); false does not filter. */
  fromEmailNotNil?: boolean | null | undefined;
  /** `fromName` equals the value. */
  fromName?: string | null | undefined;
  /** `fromName` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `fromNameContainsFold` ignores case on both. */
  fromNameContains?: string | null | undefined;
  /** `fromName` contains the value, ignoring case. */
  fromNameContainsFold?: string | null | undefined;
  /** `fromName` equals the value, ignoring case. */
  fromNameEqualFold?: string | null | undefined;
  /** `fromName` sorts after the value (byte order). */
  fromNameGT?: string | null | undefined;
  /** `fromName` equals the value or sorts after it (byte order). */
  fromNameGTE?: string | null | undefined;
  /** `fromName` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromNameHasPrefix?: string | null | undefined;
  /** `fromName` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromNameHasSuffix?: string | null | undefined;
  /** `fromName` is one of the values. */
  fromNameIn?: Array<string> | null | undefined;
  /** true: only where `fromName` is null (not set); false does not filter. */
  fromNameIsNil?: boolean | null | undefined;
  /** `fromName` sorts before the value (byte order). */
  fromNameLT?: string | null | undefined;
  /** `fromName` equals the value or sorts before it (byte order). */
  fromNameLTE?: string | null | undefined;
  /** `fromName` is not equal to the value. A null `fromName` does not match. */
  fromNameNEQ?: string | null | undefined;
  /** `fromName` is none of the values. A null `fromName` does not match. */
  fromNameNotIn?: Array<string> | null | undefined;
  /** true: only where `fromName` is set (not null); false does not filter. */
  fromNameNotNil?: boolean | null | undefined;
  /** true: only EmailTemplates with a `panicButton`; false: only those without one. A PanicButton the caller may not see counts as none. */
  hasPanicButton?: boolean | null | undefined;
  /** Only EmailTemplates whose `panicButton` matches at least one of these PanicButton filters. The filters see only the PanicButtons the caller may read; one the caller may not read at all is refused. */
  hasPanicButtonWith?: Array<PanicButtonWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `language` equals the value. */
  language?: string | null | undefined;
  /** `language` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `languageContainsFold` ignores case on both. */
  languageContains?: string | null | undefined;
  /** `language` contains the value, ignoring case. */
  languageContainsFold?: string | null | undefined;
  /** `language` equals the value, ignoring case. */
  languageEqualFold?: string | null | undefined;
  /** `language` sorts after the value (byte order). */
  languageGT?: string | null | undefined;
  /** `language` equals the value or sorts after it (byte order). */
  languageGTE?: string | null | undefined;
  /** `language` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasPrefix?: string | null | undefined;
  /** `language` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasSuffix?: string | null | undefined;
  /** `language` is one of the values. */
  languageIn?: Array<string> | null | undefined;
  /** `language` sorts before the value (byte order). */
  languageLT?: string | null | undefined;
  /** `language` equals the value or sorts before it (byte order). */
  languageLTE?: string | null | undefined;
  /** `language` is not equal to the value. */
  languageNEQ?: string | null | undefined;
  /** `language` is none of the values. */
  languageNotIn?: Array<string> | null | undefined;
  /** Matches the EmailTemplates this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: EmailTemplateWhereInput | null | undefined;
  /** `noteCustomerHTML` equals the value. */
  noteCustomerHTML?: string | null | undefined;
  /** `noteCustomerHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `noteCustomerHTMLContainsFold` ignores case on both. */
  noteCustomerHTMLContains?: string | null | undefined;
  /** `noteCustomerHTML` contains the value, ignoring case. */
  noteCustomerHTMLContainsFold?: string | null | undefined;
  /** `noteCustomerHTML` equals the value, ignoring case. */
  noteCustomerHTMLEqualFold?: string | null | undefined;
  /** `noteCustomerHTML` sorts after the value (byte order). */
  noteCustomerHTMLGT?: string | null | undefined;
  /** `noteCustomerHTML` equals the value or sorts after it (byte order). */
  noteCustomerHTMLGTE?: string | null | undefined;
  /** `noteCustomerHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteCustomerHTMLHasPrefix?: string | null | undefined;
  /** `noteCustomerHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteCustomerHTMLHasSuffix?: string | null | undefined;
  /** `noteCustomerHTML` is one of the values. */
  noteCustomerHTMLIn?: Array<string> | null | undefined;
  /** true: only where `noteCustomerHTML` is null (not set); false does not filter. */
  noteCustomerHTMLIsNil?: boolean | null | undefined;
  /** `noteCustomerHTML` sorts before the value (byte order). */
  noteCustomerHTMLLT?: string | null | undefined;
  /** `noteCustomerHTML` equals the value or sorts before it (byte order). */
  noteCustomerHTMLLTE?: string | null | undefined;
  /** `noteCustomerHTML` is not equal to the value. A null `noteCustomerHTML` does not match. */
  noteCustomerHTMLNEQ?: string | null | undefined;
  /** `noteCustomerHTML` is none of the values. A null `noteCustomerHTML` does not match. */
  noteCustomerHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `noteCustomerHTML` is set (not null); false does not filter. */
  noteCustomerHTMLNotNil?: boolean | null | undefined;
  /** `noteCustomerSubject` equals the value. */
  noteCustomerSubject?: string | null | undefined;
  /** `noteCustomerSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `noteCustomerSubjectContainsFold` ignores case on both. */
  noteCustomerSubjectContains?: string | null | undefined;
  /** `noteCustomerSubject` contains the value, ignoring case. */
  noteCustomerSubjectContainsFold?: string | null | undefined;
  /** `noteCustomerSubject` equals the value, ignoring case. */
  noteCustomerSubjectEqualFold?: string | null | undefined;
  /** `noteCustomerSubject` sorts after the value (byte order). */
  noteCustomerSubjectGT?: string | null | undefined;
  /** `noteCustomerSubject` equals the value or sorts after it (byte order). */
  noteCustomerSubjectGTE?: string | null | undefined;
  /** `noteCustomerSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteCustomerSubjectHasPrefix?: string | null | undefined;
  /** `noteCustomerSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteCustomerSubjectHasSuffix?: string | null | undefined;
  /** `noteCustomerSubject` is one of the values. */
  noteCustomerSubjectIn?: Array<string> | null | undefined;
  /** true: only where `noteCustomerSubject` is null (not set); false does not filter. */
  noteCustomerSubjectIsNil?: boolean | null | undefined;
  /** `noteCustomerSubject` sorts before the value (byte order). */
  noteCustomerSubjectLT?: string | null | undefined;
  /** `noteCustomerSubject` equals the value or sorts before it (byte order). */
  noteCustomerSubjectLTE?: string | null | undefined;
  /** `noteCustomerSubject` is not equal to the value. A null `noteCustomerSubject` does not match. */
  noteCustomerSubjectNEQ?: string | null | undefined;
  /** `noteCustomerSubject` is none of the values. A null `noteCustomerSubject` does not match. */
  noteCustomerSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `noteCustomerSubject` is set (not null); false does not filter. */
  noteCustomerSubjectNotNil?: boolean | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<EmailTemplateWhereInput> | null | undefined;
  /** `panicButtonID` equals the value. */
  panicButtonID?: string | number | null | undefined;
  /** `panicButtonID` is one of the values. */
  panicButtonIDIn?: Array<string | number> | null | undefined;
  /** `panicButtonID` is not equal to the value. */
  panicButtonIDNEQ?: string | number | null | undefined;
  /** `panicButtonID` is none of the values. */
  panicButtonIDNotIn?: Array<string | number> | null | undefined;
  /** `statusAdminHTML` equals the value. */
  statusAdminHTML?: string | null | undefined;
  /** `statusAdminHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusAdminHTMLContainsFold` ignores case on both. */
  statusAdminHTMLContains?: string | null | undefined;
  /** `statusAdminHTML` contains the value, ignoring case. */
  statusAdminHTMLContainsFold?: string | null | undefined;
  /** `statusAdminHTML` equals the value, ignoring case. */
  statusAdminHTMLEqualFold?: string | null | undefined;
  /** `statusAdminHTML` sorts after the value (byte order). */
  statusAdminHTMLGT?: string | null | undefined;
  /** `statusAdminHTML` equals the value or sorts after it (byte order). */
  statusAdminHTMLGTE?: string | null | undefined;
  /** `statusAdminHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusAdminHTMLHasPrefix?: string | null | undefined;
  /** `statusAdminHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusAdminHTMLHasSuffix?: string | null | undefined;
  /** `statusAdminHTML` is one of the values. */
  statusAdminHTMLIn?: Array<string> | null | undefined;
  /** true: only where `statusAdminHTML` is null (not set); false does not filter. */
  statusAdminHTMLIsNil?: boolean | null | undefined;
  /** `statusAdminHTML` sorts before the value (byte order). */
  statusAdminHTMLLT?: string | null | undefined;
  /** `statusAdminHTML` equals the value or sorts before it (byte order). */
  statusAdminHTMLLTE?: string | null | undefined;
  /** `statusAdminHTML` is not equal to the value. A null `statusAdminHTML` does not match. */
  statusAdminHTMLNEQ?: string | null | undefined;
  /** `statusAdminHTML` is none of the values. A null `statusAdminHTML` does not match. */
  statusAdminHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `statusAdminHTML` is set (not null); false does not filter. */
  statusAdminHTMLNotNil?: boolean | null | undefined;
  /** `statusAdminSubject` equals the value. */
  statusAdminSubject?: string | null | undefined;
  /** `statusAdminSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusAdminSubjectContainsFold` ignores case on both. */
  statusAdminSubjectContains?: string | null | undefined;
  /** `statusAdminSubject` contains the value, ignoring case. */
  statusAdminSubjectContainsFold?: string | null | undefined;
  /** `statusAdminSubject` equals the value, ignoring case. */
  statusAdminSubjectEqualFold?: string | null | undefined;
  /** `statusAdminSubject` sorts after the value (byte order). */
  statusAdminSubjectGT?: string | null | undefined;
  /** `statusAdminSubject` equals the value or sorts after it (byte order). */
  statusAdminSubjectGTE?: string | null | undefined;
  /** `statusAdminSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusAdminSubjectHasPrefix?: string | null | undefined;
  /** `statusAdminSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusAdminSubjectHasSuffix?: string | null | undefined;
  /** `statusAdminSubject` is one of the values. */
  statusAdminSubjectIn?: Array<string> | null | undefined;
  /** true: only where `statusAdminSubject` is null (not set); false does not filter. */
  statusAdminSubjectIsNil?: boolean | null | undefined;
  /** `statusAdminSubject` sorts before the value (byte order). */
  statusAdminSubjectLT?: string | null | undefined;
  /** `statusAdminSubject` equals the value or sorts before it (byte order). */
  statusAdminSubjectLTE?: string | null | undefined;
  /** `statusAdminSubject` is not equal to the value. A null `statusAdminSubject` does not match. */
  statusAdminSubjectNEQ?: string | null | undefined;
  /** `statusAdminSubject` is none of the values. A null `statusAdminSubject` does not match. */
  statusAdminSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `statusAdminSubject` is set (not null); false does not filter. */
  statusAdminSubjectNotNil?: boolean | null | undefined;
  /** `statusCustomerHTML` equals the value. */
  statusCustomerHTML?: string | null | undefined;
  /** `statusCustomerHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusCustomerHTMLContainsFold` ignores case on both. */
  statusCustomerHTMLContains?: string | null | undefined;
  /** `statusCustomerHTML` contains the value, ignoring case. */
  statusCustomerHTMLContainsFold?: string | null | undefined;
  /** `statusCustomerHTML` equals the value, ignoring case. */
  statusCustomerHTMLEqualFold?: string | null | undefined;
  /** `statusCustomerHTML` sorts after the value (byte order). */
  statusCustomerHTMLGT?: string | null | undefined;
  /** `statusCustomerHTML` equals the value or sorts after it (byte order). */
  statusCustomerHTMLGTE?: string | null | undefined;
  /** `statusCustomerHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusCustomerHTMLHasPrefix?: string | null | undefined;
  /** `statusCustomerHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusCustomerHTMLHasSuffix?: string | null | undefined;
  /** `statusCustomerHTML` is one of the values. */
  statusCustomerHTMLIn?: Array<string> | null | undefined;
  /** true: only where `statusCustomerHTML` is null (not set); false does not filter. */
  statusCustomerHTMLIsNil?: boolean | null | undefined;
  /** `statusCustomerHTML` sorts before the value (byte order). */
  statusCustomerHTMLLT?: string | null | undefined;
  /** `statusCustomerHTML` equals the value or sorts before it (byte order). */
  statusCustomerHTMLLTE?: string | null | undefined;
  /** `statusCustomerHTML` is not equal to the value. A null `statusCustomerHTML` does not match. */
  statusCustomerHTMLNEQ?: string | null | undefined;
  /** `statusCustomerHTML` is none of the values. A null `statusCustomerHTML` does not match. */
  statusCustomerHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `statusCustomerHTML` is set (not null); false does not filter. */
  statusCustomerHTMLNotNil?: boolean | null | undefined;
  /** `statusCustomerSubject` equals the value. */
  statusCustomerSubject?: string | null | undefined;
  /** `statusCustomerSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusCustomerSubjectContainsFold` ignores case on both. */
  statusCustomerSubjectContains?: string | null | undefined;
  /** `statusCustomerSubject` contains the value, ignoring case. */
  statusCustomerSubjectContainsFold?: string | null | undefined;
  /** `statusCustomerSubject` equals the value, ignoring case. */
  statusCustomerSubjectEqualFold?: string | null | undefined;
  /** `statusCustomerSubject` sorts after the value (byte order). */
  statusCustomerSubjectGT?: string | null | undefined;
  /** `statusCustomerSubject` equals the value or sorts after it (byte order). */
  statusCustomerSubjectGTE?: string | null | undefined;
  /** `statusCustomerSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusCustomerSubjectHasPrefix?: string | null | undefined;
  /** `statusCustomerSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusCustomerSubjectHasSuffix?: string | null | undefined;
  /** `statusCustomerSubject` is one of the values. */
  statusCustomerSubjectIn?: Array<string> | null | undefined;
  /** true: only where `statusCustomerSubject` is null (not set); false does not filter. */
  statusCustomerSubjectIsNil?: boolean | null | undefined;
  /** `statusCustomerSubject` sorts before the value (byte order). */
  statusCustomerSubjectLT?: string | null | undefined;
  /** `statusCustomerSubject` equals the value or sorts before it (byte order). */
  statusCustomerSubjectLTE?: string | null | undefined;
  /** `statusCustomerSubject` is not equal to the value. A null `statusCustomerSubject` does not match. */
  statusCustomerSubjectNEQ?: string | null | undefined;
  /** `statusCustomerSubject` is none of the values. A null `statusCustomerSubject` does not match. */
  statusCustomerSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `statusCustomerSubject` is set (not null); false does not filter. */
  statusCustomerSubjectNotNil?: boolean | null | undefined;
  /** `statusTechnicianHTML` equals the value. */
  statusTechnicianHTML?: string | null | undefined;
  /** `statusTechnicianHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusTechnicianHTMLContainsFold` ignores case on both. */
  statusTechnicianHTMLContains?: string | null | undefined;
  /** `statusTechnicianHTML` contains the value, ignoring case. */
  statusTechnicianHTMLContainsFold?: string | null | undefined;
  /** `statusTechnicianHTML` equals the value, ignoring case. */
  statusTechnicianHTMLEqualFold?: string | null | undefined;
  /** `statusTechnicianHTML` sorts after the value (byte order). */
  statusTechnicianHTMLGT?: string | null | undefined;
  /** `statusTechnicianHTML` equals the value or sorts after it (byte order). */
  statusTechnicianHTMLGTE?: string | null | undefined;
  /** `statusTechnicianHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusTechnicianHTMLHasPrefix?: string | null | undefined;
  /** `statusTechnicianHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusTechnicianHTMLHasSuffix?: string | null | undefined;
  /** `statusTechnicianHTML` is one of the values. */
  statusTechnicianHTMLIn?: Array<string> | null | undefined;
  /** true: only where `statusTechnicianHTML` is null (not set); false does not filter. */
  statusTechnicianHTMLIsNil?: boolean | null | undefined;
  /** `statusTechnicianHTML` sorts before the value (byte order). */
  statusTechnicianHTMLLT?: string | null | undefined;
  /** `statusTechnicianHTML` equals the value or sorts before it (byte order). */
  statusTechnicianHTMLLTE?: string | null | undefined;
  /** `statusTechnicianHTML` is not equal to the value. A null `statusTechnicianHTML` does not match. */
  statusTechnicianHTMLNEQ?: string | null | undefined;
  /** `statusTechnicianHTML` is none of the values. A null `statusTechnicianHTML` does not match. */
  statusTechnicianHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `statusTechnicianHTML` is set (not null); false does not filter. */
  statusTechnicianHTMLNotNil?: boolean | null | undefined;
  /** `statusTechnicianSubject` equals the value. */
  statusTechnicianSubject?: string | null | undefined;
  /** `statusTechnicianSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `statusTechnicianSubjectContainsFold` ignores case on both. */
  statusTechnicianSubjectContains?: string | null | undefined;
  /** `statusTechnicianSubject` contains the value, ignoring case. */
  statusTechnicianSubjectContainsFold?: string | null | undefined;
  /** `statusTechnicianSubject` equals the value, ignoring case. */
  statusTechnicianSubjectEqualFold?: string | null | undefined;
  /** `statusTechnicianSubject` sorts after the value (byte order). */
  statusTechnicianSubjectGT?: string | null | undefined;
  /** `statusTechnicianSubject` equals the value or sorts after it (byte order). */
  statusTechnicianSubjectGTE?: string | null | undefined;
  /** `statusTechnicianSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusTechnicianSubjectHasPrefix?: string | null | undefined;
  /** `statusTechnicianSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  statusTechnicianSubjectHasSuffix?: string | null | undefined;
  /** `statusTechnicianSubject` is one of the values. */
  statusTechnicianSubjectIn?: Array<string> | null | undefined;
  /** true: only where `statusTechnicianSubject` is null (not set); false does not filter. */
  statusTechnicianSubjectIsNil?: boolean | null | undefined;
  /** `statusTechnicianSubject` sorts before the value (byte order). */
  statusTechnicianSubjectLT?: string | null | undefined;
  /** `statusTechnicianSubject` equals the value or sorts before it (byte order). */
  statusTechnicianSubjectLTE?: string | null | undefined;
  /** `statusTechnicianSubject` is not equal to the value. A null `statusTechnicianSubject` does not match. */
  statusTechnicianSubjectNEQ?: string | null | undefined;
  /** `statusTechnicianSubject` is none of the values. A null `statusTechnicianSubject` does not match. */
  statusTechnicianSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `statusTechnicianSubject` is set (not null); false does not filter. */
  statusTechnicianSubjectNotNil?: boolean | null | undefined;
  /** `techHTML` equals the value. */
  techHTML?: string | null | undefined;
  /** `techHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `techHTMLContainsFold` ignores case on both. */
  techHTMLContains?: string | null | undefined;
  /** `techHTML` contains the value, ignoring case. */
  techHTMLContainsFold?: string | null | undefined;
  /** `techHTML` equals the value, ignoring case. */
  techHTMLEqualFold?: string | null | undefined;
  /** `techHTML` sorts after the value (byte order). */
  techHTMLGT?: string | null | undefined;
  /** `techHTML` equals the value or sorts after it (byte order). */
  techHTMLGTE?: string | null | undefined;
  /** `techHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  techHTMLHasPrefix?: string | null | undefined;
  /** `techHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  techHTMLHasSuffix?: string | null | undefined;
  /** `techHTML` is one of the values. */
  techHTMLIn?: Array<string> | null | undefined;
  /** true: only where `techHTML` is null (not set); false does not filter. */
  techHTMLIsNil?: boolean | null | undefined;
  /** `techHTML` sorts before the value (byte order). */
  techHTMLLT?: string | null | undefined;
  /** `techHTML` equals the value or sorts before it (byte order). */
  techHTMLLTE?: string | null | undefined;
  /** `techHTML` is not equal to the value. A null `techHTML` does not match. */
  techHTMLNEQ?: string | null | undefined;
  /** `techHTML` is none of the values. A null `techHTML` does not match. */
  techHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `techHTML` is set (not null); false does not filter. */
  techHTMLNotNil?: boolean | null | undefined;
  /** `techSubject` equals the value. */
  techSubject?: string | null | undefined;
  /** `techSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `techSubjectContainsFold` ignores case on both. */
  techSubjectContains?: string | null | undefined;
  /** `techSubject` contains the value, ignoring case. */
  techSubjectContainsFold?: string | null | undefined;
  /** `techSubject` equals the value, ignoring case. */
  techSubjectEqualFold?: string | null | undefined;
  /** `techSubject` sorts after the value (byte order). */
  techSubjectGT?: string | null | undefined;
  /** `techSubject` equals the value or sorts after it (byte order). */
  techSubjectGTE?: string | null | undefined;
  /** `techSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  techSubjectHasPrefix?: string | null | undefined;
  /** `techSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  techSubjectHasSuffix?: string | null | undefined;
  /** `techSubject` is one of the values. */
  techSubjectIn?: Array<string> | null | undefined;
  /** true: only where `techSubject` is null (not set); false does not filter. */
  techSubjectIsNil?: boolean | null | undefined;
  /** `techSubject` sorts before the value (byte order). */
  techSubjectLT?: string | null | undefined;
  /** `techSubject` equals the value or sorts before it (byte order). */
  techSubjectLTE?: string | null | undefined;
  /** `techSubject` is not equal to the value. A null `techSubject` does not match. */
  techSubjectNEQ?: string | null | undefined;
  /** `techSubject` is none of the values. A null `techSubject` does not match. */
  techSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `techSubject` is set (not null); false does not filter. */
  techSubjectNotNil?: boolean | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
  /** `userHTML` equals the value. */
  userHTML?: string | null | undefined;
  /** `userHTML` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `userHTMLContainsFold` ignores case on both. */
  userHTMLContains?: string | null | undefined;
  /** `userHTML` contains the value, ignoring case. */
  userHTMLContainsFold?: string | null | undefined;
  /** `userHTML` equals the value, ignoring case. */
  userHTMLEqualFold?: string | null | undefined;
  /** `userHTML` sorts after the value (byte order). */
  userHTMLGT?: string | null | undefined;
  /** `userHTML` equals the value or sorts after it (byte order). */
  userHTMLGTE?: string | null | undefined;
  /** `userHTML` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  userHTMLHasPrefix?: string | null | undefined;
  /** `userHTML` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  userHTMLHasSuffix?: string | null | undefined;
  /** `userHTML` is one of the values. */
  userHTMLIn?: Array<string> | null | undefined;
  /** true: only where `userHTML` is null (not set); false does not filter. */
  userHTMLIsNil?: boolean | null | undefined;
  /** `userHTML` sorts before the value (byte order). */
  userHTMLLT?: string | null | undefined;
  /** `userHTML` equals the value or sorts before it (byte order). */
  userHTMLLTE?: string | null | undefined;
  /** `userHTML` is not equal to the value. A null `userHTML` does not match. */
  userHTMLNEQ?: string | null | undefined;
  /** `userHTML` is none of the values. A null `userHTML` does not match. */
  userHTMLNotIn?: Array<string> | null | undefined;
  /** true: only where `userHTML` is set (not null); false does not filter. */
  userHTMLNotNil?: boolean | null | undefined;
  /** `userSubject` equals the value. */
  userSubject?: string | null | undefined;
  /** `userSubject` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `userSubjectContainsFold` ignores case on both. */
  userSubjectContains?: string | null | undefined;
  /** `userSubject` contains the value, ignoring case. */
  userSubjectContainsFold?: string | null | undefined;
  /** `userSubject` equals the value, ignoring case. */
  userSubjectEqualFold?: string | null | undefined;
  /** `userSubject` sorts after the value (byte order). */
  userSubjectGT?: string | null | undefined;
  /** `userSubject` equals the value or sorts after it (byte order). */
  userSubjectGTE?: string | null | undefined;
  /** `userSubject` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  userSubjectHasPrefix?: string | null | undefined;
  /** `userSubject` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  userSubjectHasSuffix?: string | null | undefined;
  /** `userSubject` is one of the values. */
  userSubjectIn?: Array<string> | null | undefined;
  /** true: only where `userSubject` is null (not set); false does not filter. */
  userSubjectIsNil?: boolean | null | undefined;
  /** `userSubject` sorts before the value (byte order). */
  userSubjectLT?: string | null | undefined;
  /** `userSubject` equals the value or sorts before it (byte order). */
  userSubjectLTE?: string | null | undefined;
  /** `userSubject` is not equal to the value. A null `userSubject` does not match. */
  userSubjectNEQ?: string | null | undefined;
  /** `userSubject` is none of the values. A null `userSubject` does not match. */
  userSubjectNotIn?: Array<string> | null | undefined;
  /** true: only where `userSubject` is set (not null); false does not filter. */
  userSubjectNotNil?: boolean | null | undefined;
};

/** What became of the email. */
export type InboundEmailStatus =
  /** Added to an intervention as the reporter's public note (on receipt, or by assignInboundEmail). */
  | 'ATTACHED'
  /** Dismissed by an admin (discardInboundEmail); kept for the record. */
  | 'DISCARDED'
  /** Kept aside (see reason): unmatched, from an unexpected or unauthenticated sender, or empty. An admin assigns or discards it. */
  | 'QUARANTINED';

/** What happened. */
export type InterventionEventKind =
  /** A technician was assigned. */
  | 'ASSIGNED'
  /** The intervention was opened (toStatus: the status it started in). */
  | 'CREATED'
  /** An email about it could not be delivered (refused, or given up after the last try). */
  | 'EMAIL_FAILED'
  /** An email about it was sent. */
  | 'EMAIL_SENT'
  /** A note was added (note). */
  | 'NOTE_ADDED'
  /** The reporter answered that the problem is fixed. */
  | 'REPORTED_FIXED'
  /** The reporter answered that the problem is not fixed (note: their comment). */
  | 'REPORTED_NOT_FIXED'
  /** Its status changed (fromStatus, toStatus). */
  | 'STATUS_CHANGED'
  /** An admin revoked the reporter's tracking and reply links. */
  | 'TRACKING_REVOKED'
  /** A technician was unassigned. */
  | 'UNASSIGNED';

/** Filters InterventionEvents: an InterventionEvent matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type InterventionEventWhereInput = {
  /** `actorID` equals the value. */
  actorID?: string | number | null | undefined;
  /** `actorID` is one of the values. */
  actorIDIn?: Array<string | number> | null | undefined;
  /** true: only where `actorID` is null (not set); false does not filter. */
  actorIDIsNil?: boolean | null | undefined;
  /** `actorID` is not equal to the value. A null `actorID` does not match. */
  actorIDNEQ?: string | number | null | undefined;
  /** `actorID` is none of the values. A null `actorID` does not match. */
  actorIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `actorID` is set (not null); false does not filter. */
  actorIDNotNil?: boolean | null | undefined;
  /** Matches when every filter of the list matches. */
  and?: Array<InterventionEventWhereInput> | null | undefined;
  /** `authorEmail` equals the value. */
  authorEmail?: string | null | undefined;
  /** `authorEmail` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `authorEmailContainsFold` ignores case on both. */
  authorEmailContains?: string | null | undefined;
  /** `authorEmail` contains the value, ignoring case. */
  authorEmailContainsFold?: string | null | undefined;
  /** `authorEmail` equals the value, ignoring case. */
  authorEmailEqualFold?: string | null | undefined;
  /** `authorEmail` sorts after the value (byte order). */
  authorEmailGT?: string | null | undefined;
  /** `authorEmail` equals the value or sorts after it (byte order). */
  authorEmailGTE?: string | null | undefined;
  /** `authorEmail` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  authorEmailHasPrefix?: string | null | undefined;
  /** `authorEmail` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  authorEmailHasSuffix?: string | null | undefined;
  /** `authorEmail` is one of the values. */
  authorEmailIn?: Array<string> | null | undefined;
  /** true: only where `authorEmail` is null (not set); false does not filter. */
  authorEmailIsNil?: boolean | null | undefined;
  /** `authorEmail` sorts before the value (byte order). */
  authorEmailLT?: string | null | undefined;
  /** `authorEmail` equals the value or sorts before it (byte order). */
  authorEmailLTE?: string | null | undefined;
  /** `authorEmail` is not equal to the value. A null `authorEmail` does not match. */
  authorEmailNEQ?: string | null | undefined;
  /** `authorEmail` is none of the values. A null `authorEmail` does not match. */
  authorEmailNotIn?: Array<string> | null | undefined;
  /** true: only where `authorEmail` is set (not null); false does not filter. */
  authorEmailNotNil?: boolean | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `fromStatus` equals the value. */
  fromStatus?: string | null | undefined;
  /** `fromStatus` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `fromStatusContainsFold` ignores case on both. */
  fromStatusContains?: string | null | undefined;
  /** `fromStatus` contains the value, ignoring case. */
  fromStatusContainsFold?: string | null | undefined;
  /** `fromStatus` equals the value, ignoring case. */
  fromStatusEqualFold?: string | null | undefined;
  /** `fromStatus` sorts after the value (byte order). */
  fromStatusGT?: string | null | undefined;
  /** `fromStatus` equals the value or sorts after it (byte order). */
  fromStatusGTE?: string | null | undefined;
  /** `fromStatus` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromStatusHasPrefix?: string | null | undefined;
  /** `fromStatus` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  fromStatusHasSuffix?: string | null | undefined;
  /** `fromStatus` is one of the values. */
  fromStatusIn?: Array<string> | null | undefined;
  /** true: only where `fromStatus` is null (not set); false does not filter. */
  fromStatusIsNil?: boolean | null | undefined;
  /** `fromStatus` sorts before the value (byte order). */
  fromStatusLT?: string | null | undefined;
  /** `fromStatus` equals the value or sorts before it (byte order). */
  fromStatusLTE?: string | null | undefined;
  /** `fromStatus` is not equal to the value. A null `fromStatus` does not match. */
  fromStatusNEQ?: string | null | undefined;
  /** `fromStatus` is none of the values. A null `fromStatus` does not match. */
  fromStatusNotIn?: Array<string> | null | undefined;
  /** true: only where `fromStatus` is set (not null); false does not filter. */
  fromStatusNotNil?: boolean | null | undefined;
  /** true: only InterventionEvents with a `actor`; false: only those without one. An User the caller may not see counts as none. */
  hasActor?: boolean | null | undefined;
  /** Only InterventionEvents whose `actor` matches at least one of these User filters. The filters see only the Users the caller may read; one the caller may not read at all is refused. */
  hasActorWith?: Array<UserWhereInput> | null | undefined;
  /** true: only InterventionEvents with a `intervention`; false: only those without one. An Intervention the caller may not see counts as none. */
  hasIntervention?: boolean | null | undefined;
  /** Only InterventionEvents whose `intervention` matches at least one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasInterventionWith?: Array<InterventionWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `interventionID` equals the value. */
  interventionID?: string | number | null | undefined;
  /** `interventionID` is one of the values. */
  interventionIDIn?: Array<string | number> | null | undefined;
  /** `interventionID` is not equal to the value. */
  interventionIDNEQ?: string | number | null | undefined;
  /** `interventionID` is none of the values. */
  interventionIDNotIn?: Array<string | number> | null | undefined;
  /** `kind` equals the value. */
  kind?: InterventionEventKind | null | undefined;
  /** `kind` is one of the values. */
  kindIn?: Array<InterventionEventKind> | null | undefined;
  /** `kind` is not equal to the value. */
  kindNEQ?: InterventionEventKind | null | undefined;
  /** `kind` is none of the values. */
  kindNotIn?: Array<InterventionEventKind> | null | undefined;
  /** Matches the InterventionEvents this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: InterventionEventWhereInput | null | undefined;
  /** `note` equals the value. */
  note?: string | null | undefined;
  /** `note` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `noteContainsFold` ignores case on both. */
  noteContains?: string | null | undefined;
  /** `note` contains the value, ignoring case. */
  noteContainsFold?: string | null | undefined;
  /** `note` equals the value, ignoring case. */
  noteEqualFold?: string | null | undefined;
  /** `note` sorts after the value (byte order). */
  noteGT?: string | null | undefined;
  /** `note` equals the value or sorts after it (byte order). */
  noteGTE?: string | null | undefined;
  /** `note` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteHasPrefix?: string | null | undefined;
  /** `note` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  noteHasSuffix?: string | null | undefined;
  /** `note` is one of the values. */
  noteIn?: Array<string> | null | undefined;
  /** true: only where `note` is null (not set); false does not filter. */
  noteIsNil?: boolean | null | undefined;
  /** `note` sorts before the value (byte order). */
  noteLT?: string | null | undefined;
  /** `note` equals the value or sorts before it (byte order). */
  noteLTE?: string | null | undefined;
  /** `note` is not equal to the value. A null `note` does not match. */
  noteNEQ?: string | null | undefined;
  /** `note` is none of the values. A null `note` does not match. */
  noteNotIn?: Array<string> | null | undefined;
  /** true: only where `note` is set (not null); false does not filter. */
  noteNotNil?: boolean | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<InterventionEventWhereInput> | null | undefined;
  /** `public` equals the value. */
  public?: boolean | null | undefined;
  /** `public` is not equal to the value. */
  publicNEQ?: boolean | null | undefined;
  /** `toStatus` equals the value. */
  toStatus?: string | null | undefined;
  /** `toStatus` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `toStatusContainsFold` ignores case on both. */
  toStatusContains?: string | null | undefined;
  /** `toStatus` contains the value, ignoring case. */
  toStatusContainsFold?: string | null | undefined;
  /** `toStatus` equals the value, ignoring case. */
  toStatusEqualFold?: string | null | undefined;
  /** `toStatus` sorts after the value (byte order). */
  toStatusGT?: string | null | undefined;
  /** `toStatus` equals the value or sorts after it (byte order). */
  toStatusGTE?: string | null | undefined;
  /** `toStatus` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  toStatusHasPrefix?: string | null | undefined;
  /** `toStatus` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  toStatusHasSuffix?: string | null | undefined;
  /** `toStatus` is one of the values. */
  toStatusIn?: Array<string> | null | undefined;
  /** true: only where `toStatus` is null (not set); false does not filter. */
  toStatusIsNil?: boolean | null | undefined;
  /** `toStatus` sorts before the value (byte order). */
  toStatusLT?: string | null | undefined;
  /** `toStatus` equals the value or sorts before it (byte order). */
  toStatusLTE?: string | null | undefined;
  /** `toStatus` is not equal to the value. A null `toStatus` does not match. */
  toStatusNEQ?: string | null | undefined;
  /** `toStatus` is none of the values. A null `toStatus` does not match. */
  toStatusNotIn?: Array<string> | null | undefined;
  /** true: only where `toStatus` is set (not null); false does not filter. */
  toStatusNotNil?: boolean | null | undefined;
};

/** Ordering options for Intervention connections */
export type InterventionOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Interventions. */
  field: InterventionOrderField;
};

/** What Intervention connections can be ordered by (with `direction` in `InterventionOrder`). */
export type InterventionOrderField =
  /** Orders by `createdAt`. */
  | 'CREATED_AT'
  /** Orders by `reference`. */
  | 'REFERENCE'
  /** Orders by the `position` of the `status`. */
  | 'STATUS_POSITION'
  /** Orders by `updatedAt`. */
  | 'UPDATED_AT';

/** Where the report came from. */
export type InterventionOrigin =
  /** Reported by the SNMP agent that acts for printers without the app. */
  | 'AGENT'
  /** Opened by a partner's system with createIntervention. */
  | 'API'
  /** Reported through the Panic Button app on the printer (submitPanicReport). */
  | 'APP'
  /** Reported on the kiosk pages in the printer's browser. */
  | 'KIOSK'
  /** Opened by the server's SNMP poller when a printer raised a configured alert. */
  | 'SNMP_ALERT';

/** What the status means, whatever its name: open, in progress or closed. */
export type InterventionStatusCategory =
  /** Done: entering it sets the intervention's closedAt. */
  | 'CLOSED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Reported, not worked on yet. */
  | 'OPEN';

/** Filters InterventionStatusSlice: an InterventionStatus matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type InterventionStatusWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<InterventionStatusWhereInput> | null | undefined;
  /** `category` equals the value. */
  category?: InterventionStatusCategory | null | undefined;
  /** `category` is one of the values. */
  categoryIn?: Array<InterventionStatusCategory> | null | undefined;
  /** `category` is not equal to the value. */
  categoryNEQ?: InterventionStatusCategory | null | undefined;
  /** `category` is none of the values. */
  categoryNotIn?: Array<InterventionStatusCategory> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `isInitial` equals the value. */
  isInitial?: boolean | null | undefined;
  /** `isInitial` is not equal to the value. */
  isInitialNEQ?: boolean | null | undefined;
  /** `name` equals the value. */
  name?: string | null | undefined;
  /** `name` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `nameContainsFold` ignores case on both. */
  nameContains?: string | null | undefined;
  /** `name` contains the value, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals the value, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after the value (byte order). */
  nameGT?: string | null | undefined;
  /** `name` equals the value or sorts after it (byte order). */
  nameGTE?: string | null | undefined;
  /** `name` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of the values. */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before the value (byte order). */
  nameLT?: string | null | undefined;
  /** `name` equals the value or sorts before it (byte order). */
  nameLTE?: string | null | undefined;
  /** `name` is not equal to the value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of the values. */
  nameNotIn?: Array<string> | null | undefined;
  /** Matches the InterventionStatusSlice this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: InterventionStatusWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<InterventionStatusWhereInput> | null | undefined;
  /** `position` equals the value. */
  position?: number | null | undefined;
  /** `position` is greater than the value. */
  positionGT?: number | null | undefined;
  /** `position` is greater than or equal to the value. */
  positionGTE?: number | null | undefined;
  /** `position` is one of the values. */
  positionIn?: Array<number> | null | undefined;
  /** `position` is less than the value. */
  positionLT?: number | null | undefined;
  /** `position` is less than or equal to the value. */
  positionLTE?: number | null | undefined;
  /** `position` is not equal to the value. */
  positionNEQ?: number | null | undefined;
  /** `position` is none of the values. */
  positionNotIn?: Array<number> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Filters Interventions: an Intervention matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type InterventionWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<InterventionWhereInput> | null | undefined;
  /** `closedAt` equals the value. */
  closedAt?: string | null | undefined;
  /** `closedAt` is after the value. */
  closedAtGT?: string | null | undefined;
  /** `closedAt` is at or after the value. */
  closedAtGTE?: string | null | undefined;
  /** `closedAt` is one of the values. */
  closedAtIn?: Array<string> | null | undefined;
  /** true: only where `closedAt` is null (not set); false does not filter. */
  closedAtIsNil?: boolean | null | undefined;
  /** `closedAt` is before the value. */
  closedAtLT?: string | null | undefined;
  /** `closedAt` is at or before the value. */
  closedAtLTE?: string | null | undefined;
  /** `closedAt` is not equal to the value. A null `closedAt` does not match. */
  closedAtNEQ?: string | null | undefined;
  /** `closedAt` is none of the values. A null `closedAt` does not match. */
  closedAtNotIn?: Array<string> | null | undefined;
  /** true: only where `closedAt` is set (not null); false does not filter. */
  closedAtNotNil?: boolean | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `externalRef` equals the value. */
  externalRef?: string | null | undefined;
  /** `externalRef` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `externalRefContainsFold` ignores case on both. */
  externalRefContains?: string | null | undefined;
  /** `externalRef` contains the value, ignoring case. */
  externalRefContainsFold?: string | null | undefined;
  /** `externalRef` equals the value, ignoring case. */
  externalRefEqualFold?: string | null | undefined;
  /** `externalRef` sorts after the value (byte order). */
  externalRefGT?: string | null | undefined;
  /** `externalRef` equals the value or sorts after it (byte order). */
  externalRefGTE?: string | null | undefined;
  /** `externalRef` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  externalRefHasPrefix?: string | null | undefined;
  /** `externalRef` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  externalRefHasSuffix?: string | null | undefined;
  /** `externalRef` is one of the values. */
  externalRefIn?: Array<string> | null | undefined;
  /** true: only where `externalRef` is null (not set); false does not filter. */
  externalRefIsNil?: boolean | null | undefined;
  /** `externalRef` sorts before the value (byte order). */
  externalRefLT?: string | null | undefined;
  /** `externalRef` equals the value or sorts before it (byte order). */
  externalRefLTE?: string | null | undefined;
  /** `externalRef` is not equal to the value. A null `externalRef` does not match. */
  externalRefNEQ?: string | null | undefined;
  /** `externalRef` is none of the values. A null `externalRef` does not match. */
  externalRefNotIn?: Array<string> | null | undefined;
  /** true: only where `externalRef` is set (not null); false does not filter. */
  externalRefNotNil?: boolean | null | undefined;
  /** true: only Interventions with at least one of `causes`; false: only those with none. Causes the caller may not see count as none. */
  hasCauses?: boolean | null | undefined;
  /** Only Interventions with at least one of `causes` matching one of these Cause filters. The filters see only the Causes the caller may read; one the caller may not read at all is refused. */
  hasCausesWith?: Array<CauseWhereInput> | null | undefined;
  /** true: only Interventions with at least one of `events`; false: only those with none. InterventionEvents the caller may not see count as none. */
  hasEvents?: boolean | null | undefined;
  /** Only Interventions with at least one of `events` matching one of these InterventionEvent filters. The filters see only the InterventionEvents the caller may read; one the caller may not read at all is refused. */
  hasEventsWith?: Array<InterventionEventWhereInput> | null | undefined;
  /** true: only Interventions with a `panicButton`; false: only those without one. A PanicButton the caller may not see counts as none. */
  hasPanicButton?: boolean | null | undefined;
  /** Only Interventions whose `panicButton` matches at least one of these PanicButton filters. The filters see only the PanicButtons the caller may read; one the caller may not read at all is refused. */
  hasPanicButtonWith?: Array<PanicButtonWhereInput> | null | undefined;
  /** true: only Interventions with a `printer`; false: only those without one. A Printer the caller may not see counts as none. */
  hasPrinter?: boolean | null | undefined;
  /** Only Interventions whose `printer` matches at least one of these Printer filters. The filters see only the Printers the caller may read; one the caller may not read at all is refused. */
  hasPrinterWith?: Array<PrinterWhereInput> | null | undefined;
  /** true: only Interventions with at least one of `related`; false: only those with none. Interventions the caller may not see count as none. */
  hasRelated?: boolean | null | undefined;
  /** true: only Interventions with a `relatedTo`; false: only those without one. An Intervention the caller may not see counts as none. */
  hasRelatedTo?: boolean | null | undefined;
  /** Only Interventions whose `relatedTo` matches at least one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasRelatedToWith?: Array<InterventionWhereInput> | null | undefined;
  /** Only Interventions with at least one of `related` matching one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasRelatedWith?: Array<InterventionWhereInput> | null | undefined;
  /** true: only Interventions with a `status`; false: only those without one. An InterventionStatus the caller may not see counts as none. */
  hasStatus?: boolean | null | undefined;
  /** Only Interventions whose `status` matches at least one of these InterventionStatus filters. The filters see only the InterventionStatusSlice the caller may read; one the caller may not read at all is refused. */
  hasStatusWith?: Array<InterventionStatusWhereInput> | null | undefined;
  /** true: only Interventions with at least one of `technicians`; false: only those with none. Users the caller may not see count as none. */
  hasTechnicians?: boolean | null | undefined;
  /** Only Interventions with at least one of `technicians` matching one of these User filters. The filters see only the Users the caller may read; one the caller may not read at all is refused. */
  hasTechniciansWith?: Array<UserWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `language` equals the value. */
  language?: string | null | undefined;
  /** `language` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `languageContainsFold` ignores case on both. */
  languageContains?: string | null | undefined;
  /** `language` contains the value, ignoring case. */
  languageContainsFold?: string | null | undefined;
  /** `language` equals the value, ignoring case. */
  languageEqualFold?: string | null | undefined;
  /** `language` sorts after the value (byte order). */
  languageGT?: string | null | undefined;
  /** `language` equals the value or sorts after it (byte order). */
  languageGTE?: string | null | undefined;
  /** `language` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasPrefix?: string | null | undefined;
  /** `language` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasSuffix?: string | null | undefined;
  /** `language` is one of the values. */
  languageIn?: Array<string> | null | undefined;
  /** `language` sorts before the value (byte order). */
  languageLT?: string | null | undefined;
  /** `language` equals the value or sorts before it (byte order). */
  languageLTE?: string | null | undefined;
  /** `language` is not equal to the value. */
  languageNEQ?: string | null | undefined;
  /** `language` is none of the values. */
  languageNotIn?: Array<string> | null | undefined;
  /** `message` equals the value. */
  message?: string | null | undefined;
  /** `message` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `messageContainsFold` ignores case on both. */
  messageContains?: string | null | undefined;
  /** `message` contains the value, ignoring case. */
  messageContainsFold?: string | null | undefined;
  /** `message` equals the value, ignoring case. */
  messageEqualFold?: string | null | undefined;
  /** `message` sorts after the value (byte order). */
  messageGT?: string | null | undefined;
  /** `message` equals the value or sorts after it (byte order). */
  messageGTE?: string | null | undefined;
  /** `message` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  messageHasPrefix?: string | null | undefined;
  /** `message` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  messageHasSuffix?: string | null | undefined;
  /** `message` is one of the values. */
  messageIn?: Array<string> | null | undefined;
  /** true: only where `message` is null (not set); false does not filter. */
  messageIsNil?: boolean | null | undefined;
  /** `message` sorts before the value (byte order). */
  messageLT?: string | null | undefined;
  /** `message` equals the value or sorts before it (byte order). */
  messageLTE?: string | null | undefined;
  /** `message` is not equal to the value. A null `message` does not match. */
  messageNEQ?: string | null | undefined;
  /** `message` is none of the values. A null `message` does not match. */
  messageNotIn?: Array<string> | null | undefined;
  /** true: only where `message` is set (not null); false does not filter. */
  messageNotNil?: boolean | null | undefined;
  /** Matches the Interventions this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: InterventionWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<InterventionWhereInput> | null | undefined;
  /** `origin` equals the value. */
  origin?: InterventionOrigin | null | undefined;
  /** `origin` is one of the values. */
  originIn?: Array<InterventionOrigin> | null | undefined;
  /** `origin` is not equal to the value. */
  originNEQ?: InterventionOrigin | null | undefined;
  /** `origin` is none of the values. */
  originNotIn?: Array<InterventionOrigin> | null | undefined;
  /** `panicButtonID` equals the value. */
  panicButtonID?: string | number | null | undefined;
  /** `panicButtonID` is one of the values. */
  panicButtonIDIn?: Array<string | number> | null | undefined;
  /** true: only where `panicButtonID` is null (not set); false does not filter. */
  panicButtonIDIsNil?: boolean | null | undefined;
  /** `panicButtonID` is not equal to the value. A null `panicButtonID` does not match. */
  panicButtonIDNEQ?: string | number | null | undefined;
  /** `panicButtonID` is none of the values. A null `panicButtonID` does not match. */
  panicButtonIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `panicButtonID` is set (not null); false does not filter. */
  panicButtonIDNotNil?: boolean | null | undefined;
  /** `printerID` equals the value. */
  printerID?: string | number | null | undefined;
  /** `printerID` is one of the values. */
  printerIDIn?: Array<string | number> | null | undefined;
  /** true: only where `printerID` is null (not set); false does not filter. */
  printerIDIsNil?: boolean | null | undefined;
  /** `printerID` is not equal to the value. A null `printerID` does not match. */
  printerIDNEQ?: string | number | null | undefined;
  /** `printerID` is none of the values. A null `printerID` does not match. */
  printerIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `printerID` is set (not null); false does not filter. */
  printerIDNotNil?: boolean | null | undefined;
  /** `reference` equals the value. */
  reference?: string | null | undefined;
  /** `reference` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `referenceContainsFold` ignores case on both. */
  referenceContains?: string | null | undefined;
  /** `reference` contains the value, ignoring case. */
  referenceContainsFold?: string | null | undefined;
  /** `reference` equals the value, ignoring case. */
  referenceEqualFold?: string | null | undefined;
  /** `reference` sorts after the value (byte order). */
  referenceGT?: string | null | undefined;
  /** `reference` equals the value or sorts after it (byte order). */
  referenceGTE?: string | null | undefined;
  /** `reference` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  referenceHasPrefix?: string | null | undefined;
  /** `reference` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  referenceHasSuffix?: string | null | undefined;
  /** `reference` is one of the values. */
  referenceIn?: Array<string> | null | undefined;
  /** `reference` sorts before the value (byte order). */
  referenceLT?: string | null | undefined;
  /** `reference` equals the value or sorts before it (byte order). */
  referenceLTE?: string | null | undefined;
  /** `reference` is not equal to the value. */
  referenceNEQ?: string | null | undefined;
  /** `reference` is none of the values. */
  referenceNotIn?: Array<string> | null | undefined;
  /** `relatedToID` equals the value. */
  relatedToID?: string | number | null | undefined;
  /** `relatedToID` is one of the values. */
  relatedToIDIn?: Array<string | number> | null | undefined;
  /** true: only where `relatedToID` is null (not set); false does not filter. */
  relatedToIDIsNil?: boolean | null | undefined;
  /** `relatedToID` is not equal to the value. A null `relatedToID` does not match. */
  relatedToIDNEQ?: string | number | null | undefined;
  /** `relatedToID` is none of the values. A null `relatedToID` does not match. */
  relatedToIDNotIn?: Array<string | number> | null | undefined;
  /** true: only where `relatedToID` is set (not null); false does not filter. */
  relatedToIDNotNil?: boolean | null | undefined;
  /** `reporterEmail` equals the value. */
  reporterEmail?: string | null | undefined;
  /** `reporterEmail` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `reporterEmailContainsFold` ignores case on both. */
  reporterEmailContains?: string | null | undefined;
  /** `reporterEmail` contains the value, ignoring case. */
  reporterEmailContainsFold?: string | null | undefined;
  /** `reporterEmail` equals the value, ignoring case. */
  reporterEmailEqualFold?: string | null | undefined;
  /** `reporterEmail` sorts after the value (byte order). */
  reporterEmailGT?: string | null | undefined;
  /** `reporterEmail` equals the value or sorts after it (byte order). */
  reporterEmailGTE?: string | null | undefined;
  /** `reporterEmail` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  reporterEmailHasPrefix?: string | null | undefined;
  /** `reporterEmail` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  reporterEmailHasSuffix?: string | null | undefined;
  /** `reporterEmail` is one of the values. */
  reporterEmailIn?: Array<string> | null | undefined;
  /** `reporterEmail` sorts before the value (byte order). */
  reporterEmailLT?: string | null | undefined;
  /** `reporterEmail` equals the value or sorts before it (byte order). */
  reporterEmailLTE?: string | null | undefined;
  /** `reporterEmail` is not equal to the value. */
  reporterEmailNEQ?: string | null | undefined;
  /** `reporterEmail` is none of the values. */
  reporterEmailNotIn?: Array<string> | null | undefined;
  /** `reporterPhone` equals the value. */
  reporterPhone?: string | null | undefined;
  /** `reporterPhone` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `reporterPhoneContainsFold` ignores case on both. */
  reporterPhoneContains?: string | null | undefined;
  /** `reporterPhone` contains the value, ignoring case. */
  reporterPhoneContainsFold?: string | null | undefined;
  /** `reporterPhone` equals the value, ignoring case. */
  reporterPhoneEqualFold?: string | null | undefined;
  /** `reporterPhone` sorts after the value (byte order). */
  reporterPhoneGT?: string | null | undefined;
  /** `reporterPhone` equals the value or sorts after it (byte order). */
  reporterPhoneGTE?: string | null | undefined;
  /** `reporterPhone` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  reporterPhoneHasPrefix?: string | null | undefined;
  /** `reporterPhone` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  reporterPhoneHasSuffix?: string | null | undefined;
  /** `reporterPhone` is one of the values. */
  reporterPhoneIn?: Array<string> | null | undefined;
  /** true: only where `reporterPhone` is null (not set); false does not filter. */
  reporterPhoneIsNil?: boolean | null | undefined;
  /** `reporterPhone` sorts before the value (byte order). */
  reporterPhoneLT?: string | null | undefined;
  /** `reporterPhone` equals the value or sorts before it (byte order). */
  reporterPhoneLTE?: string | null | undefined;
  /** `reporterPhone` is not equal to the value. A null `reporterPhone` does not match. */
  reporterPhoneNEQ?: string | null | undefined;
  /** `reporterPhone` is none of the values. A null `reporterPhone` does not match. */
  reporterPhoneNotIn?: Array<string> | null | undefined;
  /** true: only where `reporterPhone` is set (not null); false does not filter. */
  reporterPhoneNotNil?: boolean | null | undefined;
  /**
   * Text search: the interventions whose reference, reporter email or printer serial (as reported) contains this text,
   * case-insensitive; at least 3 and at most 100 characters. Answered from an index: fast at any size, where the
   * *ContainsFold filters scan every intervention.
   */
  search?: string | null | undefined;
  /** `statusID` equals the value. */
  statusID?: string | number | null | undefined;
  /** `statusID` is one of the values. */
  statusIDIn?: Array<string | number> | null | undefined;
  /** `statusID` is not equal to the value. */
  statusIDNEQ?: string | number | null | undefined;
  /** `statusID` is none of the values. */
  statusIDNotIn?: Array<string | number> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** One entry of a key/value setting (kiosk texts, colours). */
export type KeyValueInput = {
  /** The setting's key, e.g. a kiosk text key or a colour key (primary, background, text). */
  key: string;
  /** The setting's value; an empty value removes the key where the mutation says so. */
  value: string;
};

/** A text in one language. */
export type LocalizedTextInput = {
  /** The language: an ISO 639-1 code such as en, fr, it. */
  language: string;
  /** The text in that language; an empty value removes the language where the mutation says so. */
  value: string;
};

/** How lowSupplies sorts. */
export type LowSupplyOrder =
  /** soonest forecast (daysLeft) first; supplies without a forecast last */
  | 'DAYS_LEFT'
  /** lowest percent first */
  | 'LEVEL';

/** Where the reading came from. */
export type MeterReadingSource =
  /** Read by the SNMP agent on the customer's network. */
  | 'AGENT'
  /** Sent by the printer app when the Panic Button was opened (launch). */
  | 'LAUNCH'
  /** Taken with a report. */
  | 'REPORT'
  /** Read by the server's SNMP poller. */
  | 'SNMP_POLL';

/** Filters MeterReadings: a MeterReading matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type MeterReadingWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<MeterReadingWhereInput> | null | undefined;
  /** `black` equals the value. */
  black?: number | null | undefined;
  /** `black` is greater than the value. */
  blackGT?: number | null | undefined;
  /** `black` is greater than or equal to the value. */
  blackGTE?: number | null | undefined;
  /** `black` is one of the values. */
  blackIn?: Array<number> | null | undefined;
  /** true: only where `black` is null (not set); false does not filter. */
  blackIsNil?: boolean | null | undefined;
  /** `black` is less than the value. */
  blackLT?: number | null | undefined;
  /** `black` is less than or equal to the value. */
  blackLTE?: number | null | undefined;
  /** `black` is not equal to the value. A null `black` does not match. */
  blackNEQ?: number | null | undefined;
  /** `black` is none of the values. A null `black` does not match. */
  blackNotIn?: Array<number> | null | undefined;
  /** true: only where `black` is set (not null); false does not filter. */
  blackNotNil?: boolean | null | undefined;
  /** `color` equals the value. */
  color?: number | null | undefined;
  /** `color` is greater than the value. */
  colorGT?: number | null | undefined;
  /** `color` is greater than or equal to the value. */
  colorGTE?: number | null | undefined;
  /** `color` is one of the values. */
  colorIn?: Array<number> | null | undefined;
  /** true: only where `color` is null (not set); false does not filter. */
  colorIsNil?: boolean | null | undefined;
  /** `color` is less than the value. */
  colorLT?: number | null | undefined;
  /** `color` is less than or equal to the value. */
  colorLTE?: number | null | undefined;
  /** `color` is not equal to the value. A null `color` does not match. */
  colorNEQ?: number | null | undefined;
  /** `color` is none of the values. A null `color` does not match. */
  colorNotIn?: Array<number> | null | undefined;
  /** true: only where `color` is set (not null); false does not filter. */
  colorNotNil?: boolean | null | undefined;
  /** true: only MeterReadings with a `printer`; false: only those without one. A Printer the caller may not see counts as none. */
  hasPrinter?: boolean | null | undefined;
  /** Only MeterReadings whose `printer` matches at least one of these Printer filters. The filters see only the Printers the caller may read; one the caller may not read at all is refused. */
  hasPrinterWith?: Array<PrinterWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `jumpAccepted` equals the value. */
  jumpAccepted?: boolean | null | undefined;
  /** `jumpAccepted` is not equal to the value. */
  jumpAcceptedNEQ?: boolean | null | undefined;
  /** `large` equals the value. */
  large?: number | null | undefined;
  /** `large` is greater than the value. */
  largeGT?: number | null | undefined;
  /** `large` is greater than or equal to the value. */
  largeGTE?: number | null | undefined;
  /** `large` is one of the values. */
  largeIn?: Array<number> | null | undefined;
  /** true: only where `large` is null (not set); false does not filter. */
  largeIsNil?: boolean | null | undefined;
  /** `large` is less than the value. */
  largeLT?: number | null | undefined;
  /** `large` is less than or equal to the value. */
  largeLTE?: number | null | undefined;
  /** `large` is not equal to the value. A null `large` does not match. */
  largeNEQ?: number | null | undefined;
  /** `large` is none of the values. A null `large` does not match. */
  largeNotIn?: Array<number> | null | undefined;
  /** true: only where `large` is set (not null); false does not filter. */
  largeNotNil?: boolean | null | undefined;
  /** Matches the MeterReadings this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: MeterReadingWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<MeterReadingWhereInput> | null | undefined;
  /** `printerID` equals the value. */
  printerID?: string | number | null | undefined;
  /** `printerID` is one of the values. */
  printerIDIn?: Array<string | number> | null | undefined;
  /** `printerID` is not equal to the value. */
  printerIDNEQ?: string | number | null | undefined;
  /** `printerID` is none of the values. */
  printerIDNotIn?: Array<string | number> | null | undefined;
  /** `readAt` equals the value. */
  readAt?: string | null | undefined;
  /** `readAt` is after the value. */
  readAtGT?: string | null | undefined;
  /** `readAt` is at or after the value. */
  readAtGTE?: string | null | undefined;
  /** `readAt` is one of the values. */
  readAtIn?: Array<string> | null | undefined;
  /** `readAt` is before the value. */
  readAtLT?: string | null | undefined;
  /** `readAt` is at or before the value. */
  readAtLTE?: string | null | undefined;
  /** `readAt` is not equal to the value. */
  readAtNEQ?: string | null | undefined;
  /** `readAt` is none of the values. */
  readAtNotIn?: Array<string> | null | undefined;
  /** `source` equals the value. */
  source?: MeterReadingSource | null | undefined;
  /** `source` is one of the values. */
  sourceIn?: Array<MeterReadingSource> | null | undefined;
  /** `source` is not equal to the value. */
  sourceNEQ?: MeterReadingSource | null | undefined;
  /** `source` is none of the values. */
  sourceNotIn?: Array<MeterReadingSource> | null | undefined;
  /** `total` equals the value. */
  total?: number | null | undefined;
  /** `total` is greater than the value. */
  totalGT?: number | null | undefined;
  /** `total` is greater than or equal to the value. */
  totalGTE?: number | null | undefined;
  /** `total` is one of the values. */
  totalIn?: Array<number> | null | undefined;
  /** true: only where `total` is null (not set); false does not filter. */
  totalIsNil?: boolean | null | undefined;
  /** `total` is less than the value. */
  totalLT?: number | null | undefined;
  /** `total` is less than or equal to the value. */
  totalLTE?: number | null | undefined;
  /** `total` is not equal to the value. A null `total` does not match. */
  totalNEQ?: number | null | undefined;
  /** `total` is none of the values. A null `total` does not match. */
  totalNotIn?: Array<number> | null | undefined;
  /** true: only where `total` is set (not null); false does not filter. */
  totalNotNil?: boolean | null | undefined;
};

/** A new organization (createOrganization). */
export type NewOrganizationInput = {
  /** When set, this person is invited as the organization's first admin. */
  adminEmail?: string | null | undefined;
  /** The first admin's name (with adminEmail). */
  adminName?: string | null | undefined;
  /** The default customer contact emailed on status changes; null for none. */
  customerContactEmail?: string | null | undefined;
  /** The language used when none is chosen, e.g. en (default: en). */
  defaultLanguage?: string | null | undefined;
  /** The organization's name (1 to 200 characters). */
  name: string;
  /** Name of the first panic button (default: the organization's name). */
  panicButtonName?: string | null | undefined;
  /** Unique, lower-case letters, digits and dashes. */
  slug: string;
  /** The IANA time zone of dates in emails, e.g. Europe/Paris (default: UTC). */
  timezone?: string | null | undefined;
};

/** Why the user is notified. */
export type NotificationKind =
  /** An intervention was assigned to the recipient. */
  | 'ASSIGNED'
  /** An intervention was opened in a trigger status. */
  | 'CREATED'
  /** The reporter answered that a closed intervention is not fixed. */
  | 'NOT_FIXED'
  /** A silent printer was seen again. */
  | 'PRINTER_BACK'
  /** A printer has not been seen for PRINTER_SILENT_AFTER. */
  | 'PRINTER_SILENT'
  /** The reporter added a note (a reply by email). */
  | 'REPORTER_NOTE'
  /** An intervention entered a trigger status. */
  | 'STATUS_CHANGED'
  /** A supply fell below a low-supply rule's threshold. */
  | 'SUPPLY_LOW'
  /** A webhook endpoint of the organization was turned off after failing. */
  | 'WEBHOOK_DISABLED';

/** The whole of an organization's notification rules: every field is replaced. */
export type NotificationSettingsInput = {
  /** Email the organization's active admins. */
  emailAdmins: boolean;
  /** Email the customer: the reporter and the printer's customer contact, if set. */
  emailCustomer: boolean;
  /** Email the intervention's assigned technicians. */
  emailTechnicians: boolean;
  /** Push a bell notification to the organization's admins. */
  pushAdmins: boolean;
  /** Push a bell notification to the assigned technicians. */
  pushTechnicians: boolean;
  /** a reporter's "not fixed" moves a closed intervention back to the initial status (null: unchanged) */
  reopenOnNotFixed?: boolean | null | undefined;
  /** statuses whose entry notifies (from any other status, or by creation in it) */
  triggerStatusIds: Array<string | number>;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/** Changes to a panic button: only the fields given change. */
export type PanicButtonInput = {
  /** false: the printer code no longer registers printers (those already registered keep reporting). */
  active?: boolean | null | undefined;
  /** The language used when a report asks for one that is not enabled; one of languages. */
  defaultLanguage?: string | null | undefined;
  /** OID1..OID4 */
  errorOids?: Array<string> | null | undefined;
  /** The enabled languages (ISO 639-1 codes, e.g. en, fr, it). */
  languages?: Array<string> | null | undefined;
  /** The panic button's name (1 to 200 characters). */
  name?: string | null | undefined;
};

/** Filters PanicButtons: a PanicButton matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type PanicButtonWhereInput = {
  /** `active` equals the value. */
  active?: boolean | null | undefined;
  /** `active` is not equal to the value. */
  activeNEQ?: boolean | null | undefined;
  /** Matches when every filter of the list matches. */
  and?: Array<PanicButtonWhereInput> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `defaultLanguage` equals the value. */
  defaultLanguage?: string | null | undefined;
  /** `defaultLanguage` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `defaultLanguageContainsFold` ignores case on both. */
  defaultLanguageContains?: string | null | undefined;
  /** `defaultLanguage` contains the value, ignoring case. */
  defaultLanguageContainsFold?: string | null | undefined;
  /** `defaultLanguage` equals the value, ignoring case. */
  defaultLanguageEqualFold?: string | null | undefined;
  /** `defaultLanguage` sorts after the value (byte order). */
  defaultLanguageGT?: string | null | undefined;
  /** `defaultLanguage` equals the value or sorts after it (byte order). */
  defaultLanguageGTE?: string | null | undefined;
  /** `defaultLanguage` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  defaultLanguageHasPrefix?: string | null | undefined;
  /** `defaultLanguage` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  defaultLanguageHasSuffix?: string | null | undefined;
  /** `defaultLanguage` is one of the values. */
  defaultLanguageIn?: Array<string> | null | undefined;
  /** `defaultLanguage` sorts before the value (byte order). */
  defaultLanguageLT?: string | null | undefined;
  /** `defaultLanguage` equals the value or sorts before it (byte order). */
  defaultLanguageLTE?: string | null | undefined;
  /** `defaultLanguage` is not equal to the value. */
  defaultLanguageNEQ?: string | null | undefined;
  /** `defaultLanguage` is none of the values. */
  defaultLanguageNotIn?: Array<string> | null | undefined;
  /** true: only PanicButtons with at least one of `causes`; false: only those with none. Causes the caller may not see count as none. */
  hasCauses?: boolean | null | undefined;
  /** Only PanicButtons with at least one of `causes` matching one of these Cause filters. The filters see only the Causes the caller may read; one the caller may not read at all is refused. */
  hasCausesWith?: Array<CauseWhereInput> | null | undefined;
  /** true: only PanicButtons with at least one of `emailTemplates`; false: only those with none. EmailTemplates the caller may not see count as none. */
  hasEmailTemplates?: boolean | null | undefined;
  /** Only PanicButtons with at least one of `emailTemplates` matching one of these EmailTemplate filters. The filters see only the EmailTemplates the caller may read; one the caller may not read at all is refused. */
  hasEmailTemplatesWith?: Array<EmailTemplateWhereInput> | null | undefined;
  /** true: only PanicButtons with at least one of `printers`; false: only those with none. Printers the caller may not see count as none. */
  hasPrinters?: boolean | null | undefined;
  /** Only PanicButtons with at least one of `printers` matching one of these Printer filters. The filters see only the Printers the caller may read; one the caller may not read at all is refused. */
  hasPrintersWith?: Array<PrinterWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `name` equals the value. */
  name?: string | null | undefined;
  /** `name` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `nameContainsFold` ignores case on both. */
  nameContains?: string | null | undefined;
  /** `name` contains the value, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals the value, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after the value (byte order). */
  nameGT?: string | null | undefined;
  /** `name` equals the value or sorts after it (byte order). */
  nameGTE?: string | null | undefined;
  /** `name` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of the values. */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before the value (byte order). */
  nameLT?: string | null | undefined;
  /** `name` equals the value or sorts before it (byte order). */
  nameLTE?: string | null | undefined;
  /** `name` is not equal to the value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of the values. */
  nameNotIn?: Array<string> | null | undefined;
  /** Matches the PanicButtons this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: PanicButtonWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<PanicButtonWhereInput> | null | undefined;
  /** `printerCodeRotatedAt` equals the value. */
  printerCodeRotatedAt?: string | null | undefined;
  /** `printerCodeRotatedAt` is after the value. */
  printerCodeRotatedAtGT?: string | null | undefined;
  /** `printerCodeRotatedAt` is at or after the value. */
  printerCodeRotatedAtGTE?: string | null | undefined;
  /** `printerCodeRotatedAt` is one of the values. */
  printerCodeRotatedAtIn?: Array<string> | null | undefined;
  /** true: only where `printerCodeRotatedAt` is null (not set); false does not filter. */
  printerCodeRotatedAtIsNil?: boolean | null | undefined;
  /** `printerCodeRotatedAt` is before the value. */
  printerCodeRotatedAtLT?: string | null | undefined;
  /** `printerCodeRotatedAt` is at or before the value. */
  printerCodeRotatedAtLTE?: string | null | undefined;
  /** `printerCodeRotatedAt` is not equal to the value. A null `printerCodeRotatedAt` does not match. */
  printerCodeRotatedAtNEQ?: string | null | undefined;
  /** `printerCodeRotatedAt` is none of the values. A null `printerCodeRotatedAt` does not match. */
  printerCodeRotatedAtNotIn?: Array<string> | null | undefined;
  /** true: only where `printerCodeRotatedAt` is set (not null); false does not filter. */
  printerCodeRotatedAtNotNil?: boolean | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Changes to a printer: only the fields given change. */
export type PrinterInput = {
  /** The customer contact emailed on status changes of its interventions; empty for the organization's default. */
  customerContactEmail?: string | null | undefined;
  /** Where the printer is (at most 200 characters). */
  location?: string | null | undefined;
  /** The printer's name (at most 200 characters). */
  name?: string | null | undefined;
  /** write-only */
  snmpCommunity?: string | null | undefined;
  /** Whether the server polls the printer over SNMP. */
  snmpEnabled?: boolean | null | undefined;
  /** The vendor counter profile to force; empty to detect it from the printer. */
  snmpProfile?: string | null | undefined;
  /** write-only: SNMPv3 USM credentials */
  snmpV3?: SnmPv3Input | null | undefined;
  /** The SNMP version the poller uses. */
  snmpVersion?: PrinterSnmpVersion | null | undefined;
};

/** The SNMP version the poller uses. */
export type PrinterSnmpVersion =
  /** SNMP v1 (community). */
  | 'V1'
  /** SNMP v2c (community). */
  | 'V2C'
  /** SNMP v3 (user-based security). */
  | 'V3';

/** Filters Printers: a Printer matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type PrinterWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<PrinterWhereInput> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `customerContactEmail` equals the value. */
  customerContactEmail?: string | null | undefined;
  /** `customerContactEmail` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `customerContactEmailContainsFold` ignores case on both. */
  customerContactEmailContains?: string | null | undefined;
  /** `customerContactEmail` contains the value, ignoring case. */
  customerContactEmailContainsFold?: string | null | undefined;
  /** `customerContactEmail` equals the value, ignoring case. */
  customerContactEmailEqualFold?: string | null | undefined;
  /** `customerContactEmail` sorts after the value (byte order). */
  customerContactEmailGT?: string | null | undefined;
  /** `customerContactEmail` equals the value or sorts after it (byte order). */
  customerContactEmailGTE?: string | null | undefined;
  /** `customerContactEmail` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  customerContactEmailHasPrefix?: string | null | undefined;
  /** `customerContactEmail` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  customerContactEmailHasSuffix?: string | null | undefined;
  /** `customerContactEmail` is one of the values. */
  customerContactEmailIn?: Array<string> | null | undefined;
  /** true: only where `customerContactEmail` is null (not set); false does not filter. */
  customerContactEmailIsNil?: boolean | null | undefined;
  /** `customerContactEmail` sorts before the value (byte order). */
  customerContactEmailLT?: string | null | undefined;
  /** `customerContactEmail` equals the value or sorts before it (byte order). */
  customerContactEmailLTE?: string | null | undefined;
  /** `customerContactEmail` is not equal to the value. A null `customerContactEmail` does not match. */
  customerContactEmailNEQ?: string | null | undefined;
  /** `customerContactEmail` is none of the values. A null `customerContactEmail` does not match. */
  customerContactEmailNotIn?: Array<string> | null | undefined;
  /** true: only where `customerContactEmail` is set (not null); false does not filter. */
  customerContactEmailNotNil?: boolean | null | undefined;
  /** true: only Printers with at least one of `interventions`; false: only those with none. Interventions the caller may not see count as none. */
  hasInterventions?: boolean | null | undefined;
  /** Only Printers with at least one of `interventions` matching one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasInterventionsWith?: Array<InterventionWhereInput> | null | undefined;
  /** true: only Printers with at least one of `meterReadings`; false: only those with none. MeterReadings the caller may not see count as none. */
  hasMeterReadings?: boolean | null | undefined;
  /** Only Printers with at least one of `meterReadings` matching one of these MeterReading filters. The filters see only the MeterReadings the caller may read; one the caller may not read at all is refused. */
  hasMeterReadingsWith?: Array<MeterReadingWhereInput> | null | undefined;
  /** true: only Printers with a `panicButton`; false: only those without one. A PanicButton the caller may not see counts as none. */
  hasPanicButton?: boolean | null | undefined;
  /** Only Printers whose `panicButton` matches at least one of these PanicButton filters. The filters see only the PanicButtons the caller may read; one the caller may not read at all is refused. */
  hasPanicButtonWith?: Array<PanicButtonWhereInput> | null | undefined;
  /** true: only Printers with at least one of `supplies`; false: only those with none. Supplies the caller may not see count as none. */
  hasSupplies?: boolean | null | undefined;
  /** Only Printers with at least one of `supplies` matching one of these Supply filters. The filters see only the Supplies the caller may read; one the caller may not read at all is refused. */
  hasSuppliesWith?: Array<SupplyWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `ip` equals the value. */
  ip?: string | null | undefined;
  /** `ip` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `ipContainsFold` ignores case on both. */
  ipContains?: string | null | undefined;
  /** `ip` contains the value, ignoring case. */
  ipContainsFold?: string | null | undefined;
  /** `ip` equals the value, ignoring case. */
  ipEqualFold?: string | null | undefined;
  /** `ip` sorts after the value (byte order). */
  ipGT?: string | null | undefined;
  /** `ip` equals the value or sorts after it (byte order). */
  ipGTE?: string | null | undefined;
  /** `ip` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  ipHasPrefix?: string | null | undefined;
  /** `ip` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  ipHasSuffix?: string | null | undefined;
  /** `ip` is one of the values. */
  ipIn?: Array<string> | null | undefined;
  /** true: only where `ip` is null (not set); false does not filter. */
  ipIsNil?: boolean | null | undefined;
  /** `ip` sorts before the value (byte order). */
  ipLT?: string | null | undefined;
  /** `ip` equals the value or sorts before it (byte order). */
  ipLTE?: string | null | undefined;
  /** `ip` is not equal to the value. A null `ip` does not match. */
  ipNEQ?: string | null | undefined;
  /** `ip` is none of the values. A null `ip` does not match. */
  ipNotIn?: Array<string> | null | undefined;
  /** true: only where `ip` is set (not null); false does not filter. */
  ipNotNil?: boolean | null | undefined;
  /** `lastBlack` equals the value. */
  lastBlack?: number | null | undefined;
  /** `lastBlack` is greater than the value. */
  lastBlackGT?: number | null | undefined;
  /** `lastBlack` is greater than or equal to the value. */
  lastBlackGTE?: number | null | undefined;
  /** `lastBlack` is one of the values. */
  lastBlackIn?: Array<number> | null | undefined;
  /** true: only where `lastBlack` is null (not set); false does not filter. */
  lastBlackIsNil?: boolean | null | undefined;
  /** `lastBlack` is less than the value. */
  lastBlackLT?: number | null | undefined;
  /** `lastBlack` is less than or equal to the value. */
  lastBlackLTE?: number | null | undefined;
  /** `lastBlack` is not equal to the value. A null `lastBlack` does not match. */
  lastBlackNEQ?: number | null | undefined;
  /** `lastBlack` is none of the values. A null `lastBlack` does not match. */
  lastBlackNotIn?: Array<number> | null | undefined;
  /** true: only where `lastBlack` is set (not null); false does not filter. */
  lastBlackNotNil?: boolean | null | undefined;
  /** `lastColor` equals the value. */
  lastColor?: number | null | undefined;
  /** `lastColor` is greater than the value. */
  lastColorGT?: number | null | undefined;
  /** `lastColor` is greater than or equal to the value. */
  lastColorGTE?: number | null | undefined;
  /** `lastColor` is one of the values. */
  lastColorIn?: Array<number> | null | undefined;
  /** true: only where `lastColor` is null (not set); false does not filter. */
  lastColorIsNil?: boolean | null | undefined;
  /** `lastColor` is less than the value. */
  lastColorLT?: number | null | undefined;
  /** `lastColor` is less than or equal to the value. */
  lastColorLTE?: number | null | undefined;
  /** `lastColor` is not equal to the value. A null `lastColor` does not match. */
  lastColorNEQ?: number | null | undefined;
  /** `lastColor` is none of the values. A null `lastColor` does not match. */
  lastColorNotIn?: Array<number> | null | undefined;
  /** true: only where `lastColor` is set (not null); false does not filter. */
  lastColorNotNil?: boolean | null | undefined;
  /** `lastLarge` equals the value. */
  lastLarge?: number | null | undefined;
  /** `lastLarge` is greater than the value. */
  lastLargeGT?: number | null | undefined;
  /** `lastLarge` is greater than or equal to the value. */
  lastLargeGTE?: number | null | undefined;
  /** `lastLarge` is one of the values. */
  lastLargeIn?: Array<number> | null | undefined;
  /** true: only where `lastLarge` is null (not set); false does not filter. */
  lastLargeIsNil?: boolean | null | undefined;
  /** `lastLarge` is less than the value. */
  lastLargeLT?: number | null | undefined;
  /** `lastLarge` is less than or equal to the value. */
  lastLargeLTE?: number | null | undefined;
  /** `lastLarge` is not equal to the value. A null `lastLarge` does not match. */
  lastLargeNEQ?: number | null | undefined;
  /** `lastLarge` is none of the values. A null `lastLarge` does not match. */
  lastLargeNotIn?: Array<number> | null | undefined;
  /** true: only where `lastLarge` is set (not null); false does not filter. */
  lastLargeNotNil?: boolean | null | undefined;
  /** `lastPolledAt` equals the value. */
  lastPolledAt?: string | null | undefined;
  /** `lastPolledAt` is after the value. */
  lastPolledAtGT?: string | null | undefined;
  /** `lastPolledAt` is at or after the value. */
  lastPolledAtGTE?: string | null | undefined;
  /** `lastPolledAt` is one of the values. */
  lastPolledAtIn?: Array<string> | null | undefined;
  /** true: only where `lastPolledAt` is null (not set); false does not filter. */
  lastPolledAtIsNil?: boolean | null | undefined;
  /** `lastPolledAt` is before the value. */
  lastPolledAtLT?: string | null | undefined;
  /** `lastPolledAt` is at or before the value. */
  lastPolledAtLTE?: string | null | undefined;
  /** `lastPolledAt` is not equal to the value. A null `lastPolledAt` does not match. */
  lastPolledAtNEQ?: string | null | undefined;
  /** `lastPolledAt` is none of the values. A null `lastPolledAt` does not match. */
  lastPolledAtNotIn?: Array<string> | null | undefined;
  /** true: only where `lastPolledAt` is set (not null); false does not filter. */
  lastPolledAtNotNil?: boolean | null | undefined;
  /** `lastSeenAt` equals the value. */
  lastSeenAt?: string | null | undefined;
  /** `lastSeenAt` is after the value. */
  lastSeenAtGT?: string | null | undefined;
  /** `lastSeenAt` is at or after the value. */
  lastSeenAtGTE?: string | null | undefined;
  /** `lastSeenAt` is one of the values. */
  lastSeenAtIn?: Array<string> | null | undefined;
  /** true: only where `lastSeenAt` is null (not set); false does not filter. */
  lastSeenAtIsNil?: boolean | null | undefined;
  /** `lastSeenAt` is before the value. */
  lastSeenAtLT?: string | null | undefined;
  /** `lastSeenAt` is at or before the value. */
  lastSeenAtLTE?: string | null | undefined;
  /** `lastSeenAt` is not equal to the value. A null `lastSeenAt` does not match. */
  lastSeenAtNEQ?: string | null | undefined;
  /** `lastSeenAt` is none of the values. A null `lastSeenAt` does not match. */
  lastSeenAtNotIn?: Array<string> | null | undefined;
  /** true: only where `lastSeenAt` is set (not null); false does not filter. */
  lastSeenAtNotNil?: boolean | null | undefined;
  /** `lastTotal` equals the value. */
  lastTotal?: number | null | undefined;
  /** `lastTotal` is greater than the value. */
  lastTotalGT?: number | null | undefined;
  /** `lastTotal` is greater than or equal to the value. */
  lastTotalGTE?: number | null | undefined;
  /** `lastTotal` is one of the values. */
  lastTotalIn?: Array<number> | null | undefined;
  /** true: only where `lastTotal` is null (not set); false does not filter. */
  lastTotalIsNil?: boolean | null | undefined;
  /** `lastTotal` is less than the value. */
  lastTotalLT?: number | null | undefined;
  /** `lastTotal` is less than or equal to the value. */
  lastTotalLTE?: number | null | undefined;
  /** `lastTotal` is not equal to the value. A null `lastTotal` does not match. */
  lastTotalNEQ?: number | null | undefined;
  /** `lastTotal` is none of the values. A null `lastTotal` does not match. */
  lastTotalNotIn?: Array<number> | null | undefined;
  /** true: only where `lastTotal` is set (not null); false does not filter. */
  lastTotalNotNil?: boolean | null | undefined;
  /** `location` equals the value. */
  location?: string | null | undefined;
  /** `location` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `locationContainsFold` ignores case on both. */
  locationContains?: string | null | undefined;
  /** `location` contains the value, ignoring case. */
  locationContainsFold?: string | null | undefined;
  /** `location` equals the value, ignoring case. */
  locationEqualFold?: string | null | undefined;
  /** `location` sorts after the value (byte order). */
  locationGT?: string | null | undefined;
  /** `location` equals the value or sorts after it (byte order). */
  locationGTE?: string | null | undefined;
  /** `location` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  locationHasPrefix?: string | null | undefined;
  /** `location` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  locationHasSuffix?: string | null | undefined;
  /** `location` is one of the values. */
  locationIn?: Array<string> | null | undefined;
  /** true: only where `location` is null (not set); false does not filter. */
  locationIsNil?: boolean | null | undefined;
  /** `location` sorts before the value (byte order). */
  locationLT?: string | null | undefined;
  /** `location` equals the value or sorts before it (byte order). */
  locationLTE?: string | null | undefined;
  /** `location` is not equal to the value. A null `location` does not match. */
  locationNEQ?: string | null | undefined;
  /** `location` is none of the values. A null `location` does not match. */
  locationNotIn?: Array<string> | null | undefined;
  /** true: only where `location` is set (not null); false does not filter. */
  locationNotNil?: boolean | null | undefined;
  /** `model` equals the value. */
  model?: string | null | undefined;
  /** `model` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `modelContainsFold` ignores case on both. */
  modelContains?: string | null | undefined;
  /** `model` contains the value, ignoring case. */
  modelContainsFold?: string | null | undefined;
  /** `model` equals the value, ignoring case. */
  modelEqualFold?: string | null | undefined;
  /** `model` sorts after the value (byte order). */
  modelGT?: string | null | undefined;
  /** `model` equals the value or sorts after it (byte order). */
  modelGTE?: string | null | undefined;
  /** `model` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  modelHasPrefix?: string | null | undefined;
  /** `model` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  modelHasSuffix?: string | null | undefined;
  /** `model` is one of the values. */
  modelIn?: Array<string> | null | undefined;
  /** true: only where `model` is null (not set); false does not filter. */
  modelIsNil?: boolean | null | undefined;
  /** `model` sorts before the value (byte order). */
  modelLT?: string | null | undefined;
  /** `model` equals the value or sorts before it (byte order). */
  modelLTE?: string | null | undefined;
  /** `model` is not equal to the value. A null `model` does not match. */
  modelNEQ?: string | null | undefined;
  /** `model` is none of the values. A null `model` does not match. */
  modelNotIn?: Array<string> | null | undefined;
  /** true: only where `model` is set (not null); false does not filter. */
  modelNotNil?: boolean | null | undefined;
  /** `name` equals the value. */
  name?: string | null | undefined;
  /** `name` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `nameContainsFold` ignores case on both. */
  nameContains?: string | null | undefined;
  /** `name` contains the value, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals the value, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after the value (byte order). */
  nameGT?: string | null | undefined;
  /** `name` equals the value or sorts after it (byte order). */
  nameGTE?: string | null | undefined;
  /** `name` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of the values. */
  nameIn?: Array<string> | null | undefined;
  /** true: only where `name` is null (not set); false does not filter. */
  nameIsNil?: boolean | null | undefined;
  /** `name` sorts before the value (byte order). */
  nameLT?: string | null | undefined;
  /** `name` equals the value or sorts before it (byte order). */
  nameLTE?: string | null | undefined;
  /** `name` is not equal to the value. A null `name` does not match. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of the values. A null `name` does not match. */
  nameNotIn?: Array<string> | null | undefined;
  /** true: only where `name` is set (not null); false does not filter. */
  nameNotNil?: boolean | null | undefined;
  /** Matches the Printers this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: PrinterWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<PrinterWhereInput> | null | undefined;
  /** `panicButtonID` equals the value. */
  panicButtonID?: string | number | null | undefined;
  /** `panicButtonID` is one of the values. */
  panicButtonIDIn?: Array<string | number> | null | undefined;
  /** `panicButtonID` is not equal to the value. */
  panicButtonIDNEQ?: string | number | null | undefined;
  /** `panicButtonID` is none of the values. */
  panicButtonIDNotIn?: Array<string | number> | null | undefined;
  /** `serial` equals the value. */
  serial?: string | null | undefined;
  /** `serial` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `serialContainsFold` ignores case on both. */
  serialContains?: string | null | undefined;
  /** `serial` contains the value, ignoring case. */
  serialContainsFold?: string | null | undefined;
  /** `serial` equals the value, ignoring case. */
  serialEqualFold?: string | null | undefined;
  /** `serial` sorts after the value (byte order). */
  serialGT?: string | null | undefined;
  /** `serial` equals the value or sorts after it (byte order). */
  serialGTE?: string | null | undefined;
  /** `serial` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  serialHasPrefix?: string | null | undefined;
  /** `serial` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  serialHasSuffix?: string | null | undefined;
  /** `serial` is one of the values. */
  serialIn?: Array<string> | null | undefined;
  /** `serial` sorts before the value (byte order). */
  serialLT?: string | null | undefined;
  /** `serial` equals the value or sorts before it (byte order). */
  serialLTE?: string | null | undefined;
  /** `serial` is not equal to the value. */
  serialNEQ?: string | null | undefined;
  /** `serial` is none of the values. */
  serialNotIn?: Array<string> | null | undefined;
  /** `silentSince` equals the value. */
  silentSince?: string | null | undefined;
  /** `silentSince` is after the value. */
  silentSinceGT?: string | null | undefined;
  /** `silentSince` is at or after the value. */
  silentSinceGTE?: string | null | undefined;
  /** `silentSince` is one of the values. */
  silentSinceIn?: Array<string> | null | undefined;
  /** true: only where `silentSince` is null (not set); false does not filter. */
  silentSinceIsNil?: boolean | null | undefined;
  /** `silentSince` is before the value. */
  silentSinceLT?: string | null | undefined;
  /** `silentSince` is at or before the value. */
  silentSinceLTE?: string | null | undefined;
  /** `silentSince` is not equal to the value. A null `silentSince` does not match. */
  silentSinceNEQ?: string | null | undefined;
  /** `silentSince` is none of the values. A null `silentSince` does not match. */
  silentSinceNotIn?: Array<string> | null | undefined;
  /** true: only where `silentSince` is set (not null); false does not filter. */
  silentSinceNotNil?: boolean | null | undefined;
  /** `snmpEnabled` equals the value. */
  snmpEnabled?: boolean | null | undefined;
  /** `snmpEnabled` is not equal to the value. */
  snmpEnabledNEQ?: boolean | null | undefined;
  /** `snmpProfile` equals the value. */
  snmpProfile?: string | null | undefined;
  /** `snmpProfile` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `snmpProfileContainsFold` ignores case on both. */
  snmpProfileContains?: string | null | undefined;
  /** `snmpProfile` contains the value, ignoring case. */
  snmpProfileContainsFold?: string | null | undefined;
  /** `snmpProfile` equals the value, ignoring case. */
  snmpProfileEqualFold?: string | null | undefined;
  /** `snmpProfile` sorts after the value (byte order). */
  snmpProfileGT?: string | null | undefined;
  /** `snmpProfile` equals the value or sorts after it (byte order). */
  snmpProfileGTE?: string | null | undefined;
  /** `snmpProfile` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  snmpProfileHasPrefix?: string | null | undefined;
  /** `snmpProfile` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  snmpProfileHasSuffix?: string | null | undefined;
  /** `snmpProfile` is one of the values. */
  snmpProfileIn?: Array<string> | null | undefined;
  /** true: only where `snmpProfile` is null (not set); false does not filter. */
  snmpProfileIsNil?: boolean | null | undefined;
  /** `snmpProfile` sorts before the value (byte order). */
  snmpProfileLT?: string | null | undefined;
  /** `snmpProfile` equals the value or sorts before it (byte order). */
  snmpProfileLTE?: string | null | undefined;
  /** `snmpProfile` is not equal to the value. A null `snmpProfile` does not match. */
  snmpProfileNEQ?: string | null | undefined;
  /** `snmpProfile` is none of the values. A null `snmpProfile` does not match. */
  snmpProfileNotIn?: Array<string> | null | undefined;
  /** true: only where `snmpProfile` is set (not null); false does not filter. */
  snmpProfileNotNil?: boolean | null | undefined;
  /** `snmpVersion` equals the value. */
  snmpVersion?: PrinterSnmpVersion | null | undefined;
  /** `snmpVersion` is one of the values. */
  snmpVersionIn?: Array<PrinterSnmpVersion> | null | undefined;
  /** `snmpVersion` is not equal to the value. */
  snmpVersionNEQ?: PrinterSnmpVersion | null | undefined;
  /** `snmpVersion` is none of the values. */
  snmpVersionNotIn?: Array<PrinterSnmpVersion> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** SNMPv3 user-based security credentials (write-only). */
export type SnmPv3Input = {
  /** The authentication passphrase (authNoPriv and authPriv). */
  authPassword?: string | null | undefined;
  /** MD5, SHA, SHA224, SHA256, SHA384, SHA512 */
  authProtocol?: string | null | undefined;
  /** The privacy (encryption) passphrase (authPriv). */
  privPassword?: string | null | undefined;
  /** DES, AES, AES192, AES256 */
  privProtocol?: string | null | undefined;
  /** noAuthNoPriv, authNoPriv or authPriv */
  securityLevel?: string | null | undefined;
  /** The SNMPv3 user name. */
  user: string;
};

/** What level means: a number (KNOWN) or one of RFC 3805's special values. */
export type SupplyLevelState =
  /** The level is a number in the supply's unit. */
  | 'KNOWN'
  /** The printer places no restriction on the level (RFC 3805 -1, e.g. a continuous feed): no number. */
  | 'NO_RESTRICTION'
  /** At least one unit remains, amount unknown (RFC 3805 -3). */
  | 'SOME_REMAINING'
  /** The printer does not know the level (RFC 3805 -2). */
  | 'UNKNOWN';

/** What level meant at this reading: a number (KNOWN) or one of RFC 3805's special values. */
export type SupplyReadingLevelState =
  /** The level is a number in the supply's unit. */
  | 'KNOWN'
  /** The printer places no restriction on the level (RFC 3805 -1, e.g. a continuous feed): no number. */
  | 'NO_RESTRICTION'
  /** At least one unit remains, amount unknown (RFC 3805 -3). */
  | 'SOME_REMAINING'
  /** The printer does not know the level (RFC 3805 -2). */
  | 'UNKNOWN';

/** Filters SupplyReadings: a SupplyReading matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type SupplyReadingWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<SupplyReadingWhereInput> | null | undefined;
  /** true: only SupplyReadings with a `supply`; false: only those without one. A Supply the caller may not see counts as none. */
  hasSupply?: boolean | null | undefined;
  /** Only SupplyReadings whose `supply` matches at least one of these Supply filters. The filters see only the Supplies the caller may read; one the caller may not read at all is refused. */
  hasSupplyWith?: Array<SupplyWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `level` equals the value. */
  level?: number | null | undefined;
  /** `level` is greater than the value. */
  levelGT?: number | null | undefined;
  /** `level` is greater than or equal to the value. */
  levelGTE?: number | null | undefined;
  /** `level` is one of the values. */
  levelIn?: Array<number> | null | undefined;
  /** `level` is less than the value. */
  levelLT?: number | null | undefined;
  /** `level` is less than or equal to the value. */
  levelLTE?: number | null | undefined;
  /** `level` is not equal to the value. */
  levelNEQ?: number | null | undefined;
  /** `level` is none of the values. */
  levelNotIn?: Array<number> | null | undefined;
  /** `levelState` equals the value. */
  levelState?: SupplyReadingLevelState | null | undefined;
  /** `levelState` is one of the values. */
  levelStateIn?: Array<SupplyReadingLevelState> | null | undefined;
  /** `levelState` is not equal to the value. */
  levelStateNEQ?: SupplyReadingLevelState | null | undefined;
  /** `levelState` is none of the values. */
  levelStateNotIn?: Array<SupplyReadingLevelState> | null | undefined;
  /** `maxCapacity` equals the value. */
  maxCapacity?: number | null | undefined;
  /** `maxCapacity` is greater than the value. */
  maxCapacityGT?: number | null | undefined;
  /** `maxCapacity` is greater than or equal to the value. */
  maxCapacityGTE?: number | null | undefined;
  /** `maxCapacity` is one of the values. */
  maxCapacityIn?: Array<number> | null | undefined;
  /** `maxCapacity` is less than the value. */
  maxCapacityLT?: number | null | undefined;
  /** `maxCapacity` is less than or equal to the value. */
  maxCapacityLTE?: number | null | undefined;
  /** `maxCapacity` is not equal to the value. */
  maxCapacityNEQ?: number | null | undefined;
  /** `maxCapacity` is none of the values. */
  maxCapacityNotIn?: Array<number> | null | undefined;
  /** Matches the SupplyReadings this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: SupplyReadingWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<SupplyReadingWhereInput> | null | undefined;
  /** `percent` equals the value. */
  percent?: number | null | undefined;
  /** `percent` is greater than the value. */
  percentGT?: number | null | undefined;
  /** `percent` is greater than or equal to the value. */
  percentGTE?: number | null | undefined;
  /** `percent` is one of the values. */
  percentIn?: Array<number> | null | undefined;
  /** true: only where `percent` is null (not set); false does not filter. */
  percentIsNil?: boolean | null | undefined;
  /** `percent` is less than the value. */
  percentLT?: number | null | undefined;
  /** `percent` is less than or equal to the value. */
  percentLTE?: number | null | undefined;
  /** `percent` is not equal to the value. A null `percent` does not match. */
  percentNEQ?: number | null | undefined;
  /** `percent` is none of the values. A null `percent` does not match. */
  percentNotIn?: Array<number> | null | undefined;
  /** true: only where `percent` is set (not null); false does not filter. */
  percentNotNil?: boolean | null | undefined;
  /** `readAt` equals the value. */
  readAt?: string | null | undefined;
  /** `readAt` is after the value. */
  readAtGT?: string | null | undefined;
  /** `readAt` is at or after the value. */
  readAtGTE?: string | null | undefined;
  /** `readAt` is one of the values. */
  readAtIn?: Array<string> | null | undefined;
  /** `readAt` is before the value. */
  readAtLT?: string | null | undefined;
  /** `readAt` is at or before the value. */
  readAtLTE?: string | null | undefined;
  /** `readAt` is not equal to the value. */
  readAtNEQ?: string | null | undefined;
  /** `readAt` is none of the values. */
  readAtNotIn?: Array<string> | null | undefined;
  /** `replacement` equals the value. */
  replacement?: boolean | null | undefined;
  /** `replacement` is not equal to the value. */
  replacementNEQ?: boolean | null | undefined;
  /** `supplyID` equals the value. */
  supplyID?: string | number | null | undefined;
  /** `supplyID` is one of the values. */
  supplyIDIn?: Array<string | number> | null | undefined;
  /** `supplyID` is not equal to the value. */
  supplyIDNEQ?: string | number | null | undefined;
  /** `supplyID` is none of the values. */
  supplyIDNotIn?: Array<string | number> | null | undefined;
};

/** Filters Supplies: a Supply matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type SupplyWhereInput = {
  /** Matches when every filter of the list matches. */
  and?: Array<SupplyWhereInput> | null | undefined;
  /** `color` equals the value. */
  color?: string | null | undefined;
  /** `color` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `colorContainsFold` ignores case on both. */
  colorContains?: string | null | undefined;
  /** `color` contains the value, ignoring case. */
  colorContainsFold?: string | null | undefined;
  /** `color` equals the value, ignoring case. */
  colorEqualFold?: string | null | undefined;
  /** `color` sorts after the value (byte order). */
  colorGT?: string | null | undefined;
  /** `color` equals the value or sorts after it (byte order). */
  colorGTE?: string | null | undefined;
  /** `color` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  colorHasPrefix?: string | null | undefined;
  /** `color` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  colorHasSuffix?: string | null | undefined;
  /** `color` is one of the values. */
  colorIn?: Array<string> | null | undefined;
  /** true: only where `color` is null (not set); false does not filter. */
  colorIsNil?: boolean | null | undefined;
  /** `color` sorts before the value (byte order). */
  colorLT?: string | null | undefined;
  /** `color` equals the value or sorts before it (byte order). */
  colorLTE?: string | null | undefined;
  /** `color` is not equal to the value. A null `color` does not match. */
  colorNEQ?: string | null | undefined;
  /** `color` is none of the values. A null `color` does not match. */
  colorNotIn?: Array<string> | null | undefined;
  /** true: only where `color` is set (not null); false does not filter. */
  colorNotNil?: boolean | null | undefined;
  /** `daysLeft` equals the value. */
  daysLeft?: number | null | undefined;
  /** `daysLeft` is greater than the value. */
  daysLeftGT?: number | null | undefined;
  /** `daysLeft` is greater than or equal to the value. */
  daysLeftGTE?: number | null | undefined;
  /** `daysLeft` is one of the values. */
  daysLeftIn?: Array<number> | null | undefined;
  /** true: only where `daysLeft` is null (not set); false does not filter. */
  daysLeftIsNil?: boolean | null | undefined;
  /** `daysLeft` is less than the value. */
  daysLeftLT?: number | null | undefined;
  /** `daysLeft` is less than or equal to the value. */
  daysLeftLTE?: number | null | undefined;
  /** `daysLeft` is not equal to the value. A null `daysLeft` does not match. */
  daysLeftNEQ?: number | null | undefined;
  /** `daysLeft` is none of the values. A null `daysLeft` does not match. */
  daysLeftNotIn?: Array<number> | null | undefined;
  /** true: only where `daysLeft` is set (not null); false does not filter. */
  daysLeftNotNil?: boolean | null | undefined;
  /** `description` equals the value. */
  description?: string | null | undefined;
  /** `description` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `descriptionContainsFold` ignores case on both. */
  descriptionContains?: string | null | undefined;
  /** `description` contains the value, ignoring case. */
  descriptionContainsFold?: string | null | undefined;
  /** `description` equals the value, ignoring case. */
  descriptionEqualFold?: string | null | undefined;
  /** `description` sorts after the value (byte order). */
  descriptionGT?: string | null | undefined;
  /** `description` equals the value or sorts after it (byte order). */
  descriptionGTE?: string | null | undefined;
  /** `description` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  descriptionHasPrefix?: string | null | undefined;
  /** `description` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  descriptionHasSuffix?: string | null | undefined;
  /** `description` is one of the values. */
  descriptionIn?: Array<string> | null | undefined;
  /** `description` sorts before the value (byte order). */
  descriptionLT?: string | null | undefined;
  /** `description` equals the value or sorts before it (byte order). */
  descriptionLTE?: string | null | undefined;
  /** `description` is not equal to the value. */
  descriptionNEQ?: string | null | undefined;
  /** `description` is none of the values. */
  descriptionNotIn?: Array<string> | null | undefined;
  /** true: only Supplies with a `printer`; false: only those without one. A Printer the caller may not see counts as none. */
  hasPrinter?: boolean | null | undefined;
  /** Only Supplies whose `printer` matches at least one of these Printer filters. The filters see only the Printers the caller may read; one the caller may not read at all is refused. */
  hasPrinterWith?: Array<PrinterWhereInput> | null | undefined;
  /** true: only Supplies with at least one of `readings`; false: only those with none. SupplyReadings the caller may not see count as none. */
  hasReadings?: boolean | null | undefined;
  /** Only Supplies with at least one of `readings` matching one of these SupplyReading filters. The filters see only the SupplyReadings the caller may read; one the caller may not read at all is refused. */
  hasReadingsWith?: Array<SupplyReadingWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `level` equals the value. */
  level?: number | null | undefined;
  /** `level` is greater than the value. */
  levelGT?: number | null | undefined;
  /** `level` is greater than or equal to the value. */
  levelGTE?: number | null | undefined;
  /** `level` is one of the values. */
  levelIn?: Array<number> | null | undefined;
  /** `level` is less than the value. */
  levelLT?: number | null | undefined;
  /** `level` is less than or equal to the value. */
  levelLTE?: number | null | undefined;
  /** `level` is not equal to the value. */
  levelNEQ?: number | null | undefined;
  /** `level` is none of the values. */
  levelNotIn?: Array<number> | null | undefined;
  /** `levelState` equals the value. */
  levelState?: SupplyLevelState | null | undefined;
  /** `levelState` is one of the values. */
  levelStateIn?: Array<SupplyLevelState> | null | undefined;
  /** `levelState` is not equal to the value. */
  levelStateNEQ?: SupplyLevelState | null | undefined;
  /** `levelState` is none of the values. */
  levelStateNotIn?: Array<SupplyLevelState> | null | undefined;
  /** `maxCapacity` equals the value. */
  maxCapacity?: number | null | undefined;
  /** `maxCapacity` is greater than the value. */
  maxCapacityGT?: number | null | undefined;
  /** `maxCapacity` is greater than or equal to the value. */
  maxCapacityGTE?: number | null | undefined;
  /** `maxCapacity` is one of the values. */
  maxCapacityIn?: Array<number> | null | undefined;
  /** `maxCapacity` is less than the value. */
  maxCapacityLT?: number | null | undefined;
  /** `maxCapacity` is less than or equal to the value. */
  maxCapacityLTE?: number | null | undefined;
  /** `maxCapacity` is not equal to the value. */
  maxCapacityNEQ?: number | null | undefined;
  /** `maxCapacity` is none of the values. */
  maxCapacityNotIn?: Array<number> | null | undefined;
  /** Matches the Supplies this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: SupplyWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<SupplyWhereInput> | null | undefined;
  /** `percent` equals the value. */
  percent?: number | null | undefined;
  /** `percent` is greater than the value. */
  percentGT?: number | null | undefined;
  /** `percent` is greater than or equal to the value. */
  percentGTE?: number | null | undefined;
  /** `percent` is one of the values. */
  percentIn?: Array<number> | null | undefined;
  /** true: only where `percent` is null (not set); false does not filter. */
  percentIsNil?: boolean | null | undefined;
  /** `percent` is less than the value. */
  percentLT?: number | null | undefined;
  /** `percent` is less than or equal to the value. */
  percentLTE?: number | null | undefined;
  /** `percent` is not equal to the value. A null `percent` does not match. */
  percentNEQ?: number | null | undefined;
  /** `percent` is none of the values. A null `percent` does not match. */
  percentNotIn?: Array<number> | null | undefined;
  /** true: only where `percent` is set (not null); false does not filter. */
  percentNotNil?: boolean | null | undefined;
  /** `printerID` equals the value. */
  printerID?: string | number | null | undefined;
  /** `printerID` is one of the values. */
  printerIDIn?: Array<string | number> | null | undefined;
  /** `printerID` is not equal to the value. */
  printerIDNEQ?: string | number | null | undefined;
  /** `printerID` is none of the values. */
  printerIDNotIn?: Array<string | number> | null | undefined;
  /** `readAt` equals the value. */
  readAt?: string | null | undefined;
  /** `readAt` is after the value. */
  readAtGT?: string | null | undefined;
  /** `readAt` is at or after the value. */
  readAtGTE?: string | null | undefined;
  /** `readAt` is one of the values. */
  readAtIn?: Array<string> | null | undefined;
  /** `readAt` is before the value. */
  readAtLT?: string | null | undefined;
  /** `readAt` is at or before the value. */
  readAtLTE?: string | null | undefined;
  /** `readAt` is not equal to the value. */
  readAtNEQ?: string | null | undefined;
  /** `readAt` is none of the values. */
  readAtNotIn?: Array<string> | null | undefined;
  /** `replacedAt` equals the value. */
  replacedAt?: string | null | undefined;
  /** `replacedAt` is after the value. */
  replacedAtGT?: string | null | undefined;
  /** `replacedAt` is at or after the value. */
  replacedAtGTE?: string | null | undefined;
  /** `replacedAt` is one of the values. */
  replacedAtIn?: Array<string> | null | undefined;
  /** true: only where `replacedAt` is null (not set); false does not filter. */
  replacedAtIsNil?: boolean | null | undefined;
  /** `replacedAt` is before the value. */
  replacedAtLT?: string | null | undefined;
  /** `replacedAt` is at or before the value. */
  replacedAtLTE?: string | null | undefined;
  /** `replacedAt` is not equal to the value. A null `replacedAt` does not match. */
  replacedAtNEQ?: string | null | undefined;
  /** `replacedAt` is none of the values. A null `replacedAt` does not match. */
  replacedAtNotIn?: Array<string> | null | undefined;
  /** true: only where `replacedAt` is set (not null); false does not filter. */
  replacedAtNotNil?: boolean | null | undefined;
  /** `replacements` equals the value. */
  replacements?: number | null | undefined;
  /** `replacements` is greater than the value. */
  replacementsGT?: number | null | undefined;
  /** `replacements` is greater than or equal to the value. */
  replacementsGTE?: number | null | undefined;
  /** `replacements` is one of the values. */
  replacementsIn?: Array<number> | null | undefined;
  /** `replacements` is less than the value. */
  replacementsLT?: number | null | undefined;
  /** `replacements` is less than or equal to the value. */
  replacementsLTE?: number | null | undefined;
  /** `replacements` is not equal to the value. */
  replacementsNEQ?: number | null | undefined;
  /** `replacements` is none of the values. */
  replacementsNotIn?: Array<number> | null | undefined;
  /** `type` equals the value. */
  type?: string | null | undefined;
  /** `type` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `typeContainsFold` ignores case on both. */
  typeContains?: string | null | undefined;
  /** `type` contains the value, ignoring case. */
  typeContainsFold?: string | null | undefined;
  /** `type` equals the value, ignoring case. */
  typeEqualFold?: string | null | undefined;
  /** `type` sorts after the value (byte order). */
  typeGT?: string | null | undefined;
  /** `type` equals the value or sorts after it (byte order). */
  typeGTE?: string | null | undefined;
  /** `type` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  typeHasPrefix?: string | null | undefined;
  /** `type` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  typeHasSuffix?: string | null | undefined;
  /** `type` is one of the values. */
  typeIn?: Array<string> | null | undefined;
  /** true: only where `type` is null (not set); false does not filter. */
  typeIsNil?: boolean | null | undefined;
  /** `type` sorts before the value (byte order). */
  typeLT?: string | null | undefined;
  /** `type` equals the value or sorts before it (byte order). */
  typeLTE?: string | null | undefined;
  /** `type` is not equal to the value. A null `type` does not match. */
  typeNEQ?: string | null | undefined;
  /** `type` is none of the values. A null `type` does not match. */
  typeNotIn?: Array<string> | null | undefined;
  /** true: only where `type` is set (not null); false does not filter. */
  typeNotNil?: boolean | null | undefined;
  /** `unit` equals the value. */
  unit?: string | null | undefined;
  /** `unit` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `unitContainsFold` ignores case on both. */
  unitContains?: string | null | undefined;
  /** `unit` contains the value, ignoring case. */
  unitContainsFold?: string | null | undefined;
  /** `unit` equals the value, ignoring case. */
  unitEqualFold?: string | null | undefined;
  /** `unit` sorts after the value (byte order). */
  unitGT?: string | null | undefined;
  /** `unit` equals the value or sorts after it (byte order). */
  unitGTE?: string | null | undefined;
  /** `unit` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  unitHasPrefix?: string | null | undefined;
  /** `unit` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  unitHasSuffix?: string | null | undefined;
  /** `unit` is one of the values. */
  unitIn?: Array<string> | null | undefined;
  /** true: only where `unit` is null (not set); false does not filter. */
  unitIsNil?: boolean | null | undefined;
  /** `unit` sorts before the value (byte order). */
  unitLT?: string | null | undefined;
  /** `unit` equals the value or sorts before it (byte order). */
  unitLTE?: string | null | undefined;
  /** `unit` is not equal to the value. A null `unit` does not match. */
  unitNEQ?: string | null | undefined;
  /** `unit` is none of the values. A null `unit` does not match. */
  unitNotIn?: Array<string> | null | undefined;
  /** true: only where `unit` is set (not null); false does not filter. */
  unitNotNil?: boolean | null | undefined;
};

/** Changes to an InterventionStatus: only the fields given change; `clear…: true` empties an optional field. */
export type UpdateInterventionStatusInput = {
  /** What the status means, whatever its name: open, in progress or closed. */
  category?: InterventionStatusCategory | null | undefined;
  /** Whether new interventions start in this status (otherwise they start in the first status by position). */
  isInitial?: boolean | null | undefined;
  /** The status name in the organization's default language (1 to 100 characters, unique in the organization). */
  name?: string | null | undefined;
  /** The status's place in the workflow order, from 0 (see reorderInterventionStatuses). */
  position?: number | null | undefined;
};

/** Changes to a user: only the fields given change. */
export type UpdateUserInput = {
  /** Preferred language of the emails and the admin (en, fr, it). */
  language?: string | null | undefined;
  /** The person's name (at most 200 characters). */
  name?: string | null | undefined;
  /** A phone number (at most 40 characters). */
  phone?: string | null | undefined;
  /** ADMIN or TECHNICIAN. The last active admin of an organization cannot be demoted. */
  role?: UserRole | null | undefined;
};

/** Changes to a webhook: only the fields given change. */
export type UpdateWebhookInput = {
  /** Turning a disabled endpoint back on clears its disabling; redeliver its failed deliveries then. */
  active?: boolean | null | undefined;
  /** A new description (at most 500 characters); an empty string removes it. */
  description?: string | null | undefined;
  /** The event types to receive from now on (see webhookEventTypes), replacing the list. */
  events?: Array<string> | null | undefined;
  /** A new absolute http(s) URL of a public address (loopback, private and link-local addresses are refused). */
  url?: string | null | undefined;
};

/** What the user may do. */
export type UserRole =
  /** Administers one organization. */
  | 'ADMIN'
  /** The platform operator: every organization. */
  | 'SUPER_ADMIN'
  /** Works the interventions assigned to them; reads what they need, changes nothing else. */
  | 'TECHNICIAN';

/** Filters Users: an User matches when every condition given holds (set fields are combined with AND); `and`, `or` and `not` combine filters. An omitted or null field, an empty list and a false `…IsNil`/`…NotNil` do not filter. A condition on a null field never matches, not even under `not`: test nulls with `…IsNil`/`…NotNil`. */
export type UserWhereInput = {
  /** `active` equals the value. */
  active?: boolean | null | undefined;
  /** `active` is not equal to the value. */
  activeNEQ?: boolean | null | undefined;
  /** Matches when every filter of the list matches. */
  and?: Array<UserWhereInput> | null | undefined;
  /** `createdAt` equals the value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after the value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after the value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of the values. */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before the value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before the value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` is not equal to the value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of the values. */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `email` equals the value. */
  email?: string | null | undefined;
  /** `email` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `emailContainsFold` ignores case on both. */
  emailContains?: string | null | undefined;
  /** `email` contains the value, ignoring case. */
  emailContainsFold?: string | null | undefined;
  /** `email` equals the value, ignoring case. */
  emailEqualFold?: string | null | undefined;
  /** `email` sorts after the value (byte order). */
  emailGT?: string | null | undefined;
  /** `email` equals the value or sorts after it (byte order). */
  emailGTE?: string | null | undefined;
  /** `email` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  emailHasPrefix?: string | null | undefined;
  /** `email` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  emailHasSuffix?: string | null | undefined;
  /** `email` is one of the values. */
  emailIn?: Array<string> | null | undefined;
  /** `email` sorts before the value (byte order). */
  emailLT?: string | null | undefined;
  /** `email` equals the value or sorts before it (byte order). */
  emailLTE?: string | null | undefined;
  /** `email` is not equal to the value. */
  emailNEQ?: string | null | undefined;
  /** `email` is none of the values. */
  emailNotIn?: Array<string> | null | undefined;
  /** true: only Users with at least one of `assignedInterventions`; false: only those with none. Interventions the caller may not see count as none. */
  hasAssignedInterventions?: boolean | null | undefined;
  /** Only Users with at least one of `assignedInterventions` matching one of these Intervention filters. The filters see only the Interventions the caller may read; one the caller may not read at all is refused. */
  hasAssignedInterventionsWith?: Array<InterventionWhereInput> | null | undefined;
  /** `id` equals the value. */
  id?: string | number | null | undefined;
  /** `id` is greater than the value. */
  idGT?: string | number | null | undefined;
  /** `id` is greater than or equal to the value. */
  idGTE?: string | number | null | undefined;
  /** `id` is one of the values. */
  idIn?: Array<string | number> | null | undefined;
  /** `id` is less than the value. */
  idLT?: string | number | null | undefined;
  /** `id` is less than or equal to the value. */
  idLTE?: string | number | null | undefined;
  /** `id` is not equal to the value. */
  idNEQ?: string | number | null | undefined;
  /** `id` is none of the values. */
  idNotIn?: Array<string | number> | null | undefined;
  /** `language` equals the value. */
  language?: string | null | undefined;
  /** `language` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `languageContainsFold` ignores case on both. */
  languageContains?: string | null | undefined;
  /** `language` contains the value, ignoring case. */
  languageContainsFold?: string | null | undefined;
  /** `language` equals the value, ignoring case. */
  languageEqualFold?: string | null | undefined;
  /** `language` sorts after the value (byte order). */
  languageGT?: string | null | undefined;
  /** `language` equals the value or sorts after it (byte order). */
  languageGTE?: string | null | undefined;
  /** `language` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasPrefix?: string | null | undefined;
  /** `language` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  languageHasSuffix?: string | null | undefined;
  /** `language` is one of the values. */
  languageIn?: Array<string> | null | undefined;
  /** `language` sorts before the value (byte order). */
  languageLT?: string | null | undefined;
  /** `language` equals the value or sorts before it (byte order). */
  languageLTE?: string | null | undefined;
  /** `language` is not equal to the value. */
  languageNEQ?: string | null | undefined;
  /** `language` is none of the values. */
  languageNotIn?: Array<string> | null | undefined;
  /** `lastLoginAt` equals the value. */
  lastLoginAt?: string | null | undefined;
  /** `lastLoginAt` is after the value. */
  lastLoginAtGT?: string | null | undefined;
  /** `lastLoginAt` is at or after the value. */
  lastLoginAtGTE?: string | null | undefined;
  /** `lastLoginAt` is one of the values. */
  lastLoginAtIn?: Array<string> | null | undefined;
  /** true: only where `lastLoginAt` is null (not set); false does not filter. */
  lastLoginAtIsNil?: boolean | null | undefined;
  /** `lastLoginAt` is before the value. */
  lastLoginAtLT?: string | null | undefined;
  /** `lastLoginAt` is at or before the value. */
  lastLoginAtLTE?: string | null | undefined;
  /** `lastLoginAt` is not equal to the value. A null `lastLoginAt` does not match. */
  lastLoginAtNEQ?: string | null | undefined;
  /** `lastLoginAt` is none of the values. A null `lastLoginAt` does not match. */
  lastLoginAtNotIn?: Array<string> | null | undefined;
  /** true: only where `lastLoginAt` is set (not null); false does not filter. */
  lastLoginAtNotNil?: boolean | null | undefined;
  /** `name` equals the value. */
  name?: string | null | undefined;
  /** `name` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `nameContainsFold` ignores case on both. */
  nameContains?: string | null | undefined;
  /** `name` contains the value, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals the value, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after the value (byte order). */
  nameGT?: string | null | undefined;
  /** `name` equals the value or sorts after it (byte order). */
  nameGTE?: string | null | undefined;
  /** `name` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of the values. */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before the value (byte order). */
  nameLT?: string | null | undefined;
  /** `name` equals the value or sorts before it (byte order). */
  nameLTE?: string | null | undefined;
  /** `name` is not equal to the value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of the values. */
  nameNotIn?: Array<string> | null | undefined;
  /** Matches the Users this filter does not match, except that a condition on a null field matches neither way: `not: {x: v}` leaves out the rows where x is null (add `xIsNil: true` under `or`). */
  not?: UserWhereInput | null | undefined;
  /** Matches when at least one filter of the list matches. */
  or?: Array<UserWhereInput> | null | undefined;
  /** `phone` equals the value. */
  phone?: string | null | undefined;
  /** `phone` contains the value. Case matters on MySQL/MariaDB (the production database), not on SQLite; `phoneContainsFold` ignores case on both. */
  phoneContains?: string | null | undefined;
  /** `phone` contains the value, ignoring case. */
  phoneContainsFold?: string | null | undefined;
  /** `phone` equals the value, ignoring case. */
  phoneEqualFold?: string | null | undefined;
  /** `phone` sorts after the value (byte order). */
  phoneGT?: string | null | undefined;
  /** `phone` equals the value or sorts after it (byte order). */
  phoneGTE?: string | null | undefined;
  /** `phone` starts with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  phoneHasPrefix?: string | null | undefined;
  /** `phone` ends with the value. Case matters on MySQL/MariaDB (the production database), not on SQLite. */
  phoneHasSuffix?: string | null | undefined;
  /** `phone` is one of the values. */
  phoneIn?: Array<string> | null | undefined;
  /** true: only where `phone` is null (not set); false does not filter. */
  phoneIsNil?: boolean | null | undefined;
  /** `phone` sorts before the value (byte order). */
  phoneLT?: string | null | undefined;
  /** `phone` equals the value or sorts before it (byte order). */
  phoneLTE?: string | null | undefined;
  /** `phone` is not equal to the value. A null `phone` does not match. */
  phoneNEQ?: string | null | undefined;
  /** `phone` is none of the values. A null `phone` does not match. */
  phoneNotIn?: Array<string> | null | undefined;
  /** true: only where `phone` is set (not null); false does not filter. */
  phoneNotNil?: boolean | null | undefined;
  /** `role` equals the value. */
  role?: UserRole | null | undefined;
  /** `role` is one of the values. */
  roleIn?: Array<UserRole> | null | undefined;
  /** `role` is not equal to the value. */
  roleNEQ?: UserRole | null | undefined;
  /** `role` is none of the values. */
  roleNotIn?: Array<UserRole> | null | undefined;
  /** `updatedAt` equals the value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after the value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after the value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of the values. */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before the value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before the value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` is not equal to the value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of the values. */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Where the delivery stands. */
export type WebhookDeliveryStatus =
  /** Given up: the retry schedule ran out, the endpoint answered 410 Gone or was disabled. redeliverWebhookDelivery sends it again. */
  | 'FAILED'
  /** Waiting for its next attempt, at nextAttemptAt. */
  | 'PENDING'
  /** Claimed by a delivery worker: an attempt is under way. */
  | 'SENDING'
  /** The endpoint answered 2xx; deliveredAt says when. */
  | 'SUCCEEDED';

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeyScopes: Array<string>, apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<string>, lastUsedAt: string | null, revokedAt: string | null, createdAt: string, createdBy: { id: string, name: string, email: string } | null } | null } | null> | null } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, prefix: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AuditLogsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: AuditLogWhereInput | null | undefined;
}>;


export type AuditLogsQuery = { auditLogs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, operation: string, objectType: string | null, objectID: string | null, ip: string | null, createdAt: string, changes: Record<string, unknown> | null, actor: { id: string, name: string, email: string } | null } | null } | null> | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'CurrentUserFragment': CurrentUserFragment } }
  ) | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { user: { id: string } } };

export type CurrentUserFragment = { id: string, name: string, email: string, role: UserRole, organization: { id: string, name: string } | null } & { ' $fragmentName'?: 'CurrentUserFragment' };

export type InterventionChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InterventionChangedSubscription = { interventionChanged: { id: string } };

export type DashboardQueryVariables = Exact<{
  language?: string | null | undefined;
  todayStart: string;
}>;


export type DashboardQuery = { interventionStatuses: Array<{ id: string, name: string, category: InterventionStatusCategory, localizedName: string }>, silentPrinters: Array<{ id: string, serial: string, name: string | null, location: string | null, silentSince: string | null, lastSeenAt: string | null }>, printersWithAlerts: Array<{ id: string, serial: string, name: string | null, location: string | null, lastErrors: Array<string> | null, lastAlerts: Array<{ condition: string, description: string | null }> }>, open: { totalCountCapped: number, totalCountIsExact: boolean }, today: { totalCountCapped: number, totalCountIsExact: boolean, edges: Array<{ node: { ' $fragmentRefs'?: { 'InterventionRowFragment': InterventionRowFragment } } | null } | null> | null } };

export type StatusCountQueryVariables = Exact<{
  statusId: string | number;
}>;


export type StatusCountQuery = { interventions: { totalCountCapped: number, totalCountIsExact: boolean } };

export type SatisfactionQueryVariables = Exact<{ [key: string]: never; }>;


export type SatisfactionQuery = { panicButtons: { edges: Array<{ node: { id: string, name: string, satisfaction: { answered: number, fixed: number, rate: number | null } } | null } | null> | null } };

export type InterventionReportFragment = { reporterEmail: string, reporterPhone: string | null, causeLabels: Array<string> | null, message: string | null, language: string, panicButton: { id: string, name: string } | null, relatedTo: { id: string, reference: string } | null } & { ' $fragmentName'?: 'InterventionReportFragment' };

export type InterventionPrinterFragment = { createdAt: string, printer: { id: string } | null, printerSnapshot: { serial: string, model: string | null, name: string | null, location: string | null, ip: string | null, total: number | null, black: number | null, color: number | null, large: number | null, errors: Array<string> | null } } & { ' $fragmentName'?: 'InterventionPrinterFragment' };

export type InterventionHistoryFragment = { events: { totalCount: number, edges: Array<{ node: { id: string, kind: InterventionEventKind, fromStatus: string | null, toStatus: string | null, note: string | null, public: boolean, authorEmail: string | null, createdAt: string, attachments: Array<{ url: string }>, actor: { id: string, name: string, email: string } | null } | null } | null> | null } } & { ' $fragmentName'?: 'InterventionHistoryFragment' };

export type InterventionStatusChangeFragment = { id: string, status: { id: string } } & { ' $fragmentName'?: 'InterventionStatusChangeFragment' };

export type InterventionAssignmentFragment = { id: string, technicians: Array<{ id: string, name: string, email: string }> | null } & { ' $fragmentName'?: 'InterventionAssignmentFragment' };

export type InterventionNoteTargetFragment = { id: string } & { ' $fragmentName'?: 'InterventionNoteTargetFragment' };

export type InterventionDetailFragment = (
  { id: string, reference: string, origin: InterventionOrigin, createdAt: string, updatedAt: string, closedAt: string | null, status: { id: string, name: string, category: InterventionStatusCategory } }
  & { ' $fragmentRefs'?: { 'InterventionReportFragment': InterventionReportFragment;'InterventionPrinterFragment': InterventionPrinterFragment;'InterventionHistoryFragment': InterventionHistoryFragment;'InterventionStatusChangeFragment': InterventionStatusChangeFragment;'InterventionAssignmentFragment': InterventionAssignmentFragment;'InterventionNoteTargetFragment': InterventionNoteTargetFragment } }
) & { ' $fragmentName'?: 'InterventionDetailFragment' };

export type InterventionDetailQueryVariables = Exact<{
  id: string | number;
  language?: string | null | undefined;
}>;


export type InterventionDetailQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | (
      { __typename: 'Intervention' }
      & { ' $fragmentRefs'?: { 'InterventionDetailFragment': InterventionDetailFragment } }
    )
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null, interventionStatuses: Array<{ id: string, name: string, category: InterventionStatusCategory, localizedName: string }> };

export type TechniciansQueryVariables = Exact<{ [key: string]: never; }>;


export type TechniciansQuery = { users: { edges: Array<{ node: { id: string, name: string, email: string } | null } | null> | null } };

export type ChangeInterventionStatusMutationVariables = Exact<{
  id: string | number;
  statusId: string | number;
  note?: string | null | undefined;
}>;


export type ChangeInterventionStatusMutation = { changeInterventionStatus: { ' $fragmentRefs'?: { 'InterventionDetailFragment': InterventionDetailFragment } } };

export type AssignInterventionMutationVariables = Exact<{
  id: string | number;
  technicianIds: Array<string | number> | string | number;
}>;


export type AssignInterventionMutation = { assignIntervention: { ' $fragmentRefs'?: { 'InterventionDetailFragment': InterventionDetailFragment } } };

export type RevokeTrackingLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeTrackingLinkMutation = { revokeTrackingLink: { ' $fragmentRefs'?: { 'InterventionDetailFragment': InterventionDetailFragment } } };

export type AddInterventionNoteMutationVariables = Exact<{
  id: string | number;
  note: string;
  public?: boolean | null | undefined;
}>;


export type AddInterventionNoteMutation = { addInterventionNote: { ' $fragmentRefs'?: { 'InterventionDetailFragment': InterventionDetailFragment } } };

export type InterventionChangedDetailSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InterventionChangedDetailSubscription = { interventionChanged: { id: string } };

export type InterventionFilterOptionsQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type InterventionFilterOptionsQuery = { interventionStatuses: Array<{ id: string, name: string, localizedName: string }> };

export type AdminFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFilterOptionsQuery = { panicButtons: { edges: Array<{ node: { id: string, name: string } | null } | null> | null }, users: { edges: Array<{ node: { id: string, name: string, email: string } | null } | null> | null } };

export type InterventionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: InterventionWhereInput | null | undefined;
  orderBy?: InterventionOrder | null | undefined;
}>;


export type InterventionsQuery = { interventions: { totalCountCapped: number, totalCountIsExact: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { ' $fragmentRefs'?: { 'InterventionRowFragment': InterventionRowFragment } } | null } | null> | null } };

export type InterventionRowFragment = { id: string, reference: string, reporterEmail: string, createdAt: string, updatedAt: string, status: { id: string, name: string, category: InterventionStatusCategory }, printer: { id: string, serial: string, name: string | null } | null, technicians: Array<{ id: string, name: string, email: string }> | null } & { ' $fragmentName'?: 'InterventionRowFragment' };

export type SearchIndexQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchIndexQuery = { searchIndex: { pending: number, pendingIsExact: boolean, complete: boolean } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type BellNotificationFragment = { id: string, kind: NotificationKind, text: string, readAt: string | null, createdAt: string, intervention: { id: string, reference: string } | null } & { ' $fragmentName'?: 'BellNotificationFragment' };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type BellNotificationsQueryVariables = Exact<{
  first: number;
}>;


export type BellNotificationsQuery = { notifications: { edges: Array<{ node: (
        { id: string, kind: NotificationKind, readAt: string | null, text: string, intervention: { id: string } | null }
        & { ' $fragmentRefs'?: { 'BellNotificationFragment': BellNotificationFragment } }
      ) | null } | null> | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: (
    { id: string, kind: NotificationKind, readAt: string | null, text: string, intervention: { id: string } | null }
    & { ' $fragmentRefs'?: { 'BellNotificationFragment': BellNotificationFragment } }
  ) };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, slug: string, defaultLanguage: string, timezone: string, active: boolean, createdAt: string } | null } | null> | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: NewOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type DisableOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableOrganizationMutation = { disableOrganization: { id: string, active: boolean } };

export type EnableOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableOrganizationMutation = { enableOrganization: { id: string, active: boolean } };

export type CauseItemFragment = { id: string, active: boolean, labels: Array<{ language: string, value: string }> } & { ' $fragmentName'?: 'CauseItemFragment' };

export type CausesQueryVariables = Exact<{
  id: string | number;
}>;


export type CausesQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton', id: string, causes: Array<(
        { id: string, position: number, labels: Array<{ language: string, value: string }> }
        & { ' $fragmentRefs'?: { 'CauseItemFragment': CauseItemFragment } }
      )> | null }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type CreateCauseMutationVariables = Exact<{
  panicButtonId: string | number;
  labels: Array<LocalizedTextInput> | LocalizedTextInput;
}>;


export type CreateCauseMutation = { createCause: { ' $fragmentRefs'?: { 'CauseItemFragment': CauseItemFragment } } };

export type UpdateCauseMutationVariables = Exact<{
  id: string | number;
  labels?: Array<LocalizedTextInput> | LocalizedTextInput | null | undefined;
  active?: boolean | null | undefined;
}>;


export type UpdateCauseMutation = { updateCause: { ' $fragmentRefs'?: { 'CauseItemFragment': CauseItemFragment } } };

export type DeleteCauseMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCauseMutation = { deleteCause: string };

export type ReorderCausesMutationVariables = Exact<{
  panicButtonId: string | number;
  ids: Array<string | number> | string | number;
}>;


export type ReorderCausesMutation = { reorderCauses: Array<{ id: string, position: number }> };

export type PanicButtonCausesFragment = { id: string, languages: Array<string>, defaultLanguage: string } & { ' $fragmentName'?: 'PanicButtonCausesFragment' };

export type KioskContentQueryVariables = Exact<{
  id: string | number;
  language: string;
}>;


export type KioskContentQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton', id: string, kioskTexts: Array<{ key: string, value: string }>, kioskColors: Array<{ key: string, value: string }>, kioskImages: Array<{ key: string, url: string }>, kioskPreview: { ' $fragmentRefs'?: { 'KioskPreviewDataFragment': KioskPreviewDataFragment } } }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type SetKioskTextsMutationVariables = Exact<{
  panicButtonId: string | number;
  language: string;
  texts: Array<KeyValueInput> | KeyValueInput;
}>;


export type SetKioskTextsMutation = { setKioskTexts: { id: string } };

export type SetKioskColorsMutationVariables = Exact<{
  panicButtonId: string | number;
  colors: Array<KeyValueInput> | KeyValueInput;
}>;


export type SetKioskColorsMutation = { setKioskColors: { id: string, kioskColors: Array<{ key: string, value: string }> } };

export type UploadKioskImageMutationVariables = Exact<{
  panicButtonId: string | number;
  key: string;
  file: File;
}>;


export type UploadKioskImageMutation = { uploadKioskImage: { id: string, kioskImages: Array<{ key: string, url: string }> } };

export type RemoveKioskImageMutationVariables = Exact<{
  panicButtonId: string | number;
  key: string;
}>;


export type RemoveKioskImageMutation = { removeKioskImage: { id: string, kioskImages: Array<{ key: string, url: string }> } };

export type PanicButtonContentFragment = { id: string, languages: Array<string>, defaultLanguage: string } & { ' $fragmentName'?: 'PanicButtonContentFragment' };

export type KioskPreviewDataFragment = { language: string, languages: Array<string>, texts: Array<{ key: string, value: string }>, images: Array<{ key: string, url: string }>, causes: Array<{ id: string, label: string }>, colors: Array<{ key: string, value: string }> } & { ' $fragmentName'?: 'KioskPreviewDataFragment' };

export type PanicButtonBaseFragment = (
  { id: string, name: string, active: boolean }
  & { ' $fragmentRefs'?: { 'PanicButtonContentFragment': PanicButtonContentFragment;'PanicButtonCausesFragment': PanicButtonCausesFragment;'PanicButtonEmailFragment': PanicButtonEmailFragment;'PanicButtonSettingsFragment': PanicButtonSettingsFragment } }
) & { ' $fragmentName'?: 'PanicButtonBaseFragment' };

export type PanicButtonQueryVariables = Exact<{
  id: string | number;
}>;


export type PanicButtonQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | (
      { __typename: 'PanicButton' }
      & { ' $fragmentRefs'?: { 'PanicButtonBaseFragment': PanicButtonBaseFragment } }
    )
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type PanicButtonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PanicButtonsQuery = { panicButtons: { totalCount: number, edges: Array<{ node: { id: string, name: string, active: boolean, languages: Array<string>, defaultLanguage: string } | null } | null> | null } };

export type CreatePanicButtonMutationVariables = Exact<{
  name: string;
  languages?: Array<string> | string | null | undefined;
  defaultLanguage?: string | null | undefined;
}>;


export type CreatePanicButtonMutation = { createPanicButton: { id: string, name: string } };

export type UpdatePanicButtonMutationVariables = Exact<{
  id: string | number;
  input: PanicButtonInput;
}>;


export type UpdatePanicButtonMutation = { updatePanicButton: { ' $fragmentRefs'?: { 'PanicButtonBaseFragment': PanicButtonBaseFragment } } };

export type PrinterCodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PrinterCodeQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton', id: string, printerCode: string, printerCodeRotatedAt: string | null }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type RotatePrinterCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type RotatePrinterCodeMutation = { rotatePrinterCode: { id: string, printerCode: string, printerCodeRotatedAt: string | null } };

export type PanicButtonGeneralFragment = { id: string, name: string, languages: Array<string>, defaultLanguage: string, active: boolean } & { ' $fragmentName'?: 'PanicButtonGeneralFragment' };

export type PanicButtonOidsFragment = { id: string, errorOids: Array<string> | null } & { ' $fragmentName'?: 'PanicButtonOidsFragment' };

export type PanicButtonSettingsFragment = (
  { id: string }
  & { ' $fragmentRefs'?: { 'PanicButtonGeneralFragment': PanicButtonGeneralFragment;'PanicButtonOidsFragment': PanicButtonOidsFragment } }
) & { ' $fragmentName'?: 'PanicButtonSettingsFragment' };

export type PreviewEmailQueryVariables = Exact<{
  panicButtonId: string | number;
  language: string;
  kind: EmailTemplateKind;
  interventionId?: string | number | null | undefined;
  subject?: string | null | undefined;
  html?: string | null | undefined;
}>;


export type PreviewEmailQuery = { previewEmail: { subject: string, html: string, text: string } };

export type PreviewInterventionsQueryVariables = Exact<{
  where?: InterventionWhereInput | null | undefined;
}>;


export type PreviewInterventionsQuery = { interventions: { edges: Array<{ node: { id: string, reference: string } | null } | null> | null } };

export type SendTestEmailMutationVariables = Exact<{
  panicButtonId: string | number;
  language: string;
  kind: EmailTemplateKind;
}>;


export type SendTestEmailMutation = { sendTestEmail: { id: string, to: Array<string>, status: EmailMessageStatus } };

export type EmailTemplateFieldsFragment = { id: string, language: string, fromEmail: string | null, fromName: string | null, technicalEmails: Array<string> | null, techSubject: string | null, techHTML: string | null, userSubject: string | null, userHTML: string | null, statusAdminSubject: string | null, statusAdminHTML: string | null, statusCustomerSubject: string | null, statusCustomerHTML: string | null, statusTechnicianSubject: string | null, statusTechnicianHTML: string | null, noteCustomerSubject: string | null, noteCustomerHTML: string | null } & { ' $fragmentName'?: 'EmailTemplateFieldsFragment' };

export type EmailTemplatesQueryVariables = Exact<{
  id: string | number;
}>;


export type EmailTemplatesQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton', id: string, emailTemplates: Array<{ ' $fragmentRefs'?: { 'EmailTemplateFieldsFragment': EmailTemplateFieldsFragment } }> | null }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type UpdateEmailTemplateMutationVariables = Exact<{
  panicButtonId: string | number;
  language: string;
  input: EmailTemplateInput;
}>;


export type UpdateEmailTemplateMutation = { updateEmailTemplate: { ' $fragmentRefs'?: { 'EmailTemplateFieldsFragment': EmailTemplateFieldsFragment } } };

export type PanicButtonEmailFragment = { id: string, languages: Array<string>, defaultLanguage: string } & { ' $fragmentName'?: 'PanicButtonEmailFragment' };

export type PrinterSuppliesQueryVariables = Exact<{
  id: string | number;
}>;


export type PrinterSuppliesQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer', id: string, supplies: Array<{ id: string, description: string, type: string | null, color: string | null, levelState: SupplyLevelState, percent: number | null, daysLeft: number | null, replacedAt: string | null, readings: { edges: Array<{ node: { id: string, readAt: string, percent: number | null, replacement: boolean } | null } | null> | null } }> | null }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type PrinterUsageQueryVariables = Exact<{
  from: string;
  to: string;
  printerId?: string | number | null | undefined;
}>;


export type PrinterUsageQuery = { usage: { months: Array<{ month: string, total: number, black: number, color: number, large: number }>, total: { total: number, black: number, color: number, large: number }, jumps: Array<{ readingId: string, at: string, counter: string, pages: number, accepted: boolean }> } };

export type PrinterInfoFragment = { ip: string | null, lastSeenAt: string | null, lastPolledAt: string | null, lastTotal: number | null, lastBlack: number | null, lastColor: number | null, lastLarge: number | null, panicButton: { id: string, name: string } } & { ' $fragmentName'?: 'PrinterInfoFragment' };

export type PrinterAlertsFragment = { lastErrors: Array<string> | null, lastAlerts: Array<{ condition: string, description: string | null, severity: string | null, since: string | null }> } & { ' $fragmentName'?: 'PrinterAlertsFragment' };

export type PrinterEditFragment = { id: string, name: string | null, location: string | null, customerContactEmail: string | null, snmpEnabled: boolean, snmpVersion: PrinterSnmpVersion, snmpProfile: string | null } & { ' $fragmentName'?: 'PrinterEditFragment' };

export type PrinterPollFragment = { id: string, serial: string, ip: string | null } & { ' $fragmentName'?: 'PrinterPollFragment' };

export type PrinterMoveFragment = { id: string, panicButton: { id: string } } & { ' $fragmentName'?: 'PrinterMoveFragment' };

export type PrinterDeleteFragment = { id: string, serial: string } & { ' $fragmentName'?: 'PrinterDeleteFragment' };

export type PrinterDetailFragment = (
  { id: string, serial: string, model: string | null, name: string | null, location: string | null }
  & { ' $fragmentRefs'?: { 'PrinterInfoFragment': PrinterInfoFragment;'PrinterAlertsFragment': PrinterAlertsFragment;'PrinterEditFragment': PrinterEditFragment;'PrinterPollFragment': PrinterPollFragment;'PrinterMoveFragment': PrinterMoveFragment;'PrinterDeleteFragment': PrinterDeleteFragment } }
) & { ' $fragmentName'?: 'PrinterDetailFragment' };

export type PrinterDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PrinterDetailQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | (
      { __typename: 'Printer', meterReadings: { totalCount: number, edges: Array<{ node: { id: string, readAt: string, total: number | null, black: number | null, color: number | null, large: number | null, source: MeterReadingSource } | null } | null> | null }, interventions: { totalCount: number, edges: Array<{ node: { id: string, reference: string, createdAt: string, status: { id: string, name: string, category: InterventionStatusCategory } } | null } | null> | null } }
      & { ' $fragmentRefs'?: { 'PrinterDetailFragment': PrinterDetailFragment } }
    )
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null, panicButtons: { edges: Array<{ node: { id: string, name: string } | null } | null> | null } };

export type UpdatePrinterMutationVariables = Exact<{
  id: string | number;
  input: PrinterInput;
}>;


export type UpdatePrinterMutation = { updatePrinter: { ' $fragmentRefs'?: { 'PrinterDetailFragment': PrinterDetailFragment } } };

export type MovePrinterMutationVariables = Exact<{
  id: string | number;
  panicButtonId: string | number;
}>;


export type MovePrinterMutation = { movePrinter: { ' $fragmentRefs'?: { 'PrinterDetailFragment': PrinterDetailFragment } } };

export type PollPrinterMutationVariables = Exact<{
  id: string | number;
}>;


export type PollPrinterMutation = { pollPrinter: { target: string | null, meterStored: boolean, reported: Array<string>, error: string | null, printer: { ' $fragmentRefs'?: { 'PrinterDetailFragment': PrinterDetailFragment } } } };

export type DeletePrinterMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePrinterMutation = { deletePrinter: string };

export type PrinterOptionsQueryVariables = Exact<{
  where?: PrinterWhereInput | null | undefined;
  selected: string | number;
  withSelected: boolean;
}>;


export type PrinterOptionsQuery = { printers: { edges: Array<{ node: { id: string, serial: string, name: string | null } | null } | null> | null }, selected?:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer', id: string, serial: string, name: string | null }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type PrintersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: PrinterWhereInput | null | undefined;
}>;


export type PrintersQuery = { printers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, serial: string, model: string | null, name: string | null, location: string | null, ip: string | null, lastSeenAt: string | null, lastTotal: number | null, lastErrors: Array<string> | null, panicButton: { id: string, name: string } } | null } | null> | null } };

export type LowSuppliesQueryVariables = Exact<{
  threshold: number;
  orderBy: LowSupplyOrder;
}>;


export type LowSuppliesQuery = { lowSupplies: Array<{ id: string, description: string, levelState: SupplyLevelState, percent: number | null, daysLeft: number | null, printer: { id: string, serial: string, name: string | null, location: string | null, panicButton: { id: string, name: string } } }> };

export type InboundQuarantineQueryVariables = Exact<{ [key: string]: never; }>;


export type InboundQuarantineQuery = { inboundEmails: { totalCount: number, edges: Array<{ node: { id: string, fromEmail: string, subject: string | null, text: string | null, reason: string | null, createdAt: string, images: Array<{ url: string, filename: string | null }>, intervention: { id: string, reference: string } | null } | null } | null> | null } };

export type InterventionByReferenceQueryVariables = Exact<{
  reference: string;
}>;


export type InterventionByReferenceQuery = { interventions: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type AssignInboundEmailMutationVariables = Exact<{
  id: string | number;
  interventionId: string | number;
}>;


export type AssignInboundEmailMutation = { assignInboundEmail: { id: string, status: InboundEmailStatus } };

export type DiscardInboundEmailMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardInboundEmailMutation = { discardInboundEmail: { id: string, status: InboundEmailStatus } };

export type NotificationSettingsQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type NotificationSettingsQuery = { notificationSettings: { id: string, emailAdmins: boolean, emailCustomer: boolean, emailTechnicians: boolean, pushAdmins: boolean, pushTechnicians: boolean, reopenOnNotFixed: boolean, triggerStatuses: Array<{ id: string }> | null } | null, interventionStatuses: Array<{ id: string, name: string, category: InterventionStatusCategory, localizedName: string }> };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { id: string, emailAdmins: boolean, emailCustomer: boolean, emailTechnicians: boolean, pushAdmins: boolean, pushTechnicians: boolean, reopenOnNotFixed: boolean, triggerStatuses: Array<{ id: string }> | null } };

export type OutboxMessageFragment = { id: string, createdAt: string, kind: EmailMessageKind, to: Array<string>, subject: string, status: EmailMessageStatus, attempts: number, nextAttemptAt: string, lastError: string | null, sentAt: string | null, intervention: { id: string, reference: string } | null } & { ' $fragmentName'?: 'OutboxMessageFragment' };

export type OutboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: EmailMessageWhereInput | null | undefined;
}>;


export type OutboxQuery = { emailMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'OutboxMessageFragment': OutboxMessageFragment } }
      ) | null } | null> | null } };

export type OutboxMessageBodyQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboxMessageBodyQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage', id: string, html: string, text: string }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type RetryEmailMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryEmailMessageMutation = { retryEmailMessage: { ' $fragmentRefs'?: { 'OutboxMessageFragment': OutboxMessageFragment } } };

export type StatusItemFragment = { id: string, name: string, category: InterventionStatusCategory, isInitial: boolean } & { ' $fragmentName'?: 'StatusItemFragment' };

export type StatusesQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusesQuery = { interventionStatuses: Array<(
    { id: string, name: string, position: number }
    & { ' $fragmentRefs'?: { 'StatusItemFragment': StatusItemFragment } }
  )> };

export type CreateStatusMutationVariables = Exact<{
  input: CreateInterventionStatusInput;
}>;


export type CreateStatusMutation = { createInterventionStatus: { ' $fragmentRefs'?: { 'StatusItemFragment': StatusItemFragment } } };

export type UpdateStatusMutationVariables = Exact<{
  id: string | number;
  input: UpdateInterventionStatusInput;
}>;


export type UpdateStatusMutation = { updateInterventionStatus: { ' $fragmentRefs'?: { 'StatusItemFragment': StatusItemFragment } } };

export type DeleteStatusMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteStatusMutation = { deleteInterventionStatus: string };

export type ReorderStatusesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ReorderStatusesMutation = { reorderInterventionStatuses: Array<(
    { id: string, position: number }
    & { ' $fragmentRefs'?: { 'StatusItemFragment': StatusItemFragment } }
  )> };

export type EmailVariableItemFragment = { name: string, description: string, example: string, aliasOf: string | null } & { ' $fragmentName'?: 'EmailVariableItemFragment' };

export type EmailVariablesQueryVariables = Exact<{
  language?: string | null | undefined;
}>;


export type EmailVariablesQuery = { emailVariables: Array<{ ' $fragmentRefs'?: { 'EmailVariableItemFragment': EmailVariableItemFragment } }> };

export type UserItemFragment = { id: string, email: string, name: string, phone: string | null, role: UserRole, active: boolean, language: string, lastLoginAt: string | null } & { ' $fragmentName'?: 'UserItemFragment' };

export type UsersQueryVariables = Exact<{
  where?: UserWhereInput | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'UserItemFragment': UserItemFragment } }
      ) | null } | null> | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { ' $fragmentRefs'?: { 'UserItemFragment': UserItemFragment } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { ' $fragmentRefs'?: { 'UserItemFragment': UserItemFragment } } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { ' $fragmentRefs'?: { 'UserItemFragment': UserItemFragment } } };

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableUserMutation = { enableUser: { ' $fragmentRefs'?: { 'UserItemFragment': UserItemFragment } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: boolean };

export type DeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteUserMutation = { deleteUser: string };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhookEventTypes: Array<string>, webhooks: { edges: Array<{ node: { id: string, url: string, description: string | null, events: Array<string>, active: boolean, disabledAt: string | null, disabledReason: string | null, failingSince: string | null, previousSecretExpiresAt: string | null } | null } | null> | null } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeliveriesQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook', id: string, deliveries: { totalCount: number, edges: Array<{ node: { id: string, eventID: string, eventType: string, status: WebhookDeliveryStatus, payload: string, totalAttempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string, deliveredAt: string | null, createdAt: string } | null } | null> | null } }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery' }
   | null };

export type WebhookAttemptsQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookAttemptsQuery = { node:
    | { __typename: 'APIKey' }
    | { __typename: 'AuditLog' }
    | { __typename: 'Cause' }
    | { __typename: 'EmailMessage' }
    | { __typename: 'EmailTemplate' }
    | { __typename: 'InboundEmail' }
    | { __typename: 'Intervention' }
    | { __typename: 'InterventionEvent' }
    | { __typename: 'InterventionStatus' }
    | { __typename: 'Media' }
    | { __typename: 'MeterReading' }
    | { __typename: 'Notification' }
    | { __typename: 'NotificationSettings' }
    | { __typename: 'Organization' }
    | { __typename: 'PanicButton' }
    | { __typename: 'Printer' }
    | { __typename: 'Supply' }
    | { __typename: 'SupplyReading' }
    | { __typename: 'User' }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookAttempt' }
    | { __typename: 'WebhookDelivery', id: string, attemptLog: { edges: Array<{ node: { id: string, attempt: number, createdAt: string, responseStatus: number | null, responseBody: string | null, error: string | null, durationMs: number, nextAttemptAt: string | null, requestHeaders: Array<{ name: string, value: string }> } | null } | null> | null } }
   | null };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, active: boolean, disabledAt: string | null, disabledReason: string | null } };

export type DeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookMutation = { deleteWebhook: string };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, webhook: { id: string, previousSecretExpiresAt: string | null } } };

export type SendTestWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type SendTestWebhookMutation = { sendTestWebhook: { id: string, status: WebhookDeliveryStatus } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

export type RedeliverFailedWebhookDeliveriesMutationVariables = Exact<{
  webhookId: string | number;
}>;


export type RedeliverFailedWebhookDeliveriesMutation = { redeliverFailedWebhookDeliveries: number };

export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const InterventionReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<InterventionReportFragment, unknown>;
export const InterventionPrinterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]} as unknown as DocumentNode<InterventionPrinterFragment, unknown>;
export const InterventionHistoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterventionHistoryFragment, unknown>;
export const InterventionStatusChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InterventionStatusChangeFragment, unknown>;
export const InterventionAssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InterventionAssignmentFragment, unknown>;
export const InterventionNoteTargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<InterventionNoteTargetFragment, unknown>;
export const InterventionDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]} as unknown as DocumentNode<InterventionDetailFragment, unknown>;
export const InterventionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InterventionRowFragment, unknown>;
export const BellNotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BellNotification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<BellNotificationFragment, unknown>;
export const CauseItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CauseItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CauseItemFragment, unknown>;
export const KioskPreviewDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPreviewData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kiosk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KioskPreviewDataFragment, unknown>;
export const PanicButtonContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}}]} as unknown as DocumentNode<PanicButtonContentFragment, unknown>;
export const PanicButtonCausesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonCauses"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}}]} as unknown as DocumentNode<PanicButtonCausesFragment, unknown>;
export const PanicButtonEmailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonEmail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}}]} as unknown as DocumentNode<PanicButtonEmailFragment, unknown>;
export const PanicButtonGeneralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonGeneral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<PanicButtonGeneralFragment, unknown>;
export const PanicButtonOidsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonOids"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorOids"}}]}}]} as unknown as DocumentNode<PanicButtonOidsFragment, unknown>;
export const PanicButtonSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonGeneral"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonGeneral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonOids"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorOids"}}]}}]} as unknown as DocumentNode<PanicButtonSettingsFragment, unknown>;
export const PanicButtonBaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonBase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonContent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonCauses"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonEmail"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonSettings"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonGeneral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonOids"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonCauses"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonEmail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonGeneral"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonOids"}}]}}]} as unknown as DocumentNode<PanicButtonBaseFragment, unknown>;
export const EmailTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromEmail"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"technicalEmails"}},{"kind":"Field","name":{"kind":"Name","value":"techSubject"}},{"kind":"Field","name":{"kind":"Name","value":"techHTML"}},{"kind":"Field","name":{"kind":"Name","value":"userSubject"}},{"kind":"Field","name":{"kind":"Name","value":"userHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianHTML"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerHTML"}}]}}]} as unknown as DocumentNode<EmailTemplateFieldsFragment, unknown>;
export const PrinterInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrinterInfoFragment, unknown>;
export const PrinterAlertsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<PrinterAlertsFragment, unknown>;
export const PrinterEditFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}}]} as unknown as DocumentNode<PrinterEditFragment, unknown>;
export const PrinterPollFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]} as unknown as DocumentNode<PrinterPollFragment, unknown>;
export const PrinterMoveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PrinterMoveFragment, unknown>;
export const PrinterDeleteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]} as unknown as DocumentNode<PrinterDeleteFragment, unknown>;
export const PrinterDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterInfo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterAlerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterPoll"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterMove"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDelete"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}}]} as unknown as DocumentNode<PrinterDetailFragment, unknown>;
export const OutboxMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<OutboxMessageFragment, unknown>;
export const StatusItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}}]}}]} as unknown as DocumentNode<StatusItemFragment, unknown>;
export const EmailVariableItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailVariableItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailVariable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"aliasOf"}}]}}]} as unknown as DocumentNode<EmailVariableItemFragment, unknown>;
export const UserItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UserItemFragment, unknown>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyScopes"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAPIKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectID"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const InterventionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InterventionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InterventionChangedSubscription, InterventionChangedSubscriptionVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"todayStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localizedName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"silentPrinters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"silentSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printersWithAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasStatusWith"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"categoryNEQ"},"value":{"kind":"EnumValue","value":"CLOSED"}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"today"},"name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAtGTE"},"value":{"kind":"Variable","name":{"kind":"Name","value":"todayStart"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const StatusCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statusId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statusId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}}]}}]}}]} as unknown as DocumentNode<StatusCountQuery, StatusCountQueryVariables>;
export const SatisfactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panicButtons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SatisfactionQuery, SatisfactionQueryVariables>;
export const InterventionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionDetail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localizedName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}}]} as unknown as DocumentNode<InterventionDetailQuery, InterventionDetailQueryVariables>;
export const TechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TECHNICIAN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TechniciansQuery, TechniciansQueryVariables>;
export const ChangeInterventionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeInterventionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statusId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeInterventionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"statusId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statusId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}}]} as unknown as DocumentNode<ChangeInterventionStatusMutation, ChangeInterventionStatusMutationVariables>;
export const AssignInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technicianIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"technicianIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technicianIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}}]} as unknown as DocumentNode<AssignInterventionMutation, AssignInterventionMutationVariables>;
export const RevokeTrackingLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTrackingLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTrackingLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"interventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}}]} as unknown as DocumentNode<RevokeTrackingLinkMutation, RevokeTrackingLinkMutationVariables>;
export const AddInterventionNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInterventionNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"public"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInterventionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"public"},"value":{"kind":"Variable","name":{"kind":"Name","value":"public"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPhone"}},{"kind":"Field","name":{"kind":"Name","value":"causeLabels"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionPrinter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printerSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionHistory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"authorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionStatusChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionAssignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionNoteTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionReport"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionPrinter"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionHistory"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionStatusChange"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionAssignment"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionNoteTarget"}}]}}]} as unknown as DocumentNode<AddInterventionNoteMutation, AddInterventionNoteMutationVariables>;
export const InterventionChangedDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InterventionChangedDetail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InterventionChangedDetailSubscription, InterventionChangedDetailSubscriptionVariables>;
export const InterventionFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localizedName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<InterventionFilterOptionsQuery, InterventionFilterOptionsQueryVariables>;
export const AdminFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panicButtons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TECHNICIAN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminFilterOptionsQuery, AdminFilterOptionsQueryVariables>;
export const InterventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Interventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterventionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterventionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Intervention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reporterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InterventionsQuery, InterventionsQueryVariables>;
export const SearchIndexDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchIndex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchIndex"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"pendingIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<SearchIndexQuery, SearchIndexQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const BellNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BellNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BellNotification"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BellNotification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<BellNotificationsQuery, BellNotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BellNotification"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BellNotification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const DisableOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DisableOrganizationMutation, DisableOrganizationMutationVariables>;
export const EnableOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<EnableOrganizationMutation, EnableOrganizationMutationVariables>;
export const CausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Causes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"causes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CauseItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CauseItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CausesQuery, CausesQueryVariables>;
export const CreateCauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedTextInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CauseItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CauseItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CreateCauseMutation, CreateCauseMutationVariables>;
export const UpdateCauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedTextInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CauseItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CauseItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cause"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<UpdateCauseMutation, UpdateCauseMutationVariables>;
export const DeleteCauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCauseMutation, DeleteCauseMutationVariables>;
export const ReorderCausesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderCauses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderCauses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReorderCausesMutation, ReorderCausesMutationVariables>;
export const KioskContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KioskContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kioskTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kioskColors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kioskImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kioskPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KioskPreviewData"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KioskPreviewData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kiosk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"texts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KioskContentQuery, KioskContentQueryVariables>;
export const SetKioskTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetKioskTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"texts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKioskTexts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"texts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"texts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetKioskTextsMutation, SetKioskTextsMutationVariables>;
export const SetKioskColorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetKioskColors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"colors"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KeyValueInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setKioskColors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"colors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"colors"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kioskColors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SetKioskColorsMutation, SetKioskColorsMutationVariables>;
export const UploadKioskImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadKioskImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadKioskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kioskImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<UploadKioskImageMutation, UploadKioskImageMutationVariables>;
export const RemoveKioskImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveKioskImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeKioskImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kioskImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveKioskImageMutation, RemoveKioskImageMutationVariables>;
export const PanicButtonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PanicButton"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonBase"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonCauses"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonEmail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonGeneral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonOids"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonGeneral"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonBase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonContent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonCauses"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonEmail"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonSettings"}}]}}]} as unknown as DocumentNode<PanicButtonQuery, PanicButtonQueryVariables>;
export const PanicButtonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PanicButtons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"panicButtons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PanicButtonsQuery, PanicButtonsQueryVariables>;
export const CreatePanicButtonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePanicButton"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"languages"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"defaultLanguage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPanicButton"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"languages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"languages"}}},{"kind":"Argument","name":{"kind":"Name","value":"defaultLanguage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"defaultLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePanicButtonMutation, CreatePanicButtonMutationVariables>;
export const UpdatePanicButtonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePanicButton"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButtonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePanicButton"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonBase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonCauses"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonEmail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonGeneral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonOids"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonGeneral"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonOids"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PanicButtonBase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonContent"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonCauses"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonEmail"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PanicButtonSettings"}}]}}]} as unknown as DocumentNode<UpdatePanicButtonMutation, UpdatePanicButtonMutationVariables>;
export const PrinterCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"printerCode"}},{"kind":"Field","name":{"kind":"Name","value":"printerCodeRotatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PrinterCodeQuery, PrinterCodeQueryVariables>;
export const RotatePrinterCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePrinterCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePrinterCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"printerCode"}},{"kind":"Field","name":{"kind":"Name","value":"printerCodeRotatedAt"}}]}}]}}]} as unknown as DocumentNode<RotatePrinterCodeMutation, RotatePrinterCodeMutationVariables>;
export const PreviewEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplateKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interventionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"html"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"interventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interventionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"html"},"value":{"kind":"Variable","name":{"kind":"Name","value":"html"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PreviewEmailQuery, PreviewEmailQueryVariables>;
export const PreviewInterventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewInterventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewInterventionsQuery, PreviewInterventionsQueryVariables>;
export const SendTestEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplateKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendTestEmailMutation, SendTestEmailMutationVariables>;
export const EmailTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanicButton"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailTemplateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromEmail"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"technicalEmails"}},{"kind":"Field","name":{"kind":"Name","value":"techSubject"}},{"kind":"Field","name":{"kind":"Name","value":"techHTML"}},{"kind":"Field","name":{"kind":"Name","value":"userSubject"}},{"kind":"Field","name":{"kind":"Name","value":"userHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianHTML"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerHTML"}}]}}]} as unknown as DocumentNode<EmailTemplatesQuery, EmailTemplatesQueryVariables>;
export const UpdateEmailTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fromEmail"}},{"kind":"Field","name":{"kind":"Name","value":"fromName"}},{"kind":"Field","name":{"kind":"Name","value":"technicalEmails"}},{"kind":"Field","name":{"kind":"Name","value":"techSubject"}},{"kind":"Field","name":{"kind":"Name","value":"techHTML"}},{"kind":"Field","name":{"kind":"Name","value":"userSubject"}},{"kind":"Field","name":{"kind":"Name","value":"userHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusAdminHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusCustomerHTML"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianSubject"}},{"kind":"Field","name":{"kind":"Name","value":"statusTechnicianHTML"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"noteCustomerHTML"}}]}}]} as unknown as DocumentNode<UpdateEmailTemplateMutation, UpdateEmailTemplateMutationVariables>;
export const PrinterSuppliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterSupplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"levelState"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"READ_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"replacement"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrinterSuppliesQuery, PrinterSuppliesQueryVariables>;
export const PrinterUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"printerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"printerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"printerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jumps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readingId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"counter"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]}}]} as unknown as DocumentNode<PrinterUsageQuery, PrinterUsageQueryVariables>;
export const PrinterDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDetail"}},{"kind":"Field","name":{"kind":"Name","value":"meterReadings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"READ_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"black"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"large"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"panicButtons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterInfo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterAlerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterPoll"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterMove"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDelete"}}]}}]} as unknown as DocumentNode<PrinterDetailQuery, PrinterDetailQueryVariables>;
export const UpdatePrinterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePrinter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrinterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePrinter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterInfo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterAlerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterPoll"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterMove"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDelete"}}]}}]} as unknown as DocumentNode<UpdatePrinterMutation, UpdatePrinterMutationVariables>;
export const MovePrinterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MovePrinter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movePrinter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"panicButtonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"panicButtonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterInfo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterAlerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterPoll"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterMove"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDelete"}}]}}]} as unknown as DocumentNode<MovePrinterMutation, MovePrinterMutationVariables>;
export const PollPrinterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PollPrinter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollPrinter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"meterStored"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastBlack"}},{"kind":"Field","name":{"kind":"Name","value":"lastColor"}},{"kind":"Field","name":{"kind":"Name","value":"lastLarge"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterAlerts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterEdit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"customerContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"snmpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"snmpVersion"}},{"kind":"Field","name":{"kind":"Name","value":"snmpProfile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterPoll"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterMove"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDelete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrinterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterInfo"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterAlerts"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterEdit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterPoll"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterMove"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrinterDelete"}}]}}]} as unknown as DocumentNode<PollPrinterMutation, PollPrinterMutationVariables>;
export const DeletePrinterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePrinter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePrinter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePrinterMutation, DeletePrinterMutationVariables>;
export const PrinterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrinterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrinterWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selected"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSelected"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SERIAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"selected"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selected"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSelected"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Printer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PrinterOptionsQuery, PrinterOptionsQueryVariables>;
export const PrintersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Printers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrinterWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SERIAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrors"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PrintersQuery, PrintersQueryVariables>;
export const LowSuppliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowSupplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LowSupplyOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowSupplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"levelState"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"printer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"panicButton"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LowSuppliesQuery, LowSuppliesQueryVariables>;
export const InboundQuarantineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundQuarantine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"QUARANTINED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromEmail"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboundQuarantineQuery, InboundQuarantineQueryVariables>;
export const InterventionByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterventionByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterventionByReferenceQuery, InterventionByReferenceQueryVariables>;
export const AssignInboundEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignInboundEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignInboundEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"interventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssignInboundEmailMutation, AssignInboundEmailMutationVariables>;
export const DiscardInboundEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardInboundEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardInboundEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DiscardInboundEmailMutation, DiscardInboundEmailMutationVariables>;
export const NotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"emailCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"emailTechnicians"}},{"kind":"Field","name":{"kind":"Name","value":"pushAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"pushTechnicians"}},{"kind":"Field","name":{"kind":"Name","value":"reopenOnNotFixed"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"localizedName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"emailCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"emailTechnicians"}},{"kind":"Field","name":{"kind":"Name","value":"pushAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"pushTechnicians"}},{"kind":"Field","name":{"kind":"Name","value":"reopenOnNotFixed"}},{"kind":"Field","name":{"kind":"Name","value":"triggerStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const OutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessageWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxMessage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const OutboxMessageBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMessageBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMessageBodyQuery, OutboxMessageBodyQueryVariables>;
export const RetryEmailMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryEmailMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryEmailMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutboxMessage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutboxMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"intervention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<RetryEmailMessageMutation, RetryEmailMessageMutationVariables>;
export const StatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interventionStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}}]}}]} as unknown as DocumentNode<StatusesQuery, StatusesQueryVariables>;
export const CreateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInterventionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInterventionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}}]}}]} as unknown as DocumentNode<CreateStatusMutation, CreateStatusMutationVariables>;
export const UpdateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInterventionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInterventionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}}]}}]} as unknown as DocumentNode<UpdateStatusMutation, UpdateStatusMutationVariables>;
export const DeleteStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInterventionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteStatusMutation, DeleteStatusMutationVariables>;
export const ReorderStatusesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderInterventionStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}}]}}]} as unknown as DocumentNode<ReorderStatusesMutation, ReorderStatusesMutationVariables>;
export const EmailVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailVariableItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailVariableItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailVariable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"example"}},{"kind":"Field","name":{"kind":"Name","value":"aliasOf"}}]}}]} as unknown as DocumentNode<EmailVariablesQuery, EmailVariablesQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookAttemptsQuery, WebhookAttemptsQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const RedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const RedeliverFailedWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverFailedWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverFailedWebhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}}]}]}}]} as unknown as DocumentNode<RedeliverFailedWebhookDeliveriesMutation, RedeliverFailedWebhookDeliveriesMutationVariables>;