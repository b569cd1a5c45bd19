/** Translations from an envelope's own field names back to AuditData, shared by the JSON and CSV readers. */
package io.osprey.formats.envelope;
