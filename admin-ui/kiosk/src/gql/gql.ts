/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LaunchFields on LaunchPayload {\n    status\n    sessionToken\n    prefillEmail\n    kiosk {\n      language\n      languages\n      texts {\n        key\n        value\n      }\n      images {\n        key\n        url\n      }\n      causes {\n        id\n        label\n      }\n      colors {\n        key\n        value\n      }\n    }\n  }\n": typeof types.LaunchFieldsFragmentDoc,
    "\n  mutation Launch($input: LaunchInput!) {\n    launch(input: $input) {\n      ...LaunchFields\n    }\n  }\n": typeof types.LaunchDocument,
    "\n  mutation RegisterPrinter($input: RegisterPrinterInput!) {\n    registerPrinter(input: $input) {\n      ...LaunchFields\n    }\n  }\n": typeof types.RegisterPrinterDocument,
    "\n  mutation SubmitPanicReport($input: PanicReportInput!) {\n    submitPanicReport(input: $input) {\n      reference\n      status\n      emailsQueued\n    }\n  }\n": typeof types.SubmitPanicReportDocument,
};
const documents: Documents = {
    "\n  fragment LaunchFields on LaunchPayload {\n    status\n    sessionToken\n    prefillEmail\n    kiosk {\n      language\n      languages\n      texts {\n        key\n        value\n      }\n      images {\n        key\n        url\n      }\n      causes {\n        id\n        label\n      }\n      colors {\n        key\n        value\n      }\n    }\n  }\n": types.LaunchFieldsFragmentDoc,
    "\n  mutation Launch($input: LaunchInput!) {\n    launch(input: $input) {\n      ...LaunchFields\n    }\n  }\n": types.LaunchDocument,
    "\n  mutation RegisterPrinter($input: RegisterPrinterInput!) {\n    registerPrinter(input: $input) {\n      ...LaunchFields\n    }\n  }\n": types.RegisterPrinterDocument,
    "\n  mutation SubmitPanicReport($input: PanicReportInput!) {\n    submitPanicReport(input: $input) {\n      reference\n      status\n      emailsQueued\n    }\n  }\n": types.SubmitPanicReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LaunchFields on LaunchPayload {\n    status\n    sessionToken\n    prefillEmail\n    kiosk {\n      language\n      languages\n      texts {\n        key\n        value\n      }\n      images {\n        key\n        url\n      }\n      causes {\n        id\n        label\n      }\n      colors {\n        key\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').LaunchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Launch($input: LaunchInput!) {\n    launch(input: $input) {\n      ...LaunchFields\n    }\n  }\n"): typeof import('./graphql').LaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPrinter($input: RegisterPrinterInput!) {\n    registerPrinter(input: $input) {\n      ...LaunchFields\n    }\n  }\n"): typeof import('./graphql').RegisterPrinterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPanicReport($input: PanicReportInput!) {\n    submitPanicReport(input: $input) {\n      reference\n      status\n      emailsQueued\n    }\n  }\n"): typeof import('./graphql').SubmitPanicReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
