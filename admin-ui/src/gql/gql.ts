/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput) {\n    interventions(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": typeof types.InterventionsDocument,
    "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n": typeof types.InterventionChangedDocument,
    "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n    }\n  }\n": typeof types.InterventionRowFragmentDoc,
    "\n  fragment CurrentUser on User {\n    name\n    email\n    role\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput) {\n    interventions(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": types.InterventionsDocument,
    "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n": types.InterventionChangedDocument,
    "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n    }\n  }\n": types.InterventionRowFragmentDoc,
    "\n  fragment CurrentUser on User {\n    name\n    email\n    role\n  }\n": types.CurrentUserFragmentDoc,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput) {\n    interventions(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput) {\n    interventions(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    name\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    name\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;