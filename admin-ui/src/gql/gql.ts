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
    "\n  query ApiKeys {\n    apiKeys(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          lastUsedAt\n          revokedAt\n          createdAt\n          createdBy {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    apiKeyScopes\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLogs($first: Int!, $after: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          operation\n          objectType\n          objectID\n          ip\n          createdAt\n          changes\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n": typeof types.InterventionChangedDocument,
    "\n  query Dashboard($language: String, $todayStart: Time!) {\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n    silentPrinters(first: 10) {\n      id\n      serial\n      name\n      location\n      silentSince\n      lastSeenAt\n    }\n    printersWithAlerts(first: 10) {\n      id\n      serial\n      name\n      location\n      lastErrors\n      lastAlerts {\n        condition\n        description\n      }\n    }\n    open: interventions(first: 0, where: { hasStatusWith: [{ categoryNEQ: CLOSED }] }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n    today: interventions(\n      first: 10\n      where: { createdAtGTE: $todayStart }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCountCapped\n      totalCountIsExact\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query StatusCount($statusId: ID!) {\n    interventions(first: 0, where: { statusID: $statusId }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n  }\n": typeof types.StatusCountDocument,
    "\n  query Satisfaction {\n    panicButtons(first: 50) {\n      edges {\n        node {\n          id\n          name\n          satisfaction {\n            answered\n            fixed\n            rate\n          }\n        }\n      }\n    }\n  }\n": typeof types.SatisfactionDocument,
    "\n  fragment InterventionReport on Intervention {\n    reporterEmail\n    reporterPhone\n    causeLabels\n    message\n    language\n    panicButton {\n      id\n      name\n    }\n    relatedTo {\n      id\n      reference\n    }\n  }\n": typeof types.InterventionReportFragmentDoc,
    "\n  fragment InterventionPrinter on Intervention {\n    createdAt\n    printer {\n      id\n    }\n    printerSnapshot {\n      serial\n      model\n      name\n      location\n      ip\n      total\n      black\n      color\n      large\n      errors\n    }\n  }\n": typeof types.InterventionPrinterFragmentDoc,
    "\n  fragment InterventionHistory on Intervention {\n    events(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          fromStatus\n          toStatus\n          note\n          public\n          authorEmail\n          attachments {\n            url\n          }\n          createdAt\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.InterventionHistoryFragmentDoc,
    "\n  fragment InterventionStatusChange on Intervention {\n    id\n    status {\n      id\n    }\n  }\n": typeof types.InterventionStatusChangeFragmentDoc,
    "\n  fragment InterventionAssignment on Intervention {\n    id\n    technicians {\n      id\n      name\n      email\n    }\n  }\n": typeof types.InterventionAssignmentFragmentDoc,
    "\n  fragment InterventionNoteTarget on Intervention {\n    id\n  }\n": typeof types.InterventionNoteTargetFragmentDoc,
    "\n  fragment InterventionDetail on Intervention {\n    id\n    reference\n    origin\n    createdAt\n    updatedAt\n    closedAt\n    status {\n      id\n      name\n      category\n    }\n    ...InterventionReport\n    ...InterventionPrinter\n    ...InterventionHistory\n    ...InterventionStatusChange\n    ...InterventionAssignment\n    ...InterventionNoteTarget\n  }\n": typeof types.InterventionDetailFragmentDoc,
    "\n  query InterventionDetail($id: ID!, $language: String) {\n    node(id: $id) {\n      __typename\n      ... on Intervention {\n        ...InterventionDetail\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n": typeof types.InterventionDetailDocument,
    "\n  query Technicians {\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.TechniciansDocument,
    "\n  mutation ChangeInterventionStatus($id: ID!, $statusId: ID!, $note: String) {\n    changeInterventionStatus(id: $id, statusId: $statusId, note: $note) {\n      ...InterventionDetail\n    }\n  }\n": typeof types.ChangeInterventionStatusDocument,
    "\n  mutation AssignIntervention($id: ID!, $technicianIds: [ID!]!) {\n    assignIntervention(id: $id, technicianIds: $technicianIds) {\n      ...InterventionDetail\n    }\n  }\n": typeof types.AssignInterventionDocument,
    "\n  mutation RevokeTrackingLink($id: ID!) {\n    revokeTrackingLink(interventionId: $id) {\n      ...InterventionDetail\n    }\n  }\n": typeof types.RevokeTrackingLinkDocument,
    "\n  mutation AddInterventionNote($id: ID!, $note: String!, $public: Boolean) {\n    addInterventionNote(id: $id, note: $note, public: $public) {\n      ...InterventionDetail\n    }\n  }\n": typeof types.AddInterventionNoteDocument,
    "\n  subscription InterventionChangedDetail {\n    interventionChanged {\n      id\n    }\n  }\n": typeof types.InterventionChangedDetailDocument,
    "\n  query InterventionFilterOptions($language: String) {\n    interventionStatuses {\n      id\n      name\n      localizedName(language: $language)\n    }\n  }\n": typeof types.InterventionFilterOptionsDocument,
    "\n  query AdminFilterOptions {\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AdminFilterOptionsDocument,
    "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {\n    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCountCapped\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": typeof types.InterventionsDocument,
    "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    updatedAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n      name\n    }\n    technicians {\n      id\n      name\n      email\n    }\n  }\n": typeof types.InterventionRowFragmentDoc,
    "\n  query SearchIndex {\n    searchIndex {\n      pending\n      pendingIsExact\n      complete\n    }\n  }\n": typeof types.SearchIndexDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment BellNotification on Notification {\n    id\n    kind\n    text\n    readAt\n    createdAt\n    intervention {\n      id\n      reference\n    }\n  }\n": typeof types.BellNotificationFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          text\n          intervention {\n            id\n          }\n          ...BellNotification\n        }\n      }\n    }\n  }\n": typeof types.BellNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      readAt\n      text\n      intervention {\n        id\n      }\n      ...BellNotification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query Organizations {\n    organizations(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          defaultLanguage\n          timezone\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: NewOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation DisableOrganization($id: ID!) {\n    disableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DisableOrganizationDocument,
    "\n  mutation EnableOrganization($id: ID!) {\n    enableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.EnableOrganizationDocument,
    "\n  fragment CauseItem on Cause {\n    id\n    active\n    labels {\n      language\n      value\n    }\n  }\n": typeof types.CauseItemFragmentDoc,
    "\n  query Causes($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        causes {\n          id\n          position\n          labels {\n            language\n            value\n          }\n          ...CauseItem\n        }\n      }\n    }\n  }\n": typeof types.CausesDocument,
    "\n  mutation CreateCause($panicButtonId: ID!, $labels: [LocalizedTextInput!]!) {\n    createCause(panicButtonId: $panicButtonId, labels: $labels) {\n      ...CauseItem\n    }\n  }\n": typeof types.CreateCauseDocument,
    "\n  mutation UpdateCause($id: ID!, $labels: [LocalizedTextInput!], $active: Boolean) {\n    updateCause(id: $id, labels: $labels, active: $active) {\n      ...CauseItem\n    }\n  }\n": typeof types.UpdateCauseDocument,
    "\n  mutation DeleteCause($id: ID!) {\n    deleteCause(id: $id)\n  }\n": typeof types.DeleteCauseDocument,
    "\n  mutation ReorderCauses($panicButtonId: ID!, $ids: [ID!]!) {\n    reorderCauses(panicButtonId: $panicButtonId, ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderCausesDocument,
    "\n  fragment PanicButtonCauses on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": typeof types.PanicButtonCausesFragmentDoc,
    "\n  query KioskContent($id: ID!, $language: String!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        kioskTexts(language: $language) {\n          key\n          value\n        }\n        kioskColors {\n          key\n          value\n        }\n        kioskImages {\n          key\n          url\n        }\n        kioskPreview(language: $language) {\n          ...KioskPreviewData\n        }\n      }\n    }\n  }\n": typeof types.KioskContentDocument,
    "\n  mutation SetKioskTexts($panicButtonId: ID!, $language: String!, $texts: [KeyValueInput!]!) {\n    setKioskTexts(panicButtonId: $panicButtonId, language: $language, texts: $texts) {\n      id\n    }\n  }\n": typeof types.SetKioskTextsDocument,
    "\n  mutation SetKioskColors($panicButtonId: ID!, $colors: [KeyValueInput!]!) {\n    setKioskColors(panicButtonId: $panicButtonId, colors: $colors) {\n      id\n      kioskColors {\n        key\n        value\n      }\n    }\n  }\n": typeof types.SetKioskColorsDocument,
    "\n  mutation UploadKioskImage($panicButtonId: ID!, $key: String!, $file: Upload!) {\n    uploadKioskImage(panicButtonId: $panicButtonId, key: $key, file: $file) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n": typeof types.UploadKioskImageDocument,
    "\n  mutation RemoveKioskImage($panicButtonId: ID!, $key: String!) {\n    removeKioskImage(panicButtonId: $panicButtonId, key: $key) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n": typeof types.RemoveKioskImageDocument,
    "\n  fragment PanicButtonContent on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": typeof types.PanicButtonContentFragmentDoc,
    "\n  fragment KioskPreviewData on Kiosk {\n    language\n    languages\n    texts {\n      key\n      value\n    }\n    images {\n      key\n      url\n    }\n    causes {\n      id\n      label\n    }\n    colors {\n      key\n      value\n    }\n  }\n": typeof types.KioskPreviewDataFragmentDoc,
    "\n  fragment PanicButtonBase on PanicButton {\n    id\n    name\n    active\n    ...PanicButtonContent\n    ...PanicButtonCauses\n    ...PanicButtonEmail\n    ...PanicButtonSettings\n  }\n": typeof types.PanicButtonBaseFragmentDoc,
    "\n  query PanicButton($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        ...PanicButtonBase\n      }\n    }\n  }\n": typeof types.PanicButtonDocument,
    "\n  query PanicButtons {\n    panicButtons(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          active\n          languages\n          defaultLanguage\n        }\n      }\n    }\n  }\n": typeof types.PanicButtonsDocument,
    "\n  mutation CreatePanicButton($name: String!, $languages: [String!], $defaultLanguage: String) {\n    createPanicButton(name: $name, languages: $languages, defaultLanguage: $defaultLanguage) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePanicButtonDocument,
    "\n  mutation UpdatePanicButton($id: ID!, $input: PanicButtonInput!) {\n    updatePanicButton(id: $id, input: $input) {\n      ...PanicButtonBase\n    }\n  }\n": typeof types.UpdatePanicButtonDocument,
    "\n  query PrinterCode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        printerCode\n        printerCodeRotatedAt\n      }\n    }\n  }\n": typeof types.PrinterCodeDocument,
    "\n  mutation RotatePrinterCode($id: ID!) {\n    rotatePrinterCode(id: $id) {\n      id\n      printerCode\n      printerCodeRotatedAt\n    }\n  }\n": typeof types.RotatePrinterCodeDocument,
    "\n  fragment PanicButtonGeneral on PanicButton {\n    id\n    name\n    languages\n    defaultLanguage\n    active\n  }\n": typeof types.PanicButtonGeneralFragmentDoc,
    "\n  fragment PanicButtonOids on PanicButton {\n    id\n    errorOids\n  }\n": typeof types.PanicButtonOidsFragmentDoc,
    "\n  fragment PanicButtonSettings on PanicButton {\n    id\n    ...PanicButtonGeneral\n    ...PanicButtonOids\n  }\n": typeof types.PanicButtonSettingsFragmentDoc,
    "\n  query PreviewEmail(\n    $panicButtonId: ID!\n    $language: String!\n    $kind: EmailTemplateKind!\n    $interventionId: ID\n    $subject: String\n    $html: String\n  ) {\n    previewEmail(\n      panicButtonId: $panicButtonId\n      language: $language\n      kind: $kind\n      interventionId: $interventionId\n      subject: $subject\n      html: $html\n    ) {\n      subject\n      html\n      text\n    }\n  }\n": typeof types.PreviewEmailDocument,
    "\n  query PreviewInterventions($where: InterventionWhereInput) {\n    interventions(first: 10, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n": typeof types.PreviewInterventionsDocument,
    "\n  mutation SendTestEmail($panicButtonId: ID!, $language: String!, $kind: EmailTemplateKind!) {\n    sendTestEmail(panicButtonId: $panicButtonId, language: $language, kind: $kind) {\n      id\n      to\n      status\n    }\n  }\n": typeof types.SendTestEmailDocument,
    "\n  fragment EmailTemplateFields on EmailTemplate {\n    id\n    language\n    fromEmail\n    fromName\n    technicalEmails\n    techSubject\n    techHTML\n    userSubject\n    userHTML\n    statusAdminSubject\n    statusAdminHTML\n    statusCustomerSubject\n    statusCustomerHTML\n    statusTechnicianSubject\n    statusTechnicianHTML\n    noteCustomerSubject\n    noteCustomerHTML\n  }\n": typeof types.EmailTemplateFieldsFragmentDoc,
    "\n  query EmailTemplates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        emailTemplates {\n          ...EmailTemplateFields\n        }\n      }\n    }\n  }\n": typeof types.EmailTemplatesDocument,
    "\n  mutation UpdateEmailTemplate($panicButtonId: ID!, $language: String!, $input: EmailTemplateInput!) {\n    updateEmailTemplate(panicButtonId: $panicButtonId, language: $language, input: $input) {\n      ...EmailTemplateFields\n    }\n  }\n": typeof types.UpdateEmailTemplateDocument,
    "\n  fragment PanicButtonEmail on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": typeof types.PanicButtonEmailFragmentDoc,
    "\n  query PrinterSupplies($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        id\n        supplies {\n          id\n          description\n          type\n          color\n          levelState\n          percent\n          daysLeft\n          replacedAt\n          readings(first: 12, orderBy: { field: READ_AT, direction: DESC }) {\n            edges {\n              node {\n                id\n                readAt\n                percent\n                replacement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PrinterSuppliesDocument,
    "\n  query PrinterUsage($from: Time!, $to: Time!, $printerId: ID) {\n    usage(from: $from, to: $to, printerId: $printerId) {\n      months {\n        month\n        total\n        black\n        color\n        large\n      }\n      total {\n        total\n        black\n        color\n        large\n      }\n      jumps {\n        readingId\n        at\n        counter\n        pages\n        accepted\n      }\n    }\n  }\n": typeof types.PrinterUsageDocument,
    "\n  fragment PrinterInfo on Printer {\n    ip\n    lastSeenAt\n    lastPolledAt\n    lastTotal\n    lastBlack\n    lastColor\n    lastLarge\n    panicButton {\n      id\n      name\n    }\n  }\n": typeof types.PrinterInfoFragmentDoc,
    "\n  fragment PrinterAlerts on Printer {\n    lastErrors\n    lastAlerts {\n      condition\n      description\n      severity\n      since\n    }\n  }\n": typeof types.PrinterAlertsFragmentDoc,
    "\n  fragment PrinterEdit on Printer {\n    id\n    name\n    location\n    customerContactEmail\n    snmpEnabled\n    snmpVersion\n    snmpProfile\n  }\n": typeof types.PrinterEditFragmentDoc,
    "\n  fragment PrinterPoll on Printer {\n    id\n    serial\n    ip\n  }\n": typeof types.PrinterPollFragmentDoc,
    "\n  fragment PrinterMove on Printer {\n    id\n    panicButton {\n      id\n    }\n  }\n": typeof types.PrinterMoveFragmentDoc,
    "\n  fragment PrinterDelete on Printer {\n    id\n    serial\n  }\n": typeof types.PrinterDeleteFragmentDoc,
    "\n  fragment PrinterDetail on Printer {\n    id\n    serial\n    model\n    name\n    location\n    ...PrinterInfo\n    ...PrinterAlerts\n    ...PrinterEdit\n    ...PrinterPoll\n    ...PrinterMove\n    ...PrinterDelete\n  }\n": typeof types.PrinterDetailFragmentDoc,
    "\n  query PrinterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        ...PrinterDetail\n        meterReadings(first: 200, orderBy: { field: READ_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              readAt\n              total\n              black\n              color\n              large\n              source\n            }\n          }\n        }\n        interventions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              reference\n              createdAt\n              status {\n                id\n                name\n                category\n              }\n            }\n          }\n        }\n      }\n    }\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PrinterDetailDocument,
    "\n  mutation UpdatePrinter($id: ID!, $input: PrinterInput!) {\n    updatePrinter(id: $id, input: $input) {\n      ...PrinterDetail\n    }\n  }\n": typeof types.UpdatePrinterDocument,
    "\n  mutation MovePrinter($id: ID!, $panicButtonId: ID!) {\n    movePrinter(id: $id, panicButtonId: $panicButtonId) {\n      ...PrinterDetail\n    }\n  }\n": typeof types.MovePrinterDocument,
    "\n  mutation PollPrinter($id: ID!) {\n    pollPrinter(id: $id) {\n      target\n      meterStored\n      reported\n      error\n      printer {\n        ...PrinterDetail\n      }\n    }\n  }\n": typeof types.PollPrinterDocument,
    "\n  mutation DeletePrinter($id: ID!) {\n    deletePrinter(id: $id)\n  }\n": typeof types.DeletePrinterDocument,
    "\n  query PrinterOptions($where: PrinterWhereInput, $selected: ID!, $withSelected: Boolean!) {\n    printers(first: 20, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      edges {\n        node {\n          id\n          serial\n          name\n        }\n      }\n    }\n    selected: node(id: $selected) @include(if: $withSelected) {\n      __typename\n      ... on Printer {\n        id\n        serial\n        name\n      }\n    }\n  }\n": typeof types.PrinterOptionsDocument,
    "\n  query Printers($first: Int!, $after: Cursor, $where: PrinterWhereInput) {\n    printers(first: $first, after: $after, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          model\n          name\n          location\n          ip\n          lastSeenAt\n          lastTotal\n          lastErrors\n          panicButton {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PrintersDocument,
    "\n  query LowSupplies($threshold: Int!, $orderBy: LowSupplyOrder!) {\n    lowSupplies(threshold: $threshold, orderBy: $orderBy, first: 200) {\n      id\n      description\n      levelState\n      percent\n      daysLeft\n      printer {\n        id\n        serial\n        name\n        location\n        panicButton {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LowSuppliesDocument,
    "\n  query InboundQuarantine {\n    inboundEmails(first: 50, where: { status: QUARANTINED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fromEmail\n          subject\n          text\n          reason\n          createdAt\n          images {\n            url\n            filename\n          }\n          intervention {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": typeof types.InboundQuarantineDocument,
    "\n  query InterventionByReference($reference: String!) {\n    interventions(first: 1, where: { reference: $reference }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.InterventionByReferenceDocument,
    "\n  mutation AssignInboundEmail($id: ID!, $interventionId: ID!) {\n    assignInboundEmail(id: $id, interventionId: $interventionId) {\n      id\n      status\n    }\n  }\n": typeof types.AssignInboundEmailDocument,
    "\n  mutation DiscardInboundEmail($id: ID!) {\n    discardInboundEmail(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DiscardInboundEmailDocument,
    "\n  query NotificationSettings($language: String) {\n    notificationSettings {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  fragment OutboxMessage on EmailMessage {\n    id\n    createdAt\n    kind\n    to\n    subject\n    status\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    intervention {\n      id\n      reference\n    }\n  }\n": typeof types.OutboxMessageFragmentDoc,
    "\n  query Outbox($first: Int!, $after: Cursor, $where: EmailMessageWhereInput) {\n    emailMessages(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OutboxMessage\n        }\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  query OutboxMessageBody($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailMessage {\n        id\n        html\n        text\n      }\n    }\n  }\n": typeof types.OutboxMessageBodyDocument,
    "\n  mutation RetryEmailMessage($id: ID!) {\n    retryEmailMessage(id: $id) {\n      ...OutboxMessage\n    }\n  }\n": typeof types.RetryEmailMessageDocument,
    "\n  fragment StatusItem on InterventionStatus {\n    id\n    name\n    category\n    isInitial\n  }\n": typeof types.StatusItemFragmentDoc,
    "\n  query Statuses {\n    interventionStatuses {\n      id\n      name\n      position\n      ...StatusItem\n    }\n  }\n": typeof types.StatusesDocument,
    "\n  mutation CreateStatus($input: CreateInterventionStatusInput!) {\n    createInterventionStatus(input: $input) {\n      ...StatusItem\n    }\n  }\n": typeof types.CreateStatusDocument,
    "\n  mutation UpdateStatus($id: ID!, $input: UpdateInterventionStatusInput!) {\n    updateInterventionStatus(id: $id, input: $input) {\n      ...StatusItem\n    }\n  }\n": typeof types.UpdateStatusDocument,
    "\n  mutation DeleteStatus($id: ID!) {\n    deleteInterventionStatus(id: $id)\n  }\n": typeof types.DeleteStatusDocument,
    "\n  mutation ReorderStatuses($ids: [ID!]!) {\n    reorderInterventionStatuses(ids: $ids) {\n      id\n      position\n      ...StatusItem\n    }\n  }\n": typeof types.ReorderStatusesDocument,
    "\n  fragment EmailVariableItem on EmailVariable {\n    name\n    description\n    example\n    aliasOf\n  }\n": typeof types.EmailVariableItemFragmentDoc,
    "\n  query EmailVariables($language: String) {\n    emailVariables(language: $language) {\n      ...EmailVariableItem\n    }\n  }\n": typeof types.EmailVariablesDocument,
    "\n  fragment UserItem on User {\n    id\n    email\n    name\n    phone\n    role\n    active\n    language\n    lastLoginAt\n  }\n": typeof types.UserItemFragmentDoc,
    "\n  query Users($where: UserWhereInput) {\n    users(first: 200, where: $where, orderBy: { field: EMAIL, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UserItem\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserItem\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserItem\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserItem\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument,
    "\n  query Webhooks {\n    webhooks(first: 50, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n          disabledAt\n          disabledReason\n          failingSince\n          previousSecretExpiresAt\n        }\n      }\n    }\n    webhookEventTypes\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        deliveries(first: 25, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              eventID\n              eventType\n              status\n              payload\n              totalAttempts\n              lastStatusCode\n              lastError\n              nextAttemptAt\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query WebhookAttempts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        attemptLog(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              attempt\n              createdAt\n              responseStatus\n              responseBody\n              error\n              durationMs\n              nextAttemptAt\n              requestHeaders {\n                name\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookAttemptsDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n      disabledAt\n      disabledReason\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  mutation RedeliverFailedWebhookDeliveries($webhookId: ID!) {\n    redeliverFailedWebhookDeliveries(webhookId: $webhookId)\n  }\n": typeof types.RedeliverFailedWebhookDeliveriesDocument,
};
const documents: Documents = {
    "\n  query ApiKeys {\n    apiKeys(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          lastUsedAt\n          revokedAt\n          createdAt\n          createdBy {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    apiKeyScopes\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLogs($first: Int!, $after: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          operation\n          objectType\n          objectID\n          ip\n          createdAt\n          changes\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query Me {\n    me {\n      id\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n": types.InterventionChangedDocument,
    "\n  query Dashboard($language: String, $todayStart: Time!) {\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n    silentPrinters(first: 10) {\n      id\n      serial\n      name\n      location\n      silentSince\n      lastSeenAt\n    }\n    printersWithAlerts(first: 10) {\n      id\n      serial\n      name\n      location\n      lastErrors\n      lastAlerts {\n        condition\n        description\n      }\n    }\n    open: interventions(first: 0, where: { hasStatusWith: [{ categoryNEQ: CLOSED }] }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n    today: interventions(\n      first: 10\n      where: { createdAtGTE: $todayStart }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCountCapped\n      totalCountIsExact\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query StatusCount($statusId: ID!) {\n    interventions(first: 0, where: { statusID: $statusId }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n  }\n": types.StatusCountDocument,
    "\n  query Satisfaction {\n    panicButtons(first: 50) {\n      edges {\n        node {\n          id\n          name\n          satisfaction {\n            answered\n            fixed\n            rate\n          }\n        }\n      }\n    }\n  }\n": types.SatisfactionDocument,
    "\n  fragment InterventionReport on Intervention {\n    reporterEmail\n    reporterPhone\n    causeLabels\n    message\n    language\n    panicButton {\n      id\n      name\n    }\n    relatedTo {\n      id\n      reference\n    }\n  }\n": types.InterventionReportFragmentDoc,
    "\n  fragment InterventionPrinter on Intervention {\n    createdAt\n    printer {\n      id\n    }\n    printerSnapshot {\n      serial\n      model\n      name\n      location\n      ip\n      total\n      black\n      color\n      large\n      errors\n    }\n  }\n": types.InterventionPrinterFragmentDoc,
    "\n  fragment InterventionHistory on Intervention {\n    events(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          fromStatus\n          toStatus\n          note\n          public\n          authorEmail\n          attachments {\n            url\n          }\n          createdAt\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.InterventionHistoryFragmentDoc,
    "\n  fragment InterventionStatusChange on Intervention {\n    id\n    status {\n      id\n    }\n  }\n": types.InterventionStatusChangeFragmentDoc,
    "\n  fragment InterventionAssignment on Intervention {\n    id\n    technicians {\n      id\n      name\n      email\n    }\n  }\n": types.InterventionAssignmentFragmentDoc,
    "\n  fragment InterventionNoteTarget on Intervention {\n    id\n  }\n": types.InterventionNoteTargetFragmentDoc,
    "\n  fragment InterventionDetail on Intervention {\n    id\n    reference\n    origin\n    createdAt\n    updatedAt\n    closedAt\n    status {\n      id\n      name\n      category\n    }\n    ...InterventionReport\n    ...InterventionPrinter\n    ...InterventionHistory\n    ...InterventionStatusChange\n    ...InterventionAssignment\n    ...InterventionNoteTarget\n  }\n": types.InterventionDetailFragmentDoc,
    "\n  query InterventionDetail($id: ID!, $language: String) {\n    node(id: $id) {\n      __typename\n      ... on Intervention {\n        ...InterventionDetail\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n": types.InterventionDetailDocument,
    "\n  query Technicians {\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.TechniciansDocument,
    "\n  mutation ChangeInterventionStatus($id: ID!, $statusId: ID!, $note: String) {\n    changeInterventionStatus(id: $id, statusId: $statusId, note: $note) {\n      ...InterventionDetail\n    }\n  }\n": types.ChangeInterventionStatusDocument,
    "\n  mutation AssignIntervention($id: ID!, $technicianIds: [ID!]!) {\n    assignIntervention(id: $id, technicianIds: $technicianIds) {\n      ...InterventionDetail\n    }\n  }\n": types.AssignInterventionDocument,
    "\n  mutation RevokeTrackingLink($id: ID!) {\n    revokeTrackingLink(interventionId: $id) {\n      ...InterventionDetail\n    }\n  }\n": types.RevokeTrackingLinkDocument,
    "\n  mutation AddInterventionNote($id: ID!, $note: String!, $public: Boolean) {\n    addInterventionNote(id: $id, note: $note, public: $public) {\n      ...InterventionDetail\n    }\n  }\n": types.AddInterventionNoteDocument,
    "\n  subscription InterventionChangedDetail {\n    interventionChanged {\n      id\n    }\n  }\n": types.InterventionChangedDetailDocument,
    "\n  query InterventionFilterOptions($language: String) {\n    interventionStatuses {\n      id\n      name\n      localizedName(language: $language)\n    }\n  }\n": types.InterventionFilterOptionsDocument,
    "\n  query AdminFilterOptions {\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AdminFilterOptionsDocument,
    "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {\n    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCountCapped\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n": types.InterventionsDocument,
    "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    updatedAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n      name\n    }\n    technicians {\n      id\n      name\n      email\n    }\n  }\n": types.InterventionRowFragmentDoc,
    "\n  query SearchIndex {\n    searchIndex {\n      pending\n      pendingIsExact\n      complete\n    }\n  }\n": types.SearchIndexDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment BellNotification on Notification {\n    id\n    kind\n    text\n    readAt\n    createdAt\n    intervention {\n      id\n      reference\n    }\n  }\n": types.BellNotificationFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          text\n          intervention {\n            id\n          }\n          ...BellNotification\n        }\n      }\n    }\n  }\n": types.BellNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      readAt\n      text\n      intervention {\n        id\n      }\n      ...BellNotification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query Organizations {\n    organizations(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          defaultLanguage\n          timezone\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation CreateOrganization($input: NewOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation DisableOrganization($id: ID!) {\n    disableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n": types.DisableOrganizationDocument,
    "\n  mutation EnableOrganization($id: ID!) {\n    enableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n": types.EnableOrganizationDocument,
    "\n  fragment CauseItem on Cause {\n    id\n    active\n    labels {\n      language\n      value\n    }\n  }\n": types.CauseItemFragmentDoc,
    "\n  query Causes($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        causes {\n          id\n          position\n          labels {\n            language\n            value\n          }\n          ...CauseItem\n        }\n      }\n    }\n  }\n": types.CausesDocument,
    "\n  mutation CreateCause($panicButtonId: ID!, $labels: [LocalizedTextInput!]!) {\n    createCause(panicButtonId: $panicButtonId, labels: $labels) {\n      ...CauseItem\n    }\n  }\n": types.CreateCauseDocument,
    "\n  mutation UpdateCause($id: ID!, $labels: [LocalizedTextInput!], $active: Boolean) {\n    updateCause(id: $id, labels: $labels, active: $active) {\n      ...CauseItem\n    }\n  }\n": types.UpdateCauseDocument,
    "\n  mutation DeleteCause($id: ID!) {\n    deleteCause(id: $id)\n  }\n": types.DeleteCauseDocument,
    "\n  mutation ReorderCauses($panicButtonId: ID!, $ids: [ID!]!) {\n    reorderCauses(panicButtonId: $panicButtonId, ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderCausesDocument,
    "\n  fragment PanicButtonCauses on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": types.PanicButtonCausesFragmentDoc,
    "\n  query KioskContent($id: ID!, $language: String!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        kioskTexts(language: $language) {\n          key\n          value\n        }\n        kioskColors {\n          key\n          value\n        }\n        kioskImages {\n          key\n          url\n        }\n        kioskPreview(language: $language) {\n          ...KioskPreviewData\n        }\n      }\n    }\n  }\n": types.KioskContentDocument,
    "\n  mutation SetKioskTexts($panicButtonId: ID!, $language: String!, $texts: [KeyValueInput!]!) {\n    setKioskTexts(panicButtonId: $panicButtonId, language: $language, texts: $texts) {\n      id\n    }\n  }\n": types.SetKioskTextsDocument,
    "\n  mutation SetKioskColors($panicButtonId: ID!, $colors: [KeyValueInput!]!) {\n    setKioskColors(panicButtonId: $panicButtonId, colors: $colors) {\n      id\n      kioskColors {\n        key\n        value\n      }\n    }\n  }\n": types.SetKioskColorsDocument,
    "\n  mutation UploadKioskImage($panicButtonId: ID!, $key: String!, $file: Upload!) {\n    uploadKioskImage(panicButtonId: $panicButtonId, key: $key, file: $file) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n": types.UploadKioskImageDocument,
    "\n  mutation RemoveKioskImage($panicButtonId: ID!, $key: String!) {\n    removeKioskImage(panicButtonId: $panicButtonId, key: $key) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n": types.RemoveKioskImageDocument,
    "\n  fragment PanicButtonContent on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": types.PanicButtonContentFragmentDoc,
    "\n  fragment KioskPreviewData on Kiosk {\n    language\n    languages\n    texts {\n      key\n      value\n    }\n    images {\n      key\n      url\n    }\n    causes {\n      id\n      label\n    }\n    colors {\n      key\n      value\n    }\n  }\n": types.KioskPreviewDataFragmentDoc,
    "\n  fragment PanicButtonBase on PanicButton {\n    id\n    name\n    active\n    ...PanicButtonContent\n    ...PanicButtonCauses\n    ...PanicButtonEmail\n    ...PanicButtonSettings\n  }\n": types.PanicButtonBaseFragmentDoc,
    "\n  query PanicButton($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        ...PanicButtonBase\n      }\n    }\n  }\n": types.PanicButtonDocument,
    "\n  query PanicButtons {\n    panicButtons(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          active\n          languages\n          defaultLanguage\n        }\n      }\n    }\n  }\n": types.PanicButtonsDocument,
    "\n  mutation CreatePanicButton($name: String!, $languages: [String!], $defaultLanguage: String) {\n    createPanicButton(name: $name, languages: $languages, defaultLanguage: $defaultLanguage) {\n      id\n      name\n    }\n  }\n": types.CreatePanicButtonDocument,
    "\n  mutation UpdatePanicButton($id: ID!, $input: PanicButtonInput!) {\n    updatePanicButton(id: $id, input: $input) {\n      ...PanicButtonBase\n    }\n  }\n": types.UpdatePanicButtonDocument,
    "\n  query PrinterCode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        printerCode\n        printerCodeRotatedAt\n      }\n    }\n  }\n": types.PrinterCodeDocument,
    "\n  mutation RotatePrinterCode($id: ID!) {\n    rotatePrinterCode(id: $id) {\n      id\n      printerCode\n      printerCodeRotatedAt\n    }\n  }\n": types.RotatePrinterCodeDocument,
    "\n  fragment PanicButtonGeneral on PanicButton {\n    id\n    name\n    languages\n    defaultLanguage\n    active\n  }\n": types.PanicButtonGeneralFragmentDoc,
    "\n  fragment PanicButtonOids on PanicButton {\n    id\n    errorOids\n  }\n": types.PanicButtonOidsFragmentDoc,
    "\n  fragment PanicButtonSettings on PanicButton {\n    id\n    ...PanicButtonGeneral\n    ...PanicButtonOids\n  }\n": types.PanicButtonSettingsFragmentDoc,
    "\n  query PreviewEmail(\n    $panicButtonId: ID!\n    $language: String!\n    $kind: EmailTemplateKind!\n    $interventionId: ID\n    $subject: String\n    $html: String\n  ) {\n    previewEmail(\n      panicButtonId: $panicButtonId\n      language: $language\n      kind: $kind\n      interventionId: $interventionId\n      subject: $subject\n      html: $html\n    ) {\n      subject\n      html\n      text\n    }\n  }\n": types.PreviewEmailDocument,
    "\n  query PreviewInterventions($where: InterventionWhereInput) {\n    interventions(first: 10, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n": types.PreviewInterventionsDocument,
    "\n  mutation SendTestEmail($panicButtonId: ID!, $language: String!, $kind: EmailTemplateKind!) {\n    sendTestEmail(panicButtonId: $panicButtonId, language: $language, kind: $kind) {\n      id\n      to\n      status\n    }\n  }\n": types.SendTestEmailDocument,
    "\n  fragment EmailTemplateFields on EmailTemplate {\n    id\n    language\n    fromEmail\n    fromName\n    technicalEmails\n    techSubject\n    techHTML\n    userSubject\n    userHTML\n    statusAdminSubject\n    statusAdminHTML\n    statusCustomerSubject\n    statusCustomerHTML\n    statusTechnicianSubject\n    statusTechnicianHTML\n    noteCustomerSubject\n    noteCustomerHTML\n  }\n": types.EmailTemplateFieldsFragmentDoc,
    "\n  query EmailTemplates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        emailTemplates {\n          ...EmailTemplateFields\n        }\n      }\n    }\n  }\n": types.EmailTemplatesDocument,
    "\n  mutation UpdateEmailTemplate($panicButtonId: ID!, $language: String!, $input: EmailTemplateInput!) {\n    updateEmailTemplate(panicButtonId: $panicButtonId, language: $language, input: $input) {\n      ...EmailTemplateFields\n    }\n  }\n": types.UpdateEmailTemplateDocument,
    "\n  fragment PanicButtonEmail on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n": types.PanicButtonEmailFragmentDoc,
    "\n  query PrinterSupplies($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        id\n        supplies {\n          id\n          description\n          type\n          color\n          levelState\n          percent\n          daysLeft\n          replacedAt\n          readings(first: 12, orderBy: { field: READ_AT, direction: DESC }) {\n            edges {\n              node {\n                id\n                readAt\n                percent\n                replacement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PrinterSuppliesDocument,
    "\n  query PrinterUsage($from: Time!, $to: Time!, $printerId: ID) {\n    usage(from: $from, to: $to, printerId: $printerId) {\n      months {\n        month\n        total\n        black\n        color\n        large\n      }\n      total {\n        total\n        black\n        color\n        large\n      }\n      jumps {\n        readingId\n        at\n        counter\n        pages\n        accepted\n      }\n    }\n  }\n": types.PrinterUsageDocument,
    "\n  fragment PrinterInfo on Printer {\n    ip\n    lastSeenAt\n    lastPolledAt\n    lastTotal\n    lastBlack\n    lastColor\n    lastLarge\n    panicButton {\n      id\n      name\n    }\n  }\n": types.PrinterInfoFragmentDoc,
    "\n  fragment PrinterAlerts on Printer {\n    lastErrors\n    lastAlerts {\n      condition\n      description\n      severity\n      since\n    }\n  }\n": types.PrinterAlertsFragmentDoc,
    "\n  fragment PrinterEdit on Printer {\n    id\n    name\n    location\n    customerContactEmail\n    snmpEnabled\n    snmpVersion\n    snmpProfile\n  }\n": types.PrinterEditFragmentDoc,
    "\n  fragment PrinterPoll on Printer {\n    id\n    serial\n    ip\n  }\n": types.PrinterPollFragmentDoc,
    "\n  fragment PrinterMove on Printer {\n    id\n    panicButton {\n      id\n    }\n  }\n": types.PrinterMoveFragmentDoc,
    "\n  fragment PrinterDelete on Printer {\n    id\n    serial\n  }\n": types.PrinterDeleteFragmentDoc,
    "\n  fragment PrinterDetail on Printer {\n    id\n    serial\n    model\n    name\n    location\n    ...PrinterInfo\n    ...PrinterAlerts\n    ...PrinterEdit\n    ...PrinterPoll\n    ...PrinterMove\n    ...PrinterDelete\n  }\n": types.PrinterDetailFragmentDoc,
    "\n  query PrinterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        ...PrinterDetail\n        meterReadings(first: 200, orderBy: { field: READ_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              readAt\n              total\n              black\n              color\n              large\n              source\n            }\n          }\n        }\n        interventions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              reference\n              createdAt\n              status {\n                id\n                name\n                category\n              }\n            }\n          }\n        }\n      }\n    }\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PrinterDetailDocument,
    "\n  mutation UpdatePrinter($id: ID!, $input: PrinterInput!) {\n    updatePrinter(id: $id, input: $input) {\n      ...PrinterDetail\n    }\n  }\n": types.UpdatePrinterDocument,
    "\n  mutation MovePrinter($id: ID!, $panicButtonId: ID!) {\n    movePrinter(id: $id, panicButtonId: $panicButtonId) {\n      ...PrinterDetail\n    }\n  }\n": types.MovePrinterDocument,
    "\n  mutation PollPrinter($id: ID!) {\n    pollPrinter(id: $id) {\n      target\n      meterStored\n      reported\n      error\n      printer {\n        ...PrinterDetail\n      }\n    }\n  }\n": types.PollPrinterDocument,
    "\n  mutation DeletePrinter($id: ID!) {\n    deletePrinter(id: $id)\n  }\n": types.DeletePrinterDocument,
    "\n  query PrinterOptions($where: PrinterWhereInput, $selected: ID!, $withSelected: Boolean!) {\n    printers(first: 20, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      edges {\n        node {\n          id\n          serial\n          name\n        }\n      }\n    }\n    selected: node(id: $selected) @include(if: $withSelected) {\n      __typename\n      ... on Printer {\n        id\n        serial\n        name\n      }\n    }\n  }\n": types.PrinterOptionsDocument,
    "\n  query Printers($first: Int!, $after: Cursor, $where: PrinterWhereInput) {\n    printers(first: $first, after: $after, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          model\n          name\n          location\n          ip\n          lastSeenAt\n          lastTotal\n          lastErrors\n          panicButton {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PrintersDocument,
    "\n  query LowSupplies($threshold: Int!, $orderBy: LowSupplyOrder!) {\n    lowSupplies(threshold: $threshold, orderBy: $orderBy, first: 200) {\n      id\n      description\n      levelState\n      percent\n      daysLeft\n      printer {\n        id\n        serial\n        name\n        location\n        panicButton {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LowSuppliesDocument,
    "\n  query InboundQuarantine {\n    inboundEmails(first: 50, where: { status: QUARANTINED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fromEmail\n          subject\n          text\n          reason\n          createdAt\n          images {\n            url\n            filename\n          }\n          intervention {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n": types.InboundQuarantineDocument,
    "\n  query InterventionByReference($reference: String!) {\n    interventions(first: 1, where: { reference: $reference }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.InterventionByReferenceDocument,
    "\n  mutation AssignInboundEmail($id: ID!, $interventionId: ID!) {\n    assignInboundEmail(id: $id, interventionId: $interventionId) {\n      id\n      status\n    }\n  }\n": types.AssignInboundEmailDocument,
    "\n  mutation DiscardInboundEmail($id: ID!) {\n    discardInboundEmail(id: $id) {\n      id\n      status\n    }\n  }\n": types.DiscardInboundEmailDocument,
    "\n  query NotificationSettings($language: String) {\n    notificationSettings {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  fragment OutboxMessage on EmailMessage {\n    id\n    createdAt\n    kind\n    to\n    subject\n    status\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    intervention {\n      id\n      reference\n    }\n  }\n": types.OutboxMessageFragmentDoc,
    "\n  query Outbox($first: Int!, $after: Cursor, $where: EmailMessageWhereInput) {\n    emailMessages(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OutboxMessage\n        }\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  query OutboxMessageBody($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailMessage {\n        id\n        html\n        text\n      }\n    }\n  }\n": types.OutboxMessageBodyDocument,
    "\n  mutation RetryEmailMessage($id: ID!) {\n    retryEmailMessage(id: $id) {\n      ...OutboxMessage\n    }\n  }\n": types.RetryEmailMessageDocument,
    "\n  fragment StatusItem on InterventionStatus {\n    id\n    name\n    category\n    isInitial\n  }\n": types.StatusItemFragmentDoc,
    "\n  query Statuses {\n    interventionStatuses {\n      id\n      name\n      position\n      ...StatusItem\n    }\n  }\n": types.StatusesDocument,
    "\n  mutation CreateStatus($input: CreateInterventionStatusInput!) {\n    createInterventionStatus(input: $input) {\n      ...StatusItem\n    }\n  }\n": types.CreateStatusDocument,
    "\n  mutation UpdateStatus($id: ID!, $input: UpdateInterventionStatusInput!) {\n    updateInterventionStatus(id: $id, input: $input) {\n      ...StatusItem\n    }\n  }\n": types.UpdateStatusDocument,
    "\n  mutation DeleteStatus($id: ID!) {\n    deleteInterventionStatus(id: $id)\n  }\n": types.DeleteStatusDocument,
    "\n  mutation ReorderStatuses($ids: [ID!]!) {\n    reorderInterventionStatuses(ids: $ids) {\n      id\n      position\n      ...StatusItem\n    }\n  }\n": types.ReorderStatusesDocument,
    "\n  fragment EmailVariableItem on EmailVariable {\n    name\n    description\n    example\n    aliasOf\n  }\n": types.EmailVariableItemFragmentDoc,
    "\n  query EmailVariables($language: String) {\n    emailVariables(language: $language) {\n      ...EmailVariableItem\n    }\n  }\n": types.EmailVariablesDocument,
    "\n  fragment UserItem on User {\n    id\n    email\n    name\n    phone\n    role\n    active\n    language\n    lastLoginAt\n  }\n": types.UserItemFragmentDoc,
    "\n  query Users($where: UserWhereInput) {\n    users(first: 200, where: $where, orderBy: { field: EMAIL, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UserItem\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserItem\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserItem\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserItem\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id)\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
    "\n  query Webhooks {\n    webhooks(first: 50, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n          disabledAt\n          disabledReason\n          failingSince\n          previousSecretExpiresAt\n        }\n      }\n    }\n    webhookEventTypes\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        deliveries(first: 25, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              eventID\n              eventType\n              status\n              payload\n              totalAttempts\n              lastStatusCode\n              lastError\n              nextAttemptAt\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query WebhookAttempts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        attemptLog(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              attempt\n              createdAt\n              responseStatus\n              responseBody\n              error\n              durationMs\n              nextAttemptAt\n              requestHeaders {\n                name\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookAttemptsDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n      disabledAt\n      disabledReason\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  mutation RedeliverFailedWebhookDeliveries($webhookId: ID!) {\n    redeliverFailedWebhookDeliveries(webhookId: $webhookId)\n  }\n": types.RedeliverFailedWebhookDeliveriesDocument,
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
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          lastUsedAt\n          revokedAt\n          createdAt\n          createdBy {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    apiKeyScopes\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          lastUsedAt\n          revokedAt\n          createdAt\n          createdBy {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n    apiKeyScopes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int!, $after: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          operation\n          objectType\n          objectID\n          ip\n          createdAt\n          changes\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int!, $after: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          operation\n          objectType\n          objectID\n          ip\n          createdAt\n          changes\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription InterventionChanged {\n    interventionChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($language: String, $todayStart: Time!) {\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n    silentPrinters(first: 10) {\n      id\n      serial\n      name\n      location\n      silentSince\n      lastSeenAt\n    }\n    printersWithAlerts(first: 10) {\n      id\n      serial\n      name\n      location\n      lastErrors\n      lastAlerts {\n        condition\n        description\n      }\n    }\n    open: interventions(first: 0, where: { hasStatusWith: [{ categoryNEQ: CLOSED }] }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n    today: interventions(\n      first: 10\n      where: { createdAtGTE: $todayStart }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCountCapped\n      totalCountIsExact\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($language: String, $todayStart: Time!) {\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n    silentPrinters(first: 10) {\n      id\n      serial\n      name\n      location\n      silentSince\n      lastSeenAt\n    }\n    printersWithAlerts(first: 10) {\n      id\n      serial\n      name\n      location\n      lastErrors\n      lastAlerts {\n        condition\n        description\n      }\n    }\n    open: interventions(first: 0, where: { hasStatusWith: [{ categoryNEQ: CLOSED }] }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n    today: interventions(\n      first: 10\n      where: { createdAtGTE: $todayStart }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCountCapped\n      totalCountIsExact\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusCount($statusId: ID!) {\n    interventions(first: 0, where: { statusID: $statusId }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n  }\n"): (typeof documents)["\n  query StatusCount($statusId: ID!) {\n    interventions(first: 0, where: { statusID: $statusId }) {\n      totalCountCapped\n      totalCountIsExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Satisfaction {\n    panicButtons(first: 50) {\n      edges {\n        node {\n          id\n          name\n          satisfaction {\n            answered\n            fixed\n            rate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Satisfaction {\n    panicButtons(first: 50) {\n      edges {\n        node {\n          id\n          name\n          satisfaction {\n            answered\n            fixed\n            rate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionReport on Intervention {\n    reporterEmail\n    reporterPhone\n    causeLabels\n    message\n    language\n    panicButton {\n      id\n      name\n    }\n    relatedTo {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionReport on Intervention {\n    reporterEmail\n    reporterPhone\n    causeLabels\n    message\n    language\n    panicButton {\n      id\n      name\n    }\n    relatedTo {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionPrinter on Intervention {\n    createdAt\n    printer {\n      id\n    }\n    printerSnapshot {\n      serial\n      model\n      name\n      location\n      ip\n      total\n      black\n      color\n      large\n      errors\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionPrinter on Intervention {\n    createdAt\n    printer {\n      id\n    }\n    printerSnapshot {\n      serial\n      model\n      name\n      location\n      ip\n      total\n      black\n      color\n      large\n      errors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionHistory on Intervention {\n    events(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          fromStatus\n          toStatus\n          note\n          public\n          authorEmail\n          attachments {\n            url\n          }\n          createdAt\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionHistory on Intervention {\n    events(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          fromStatus\n          toStatus\n          note\n          public\n          authorEmail\n          attachments {\n            url\n          }\n          createdAt\n          actor {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionStatusChange on Intervention {\n    id\n    status {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionStatusChange on Intervention {\n    id\n    status {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionAssignment on Intervention {\n    id\n    technicians {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionAssignment on Intervention {\n    id\n    technicians {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionNoteTarget on Intervention {\n    id\n  }\n"): (typeof documents)["\n  fragment InterventionNoteTarget on Intervention {\n    id\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionDetail on Intervention {\n    id\n    reference\n    origin\n    createdAt\n    updatedAt\n    closedAt\n    status {\n      id\n      name\n      category\n    }\n    ...InterventionReport\n    ...InterventionPrinter\n    ...InterventionHistory\n    ...InterventionStatusChange\n    ...InterventionAssignment\n    ...InterventionNoteTarget\n  }\n"): (typeof documents)["\n  fragment InterventionDetail on Intervention {\n    id\n    reference\n    origin\n    createdAt\n    updatedAt\n    closedAt\n    status {\n      id\n      name\n      category\n    }\n    ...InterventionReport\n    ...InterventionPrinter\n    ...InterventionHistory\n    ...InterventionStatusChange\n    ...InterventionAssignment\n    ...InterventionNoteTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterventionDetail($id: ID!, $language: String) {\n    node(id: $id) {\n      __typename\n      ... on Intervention {\n        ...InterventionDetail\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query InterventionDetail($id: ID!, $language: String) {\n    node(id: $id) {\n      __typename\n      ... on Intervention {\n        ...InterventionDetail\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Technicians {\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Technicians {\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeInterventionStatus($id: ID!, $statusId: ID!, $note: String) {\n    changeInterventionStatus(id: $id, statusId: $statusId, note: $note) {\n      ...InterventionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeInterventionStatus($id: ID!, $statusId: ID!, $note: String) {\n    changeInterventionStatus(id: $id, statusId: $statusId, note: $note) {\n      ...InterventionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignIntervention($id: ID!, $technicianIds: [ID!]!) {\n    assignIntervention(id: $id, technicianIds: $technicianIds) {\n      ...InterventionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignIntervention($id: ID!, $technicianIds: [ID!]!) {\n    assignIntervention(id: $id, technicianIds: $technicianIds) {\n      ...InterventionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTrackingLink($id: ID!) {\n    revokeTrackingLink(interventionId: $id) {\n      ...InterventionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrackingLink($id: ID!) {\n    revokeTrackingLink(interventionId: $id) {\n      ...InterventionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInterventionNote($id: ID!, $note: String!, $public: Boolean) {\n    addInterventionNote(id: $id, note: $note, public: $public) {\n      ...InterventionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddInterventionNote($id: ID!, $note: String!, $public: Boolean) {\n    addInterventionNote(id: $id, note: $note, public: $public) {\n      ...InterventionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InterventionChangedDetail {\n    interventionChanged {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription InterventionChangedDetail {\n    interventionChanged {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterventionFilterOptions($language: String) {\n    interventionStatuses {\n      id\n      name\n      localizedName(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query InterventionFilterOptions($language: String) {\n    interventionStatuses {\n      id\n      name\n      localizedName(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFilterOptions {\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFilterOptions {\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: TECHNICIAN, active: true }) {\n      edges {\n        node {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {\n    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCountCapped\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Interventions($first: Int!, $after: Cursor, $where: InterventionWhereInput, $orderBy: InterventionOrder) {\n    interventions(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCountCapped\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InterventionRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    updatedAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n      name\n    }\n    technicians {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment InterventionRow on Intervention {\n    id\n    reference\n    reporterEmail\n    createdAt\n    updatedAt\n    status {\n      id\n      name\n      category\n    }\n    printer {\n      id\n      serial\n      name\n    }\n    technicians {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndex {\n    searchIndex {\n      pending\n      pendingIsExact\n      complete\n    }\n  }\n"): (typeof documents)["\n  query SearchIndex {\n    searchIndex {\n      pending\n      pendingIsExact\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BellNotification on Notification {\n    id\n    kind\n    text\n    readAt\n    createdAt\n    intervention {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment BellNotification on Notification {\n    id\n    kind\n    text\n    readAt\n    createdAt\n    intervention {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          text\n          intervention {\n            id\n          }\n          ...BellNotification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      edges {\n        node {\n          id\n          kind\n          readAt\n          text\n          intervention {\n            id\n          }\n          ...BellNotification\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      readAt\n      text\n      intervention {\n        id\n      }\n      ...BellNotification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      readAt\n      text\n      intervention {\n        id\n      }\n      ...BellNotification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations {\n    organizations(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          defaultLanguage\n          timezone\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations {\n    organizations(first: 200, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          slug\n          defaultLanguage\n          timezone\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: NewOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: NewOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableOrganization($id: ID!) {\n    disableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DisableOrganization($id: ID!) {\n    disableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableOrganization($id: ID!) {\n    enableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation EnableOrganization($id: ID!) {\n    enableOrganization(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CauseItem on Cause {\n    id\n    active\n    labels {\n      language\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment CauseItem on Cause {\n    id\n    active\n    labels {\n      language\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Causes($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        causes {\n          id\n          position\n          labels {\n            language\n            value\n          }\n          ...CauseItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Causes($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        causes {\n          id\n          position\n          labels {\n            language\n            value\n          }\n          ...CauseItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCause($panicButtonId: ID!, $labels: [LocalizedTextInput!]!) {\n    createCause(panicButtonId: $panicButtonId, labels: $labels) {\n      ...CauseItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCause($panicButtonId: ID!, $labels: [LocalizedTextInput!]!) {\n    createCause(panicButtonId: $panicButtonId, labels: $labels) {\n      ...CauseItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCause($id: ID!, $labels: [LocalizedTextInput!], $active: Boolean) {\n    updateCause(id: $id, labels: $labels, active: $active) {\n      ...CauseItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCause($id: ID!, $labels: [LocalizedTextInput!], $active: Boolean) {\n    updateCause(id: $id, labels: $labels, active: $active) {\n      ...CauseItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCause($id: ID!) {\n    deleteCause(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCause($id: ID!) {\n    deleteCause(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCauses($panicButtonId: ID!, $ids: [ID!]!) {\n    reorderCauses(panicButtonId: $panicButtonId, ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCauses($panicButtonId: ID!, $ids: [ID!]!) {\n    reorderCauses(panicButtonId: $panicButtonId, ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonCauses on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"): (typeof documents)["\n  fragment PanicButtonCauses on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskContent($id: ID!, $language: String!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        kioskTexts(language: $language) {\n          key\n          value\n        }\n        kioskColors {\n          key\n          value\n        }\n        kioskImages {\n          key\n          url\n        }\n        kioskPreview(language: $language) {\n          ...KioskPreviewData\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskContent($id: ID!, $language: String!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        kioskTexts(language: $language) {\n          key\n          value\n        }\n        kioskColors {\n          key\n          value\n        }\n        kioskImages {\n          key\n          url\n        }\n        kioskPreview(language: $language) {\n          ...KioskPreviewData\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKioskTexts($panicButtonId: ID!, $language: String!, $texts: [KeyValueInput!]!) {\n    setKioskTexts(panicButtonId: $panicButtonId, language: $language, texts: $texts) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetKioskTexts($panicButtonId: ID!, $language: String!, $texts: [KeyValueInput!]!) {\n    setKioskTexts(panicButtonId: $panicButtonId, language: $language, texts: $texts) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKioskColors($panicButtonId: ID!, $colors: [KeyValueInput!]!) {\n    setKioskColors(panicButtonId: $panicButtonId, colors: $colors) {\n      id\n      kioskColors {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetKioskColors($panicButtonId: ID!, $colors: [KeyValueInput!]!) {\n    setKioskColors(panicButtonId: $panicButtonId, colors: $colors) {\n      id\n      kioskColors {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadKioskImage($panicButtonId: ID!, $key: String!, $file: Upload!) {\n    uploadKioskImage(panicButtonId: $panicButtonId, key: $key, file: $file) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadKioskImage($panicButtonId: ID!, $key: String!, $file: Upload!) {\n    uploadKioskImage(panicButtonId: $panicButtonId, key: $key, file: $file) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveKioskImage($panicButtonId: ID!, $key: String!) {\n    removeKioskImage(panicButtonId: $panicButtonId, key: $key) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveKioskImage($panicButtonId: ID!, $key: String!) {\n    removeKioskImage(panicButtonId: $panicButtonId, key: $key) {\n      id\n      kioskImages {\n        key\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonContent on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"): (typeof documents)["\n  fragment PanicButtonContent on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskPreviewData on Kiosk {\n    language\n    languages\n    texts {\n      key\n      value\n    }\n    images {\n      key\n      url\n    }\n    causes {\n      id\n      label\n    }\n    colors {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment KioskPreviewData on Kiosk {\n    language\n    languages\n    texts {\n      key\n      value\n    }\n    images {\n      key\n      url\n    }\n    causes {\n      id\n      label\n    }\n    colors {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonBase on PanicButton {\n    id\n    name\n    active\n    ...PanicButtonContent\n    ...PanicButtonCauses\n    ...PanicButtonEmail\n    ...PanicButtonSettings\n  }\n"): (typeof documents)["\n  fragment PanicButtonBase on PanicButton {\n    id\n    name\n    active\n    ...PanicButtonContent\n    ...PanicButtonCauses\n    ...PanicButtonEmail\n    ...PanicButtonSettings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanicButton($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        ...PanicButtonBase\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanicButton($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        ...PanicButtonBase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanicButtons {\n    panicButtons(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          active\n          languages\n          defaultLanguage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanicButtons {\n    panicButtons(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          active\n          languages\n          defaultLanguage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePanicButton($name: String!, $languages: [String!], $defaultLanguage: String) {\n    createPanicButton(name: $name, languages: $languages, defaultLanguage: $defaultLanguage) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePanicButton($name: String!, $languages: [String!], $defaultLanguage: String) {\n    createPanicButton(name: $name, languages: $languages, defaultLanguage: $defaultLanguage) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePanicButton($id: ID!, $input: PanicButtonInput!) {\n    updatePanicButton(id: $id, input: $input) {\n      ...PanicButtonBase\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePanicButton($id: ID!, $input: PanicButtonInput!) {\n    updatePanicButton(id: $id, input: $input) {\n      ...PanicButtonBase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrinterCode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        printerCode\n        printerCodeRotatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrinterCode($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        printerCode\n        printerCodeRotatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePrinterCode($id: ID!) {\n    rotatePrinterCode(id: $id) {\n      id\n      printerCode\n      printerCodeRotatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RotatePrinterCode($id: ID!) {\n    rotatePrinterCode(id: $id) {\n      id\n      printerCode\n      printerCodeRotatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonGeneral on PanicButton {\n    id\n    name\n    languages\n    defaultLanguage\n    active\n  }\n"): (typeof documents)["\n  fragment PanicButtonGeneral on PanicButton {\n    id\n    name\n    languages\n    defaultLanguage\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonOids on PanicButton {\n    id\n    errorOids\n  }\n"): (typeof documents)["\n  fragment PanicButtonOids on PanicButton {\n    id\n    errorOids\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonSettings on PanicButton {\n    id\n    ...PanicButtonGeneral\n    ...PanicButtonOids\n  }\n"): (typeof documents)["\n  fragment PanicButtonSettings on PanicButton {\n    id\n    ...PanicButtonGeneral\n    ...PanicButtonOids\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewEmail(\n    $panicButtonId: ID!\n    $language: String!\n    $kind: EmailTemplateKind!\n    $interventionId: ID\n    $subject: String\n    $html: String\n  ) {\n    previewEmail(\n      panicButtonId: $panicButtonId\n      language: $language\n      kind: $kind\n      interventionId: $interventionId\n      subject: $subject\n      html: $html\n    ) {\n      subject\n      html\n      text\n    }\n  }\n"): (typeof documents)["\n  query PreviewEmail(\n    $panicButtonId: ID!\n    $language: String!\n    $kind: EmailTemplateKind!\n    $interventionId: ID\n    $subject: String\n    $html: String\n  ) {\n    previewEmail(\n      panicButtonId: $panicButtonId\n      language: $language\n      kind: $kind\n      interventionId: $interventionId\n      subject: $subject\n      html: $html\n    ) {\n      subject\n      html\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewInterventions($where: InterventionWhereInput) {\n    interventions(first: 10, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewInterventions($where: InterventionWhereInput) {\n    interventions(first: 10, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestEmail($panicButtonId: ID!, $language: String!, $kind: EmailTemplateKind!) {\n    sendTestEmail(panicButtonId: $panicButtonId, language: $language, kind: $kind) {\n      id\n      to\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestEmail($panicButtonId: ID!, $language: String!, $kind: EmailTemplateKind!) {\n    sendTestEmail(panicButtonId: $panicButtonId, language: $language, kind: $kind) {\n      id\n      to\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailTemplateFields on EmailTemplate {\n    id\n    language\n    fromEmail\n    fromName\n    technicalEmails\n    techSubject\n    techHTML\n    userSubject\n    userHTML\n    statusAdminSubject\n    statusAdminHTML\n    statusCustomerSubject\n    statusCustomerHTML\n    statusTechnicianSubject\n    statusTechnicianHTML\n    noteCustomerSubject\n    noteCustomerHTML\n  }\n"): (typeof documents)["\n  fragment EmailTemplateFields on EmailTemplate {\n    id\n    language\n    fromEmail\n    fromName\n    technicalEmails\n    techSubject\n    techHTML\n    userSubject\n    userHTML\n    statusAdminSubject\n    statusAdminHTML\n    statusCustomerSubject\n    statusCustomerHTML\n    statusTechnicianSubject\n    statusTechnicianHTML\n    noteCustomerSubject\n    noteCustomerHTML\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailTemplates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        emailTemplates {\n          ...EmailTemplateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailTemplates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on PanicButton {\n        id\n        emailTemplates {\n          ...EmailTemplateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailTemplate($panicButtonId: ID!, $language: String!, $input: EmailTemplateInput!) {\n    updateEmailTemplate(panicButtonId: $panicButtonId, language: $language, input: $input) {\n      ...EmailTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailTemplate($panicButtonId: ID!, $language: String!, $input: EmailTemplateInput!) {\n    updateEmailTemplate(panicButtonId: $panicButtonId, language: $language, input: $input) {\n      ...EmailTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanicButtonEmail on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"): (typeof documents)["\n  fragment PanicButtonEmail on PanicButton {\n    id\n    languages\n    defaultLanguage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrinterSupplies($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        id\n        supplies {\n          id\n          description\n          type\n          color\n          levelState\n          percent\n          daysLeft\n          replacedAt\n          readings(first: 12, orderBy: { field: READ_AT, direction: DESC }) {\n            edges {\n              node {\n                id\n                readAt\n                percent\n                replacement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrinterSupplies($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        id\n        supplies {\n          id\n          description\n          type\n          color\n          levelState\n          percent\n          daysLeft\n          replacedAt\n          readings(first: 12, orderBy: { field: READ_AT, direction: DESC }) {\n            edges {\n              node {\n                id\n                readAt\n                percent\n                replacement\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrinterUsage($from: Time!, $to: Time!, $printerId: ID) {\n    usage(from: $from, to: $to, printerId: $printerId) {\n      months {\n        month\n        total\n        black\n        color\n        large\n      }\n      total {\n        total\n        black\n        color\n        large\n      }\n      jumps {\n        readingId\n        at\n        counter\n        pages\n        accepted\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrinterUsage($from: Time!, $to: Time!, $printerId: ID) {\n    usage(from: $from, to: $to, printerId: $printerId) {\n      months {\n        month\n        total\n        black\n        color\n        large\n      }\n      total {\n        total\n        black\n        color\n        large\n      }\n      jumps {\n        readingId\n        at\n        counter\n        pages\n        accepted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterInfo on Printer {\n    ip\n    lastSeenAt\n    lastPolledAt\n    lastTotal\n    lastBlack\n    lastColor\n    lastLarge\n    panicButton {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PrinterInfo on Printer {\n    ip\n    lastSeenAt\n    lastPolledAt\n    lastTotal\n    lastBlack\n    lastColor\n    lastLarge\n    panicButton {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterAlerts on Printer {\n    lastErrors\n    lastAlerts {\n      condition\n      description\n      severity\n      since\n    }\n  }\n"): (typeof documents)["\n  fragment PrinterAlerts on Printer {\n    lastErrors\n    lastAlerts {\n      condition\n      description\n      severity\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterEdit on Printer {\n    id\n    name\n    location\n    customerContactEmail\n    snmpEnabled\n    snmpVersion\n    snmpProfile\n  }\n"): (typeof documents)["\n  fragment PrinterEdit on Printer {\n    id\n    name\n    location\n    customerContactEmail\n    snmpEnabled\n    snmpVersion\n    snmpProfile\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterPoll on Printer {\n    id\n    serial\n    ip\n  }\n"): (typeof documents)["\n  fragment PrinterPoll on Printer {\n    id\n    serial\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterMove on Printer {\n    id\n    panicButton {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PrinterMove on Printer {\n    id\n    panicButton {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterDelete on Printer {\n    id\n    serial\n  }\n"): (typeof documents)["\n  fragment PrinterDelete on Printer {\n    id\n    serial\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrinterDetail on Printer {\n    id\n    serial\n    model\n    name\n    location\n    ...PrinterInfo\n    ...PrinterAlerts\n    ...PrinterEdit\n    ...PrinterPoll\n    ...PrinterMove\n    ...PrinterDelete\n  }\n"): (typeof documents)["\n  fragment PrinterDetail on Printer {\n    id\n    serial\n    model\n    name\n    location\n    ...PrinterInfo\n    ...PrinterAlerts\n    ...PrinterEdit\n    ...PrinterPoll\n    ...PrinterMove\n    ...PrinterDelete\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrinterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        ...PrinterDetail\n        meterReadings(first: 200, orderBy: { field: READ_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              readAt\n              total\n              black\n              color\n              large\n              source\n            }\n          }\n        }\n        interventions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              reference\n              createdAt\n              status {\n                id\n                name\n                category\n              }\n            }\n          }\n        }\n      }\n    }\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrinterDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Printer {\n        ...PrinterDetail\n        meterReadings(first: 200, orderBy: { field: READ_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              readAt\n              total\n              black\n              color\n              large\n              source\n            }\n          }\n        }\n        interventions(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              reference\n              createdAt\n              status {\n                id\n                name\n                category\n              }\n            }\n          }\n        }\n      }\n    }\n    panicButtons(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePrinter($id: ID!, $input: PrinterInput!) {\n    updatePrinter(id: $id, input: $input) {\n      ...PrinterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePrinter($id: ID!, $input: PrinterInput!) {\n    updatePrinter(id: $id, input: $input) {\n      ...PrinterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePrinter($id: ID!, $panicButtonId: ID!) {\n    movePrinter(id: $id, panicButtonId: $panicButtonId) {\n      ...PrinterDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MovePrinter($id: ID!, $panicButtonId: ID!) {\n    movePrinter(id: $id, panicButtonId: $panicButtonId) {\n      ...PrinterDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PollPrinter($id: ID!) {\n    pollPrinter(id: $id) {\n      target\n      meterStored\n      reported\n      error\n      printer {\n        ...PrinterDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PollPrinter($id: ID!) {\n    pollPrinter(id: $id) {\n      target\n      meterStored\n      reported\n      error\n      printer {\n        ...PrinterDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePrinter($id: ID!) {\n    deletePrinter(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePrinter($id: ID!) {\n    deletePrinter(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrinterOptions($where: PrinterWhereInput, $selected: ID!, $withSelected: Boolean!) {\n    printers(first: 20, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      edges {\n        node {\n          id\n          serial\n          name\n        }\n      }\n    }\n    selected: node(id: $selected) @include(if: $withSelected) {\n      __typename\n      ... on Printer {\n        id\n        serial\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrinterOptions($where: PrinterWhereInput, $selected: ID!, $withSelected: Boolean!) {\n    printers(first: 20, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      edges {\n        node {\n          id\n          serial\n          name\n        }\n      }\n    }\n    selected: node(id: $selected) @include(if: $withSelected) {\n      __typename\n      ... on Printer {\n        id\n        serial\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Printers($first: Int!, $after: Cursor, $where: PrinterWhereInput) {\n    printers(first: $first, after: $after, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          model\n          name\n          location\n          ip\n          lastSeenAt\n          lastTotal\n          lastErrors\n          panicButton {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Printers($first: Int!, $after: Cursor, $where: PrinterWhereInput) {\n    printers(first: $first, after: $after, where: $where, orderBy: { field: SERIAL, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          serial\n          model\n          name\n          location\n          ip\n          lastSeenAt\n          lastTotal\n          lastErrors\n          panicButton {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LowSupplies($threshold: Int!, $orderBy: LowSupplyOrder!) {\n    lowSupplies(threshold: $threshold, orderBy: $orderBy, first: 200) {\n      id\n      description\n      levelState\n      percent\n      daysLeft\n      printer {\n        id\n        serial\n        name\n        location\n        panicButton {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LowSupplies($threshold: Int!, $orderBy: LowSupplyOrder!) {\n    lowSupplies(threshold: $threshold, orderBy: $orderBy, first: 200) {\n      id\n      description\n      levelState\n      percent\n      daysLeft\n      printer {\n        id\n        serial\n        name\n        location\n        panicButton {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundQuarantine {\n    inboundEmails(first: 50, where: { status: QUARANTINED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fromEmail\n          subject\n          text\n          reason\n          createdAt\n          images {\n            url\n            filename\n          }\n          intervention {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboundQuarantine {\n    inboundEmails(first: 50, where: { status: QUARANTINED }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          id\n          fromEmail\n          subject\n          text\n          reason\n          createdAt\n          images {\n            url\n            filename\n          }\n          intervention {\n            id\n            reference\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterventionByReference($reference: String!) {\n    interventions(first: 1, where: { reference: $reference }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InterventionByReference($reference: String!) {\n    interventions(first: 1, where: { reference: $reference }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignInboundEmail($id: ID!, $interventionId: ID!) {\n    assignInboundEmail(id: $id, interventionId: $interventionId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AssignInboundEmail($id: ID!, $interventionId: ID!) {\n    assignInboundEmail(id: $id, interventionId: $interventionId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardInboundEmail($id: ID!) {\n    discardInboundEmail(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardInboundEmail($id: ID!) {\n    discardInboundEmail(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings($language: String) {\n    notificationSettings {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings($language: String) {\n    notificationSettings {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n    interventionStatuses {\n      id\n      name\n      category\n      localizedName(language: $language)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      id\n      emailAdmins\n      emailCustomer\n      emailTechnicians\n      pushAdmins\n      pushTechnicians\n      reopenOnNotFixed\n      triggerStatuses {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxMessage on EmailMessage {\n    id\n    createdAt\n    kind\n    to\n    subject\n    status\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    intervention {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  fragment OutboxMessage on EmailMessage {\n    id\n    createdAt\n    kind\n    to\n    subject\n    status\n    attempts\n    nextAttemptAt\n    lastError\n    sentAt\n    intervention {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $after: Cursor, $where: EmailMessageWhereInput) {\n    emailMessages(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OutboxMessage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($first: Int!, $after: Cursor, $where: EmailMessageWhereInput) {\n    emailMessages(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OutboxMessage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessageBody($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailMessage {\n        id\n        html\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessageBody($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailMessage {\n        id\n        html\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryEmailMessage($id: ID!) {\n    retryEmailMessage(id: $id) {\n      ...OutboxMessage\n    }\n  }\n"): (typeof documents)["\n  mutation RetryEmailMessage($id: ID!) {\n    retryEmailMessage(id: $id) {\n      ...OutboxMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatusItem on InterventionStatus {\n    id\n    name\n    category\n    isInitial\n  }\n"): (typeof documents)["\n  fragment StatusItem on InterventionStatus {\n    id\n    name\n    category\n    isInitial\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statuses {\n    interventionStatuses {\n      id\n      name\n      position\n      ...StatusItem\n    }\n  }\n"): (typeof documents)["\n  query Statuses {\n    interventionStatuses {\n      id\n      name\n      position\n      ...StatusItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStatus($input: CreateInterventionStatusInput!) {\n    createInterventionStatus(input: $input) {\n      ...StatusItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStatus($input: CreateInterventionStatusInput!) {\n    createInterventionStatus(input: $input) {\n      ...StatusItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStatus($id: ID!, $input: UpdateInterventionStatusInput!) {\n    updateInterventionStatus(id: $id, input: $input) {\n      ...StatusItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStatus($id: ID!, $input: UpdateInterventionStatusInput!) {\n    updateInterventionStatus(id: $id, input: $input) {\n      ...StatusItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStatus($id: ID!) {\n    deleteInterventionStatus(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStatus($id: ID!) {\n    deleteInterventionStatus(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderStatuses($ids: [ID!]!) {\n    reorderInterventionStatuses(ids: $ids) {\n      id\n      position\n      ...StatusItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderStatuses($ids: [ID!]!) {\n    reorderInterventionStatuses(ids: $ids) {\n      id\n      position\n      ...StatusItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailVariableItem on EmailVariable {\n    name\n    description\n    example\n    aliasOf\n  }\n"): (typeof documents)["\n  fragment EmailVariableItem on EmailVariable {\n    name\n    description\n    example\n    aliasOf\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailVariables($language: String) {\n    emailVariables(language: $language) {\n      ...EmailVariableItem\n    }\n  }\n"): (typeof documents)["\n  query EmailVariables($language: String) {\n    emailVariables(language: $language) {\n      ...EmailVariableItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserItem on User {\n    id\n    email\n    name\n    phone\n    role\n    active\n    language\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment UserItem on User {\n    id\n    email\n    name\n    phone\n    role\n    active\n    language\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($where: UserWhereInput) {\n    users(first: 200, where: $where, orderBy: { field: EMAIL, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UserItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($where: UserWhereInput) {\n    users(first: 200, where: $where, orderBy: { field: EMAIL, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          ...UserItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserItem\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserItem\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks(first: 50, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n          disabledAt\n          disabledReason\n          failingSince\n          previousSecretExpiresAt\n        }\n      }\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks(first: 50, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n          disabledAt\n          disabledReason\n          failingSince\n          previousSecretExpiresAt\n        }\n      }\n    }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        deliveries(first: 25, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              eventID\n              eventType\n              status\n              payload\n              totalAttempts\n              lastStatusCode\n              lastError\n              nextAttemptAt\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Webhook {\n        id\n        deliveries(first: 25, orderBy: { field: CREATED_AT, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              id\n              eventID\n              eventType\n              status\n              payload\n              totalAttempts\n              lastStatusCode\n              lastError\n              nextAttemptAt\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookAttempts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        attemptLog(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              attempt\n              createdAt\n              responseStatus\n              responseBody\n              error\n              durationMs\n              nextAttemptAt\n              requestHeaders {\n                name\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookAttempts($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WebhookDelivery {\n        id\n        attemptLog(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {\n          edges {\n            node {\n              id\n              attempt\n              createdAt\n              responseStatus\n              responseBody\n              error\n              durationMs\n              nextAttemptAt\n              requestHeaders {\n                name\n                value\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n      disabledAt\n      disabledReason\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n      disabledAt\n      disabledReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      webhook {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverFailedWebhookDeliveries($webhookId: ID!) {\n    redeliverFailedWebhookDeliveries(webhookId: $webhookId)\n  }\n"): (typeof documents)["\n  mutation RedeliverFailedWebhookDeliveries($webhookId: ID!) {\n    redeliverFailedWebhookDeliveries(webhookId: $webhookId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;