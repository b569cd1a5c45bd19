/**
 * The tenant simulator: a synthetic Microsoft 365 tenant's Unified Audit Log with a planted incident and its
 * exact ground truth. Entry point: {@link io.osprey.simulate.TenantSimulator}.
 *
 * <p>How it is built (one direction): {@code tenant} (users, mailboxes, networks, messages derived on demand
 * from the seed) → {@code activity} (each user's day: benign life, then the incidents' actions) →
 * {@code audit} (Exchange's MailItemsAccessed auditing of each mailbox: 2-minute bind aggregation, one-hour
 * suppression per access context, Sync per folder for desktop Outlook, throttling past 1,000 records in 24
 * hours) and {@code operations} (the other records: sign-ins, sends, searches, cmdlets, directory changes) →
 * {@code output} (the evidence formats) and {@code truth} (the planted facts). Generation streams day by day
 * and user by user; memory holds per-user state only.
 *
 * <p>Modelling choices where no public sample settles the shape (kept in one place so they can be revised):
 * <ul>
 *   <li>App-only mailbox access (tenant-takeover's full_access_as_app application): UserType 5 (Application),
 *       UserId and AppId the application id, no SessionId, LogonUserSid the owner's, ClientInfoString
 *       {@code Client=WebServices;ExchangeWebServices/...}.</li>
 *   <li>SearchQueryInitiatedExchange: RecordType 101 with QueryText, QuerySource, ScenarioName and the Exchange
 *       mailbox fields.</li>
 *   <li>OfficeActivity rows carry no CreationTime, Version or SessionId column; TimeGenerated equals the event
 *       time.</li>
 *   <li>A Search-UnifiedAuditLog export page holds at most 5,000 records; ResultIndex/ResultCount count within
 *       the page.</li>
 * </ul>
 * Quirk rates (per record unless noted): ClientIPAddress with a port about 15 % of IPv4 contexts,
 * {@code ::ffff:} 5 %, bracketed IPv6 with a port 40 % of IPv6 contexts; IsThrottled missing 3 %; ExternalAccess
 * as a string 2 %; InternetMessageIds without angle brackets 2 %; a bind's folder path without the leading
 * backslash 0.7 %; OriginatingServer of mailbox records always ends with {@code \r\n}.
 */
package io.osprey.simulate;
