/**
 * {@code osprey collect}: acquisition from a Microsoft 365 tenant's documented APIs into a case.
 *
 * <p>Entry point: {@link io.osprey.collect.Collector} ({@code plan} without network, {@code collect}). What a run
 * writes, all under the case directory:
 * <ul>
 *   <li>{@code evidence/graph-audit/<acquisition>/<window>/page-NNNNN.jsonl.gz}: Graph audit log query records,
 *       one {@code auditLogRecord} per line, each line the record's bytes as received (graph-audit JSON lines);</li>
 *   <li>{@code evidence/activity-api/<contentType>/<contentId>.json.gz}: Management Activity API content blobs
 *       exactly as received (a JSON array of AuditData records);</li>
 *   <li>{@code evidence/directory/<item>.json} and {@code evidence/directory/federationConfiguration/<domain>.json}:
 *       Graph directory objects, all pages merged as {@code {"value":[...]}};</li>
 *   <li>{@code evidence/signins/<acquisition>/<window>.json.gz}: Entra sign-ins, all pages merged;</li>
 *   <li>{@code acquisition.json}: the manifest and checkpoint: per acquisition (tenant + filters) every run, every
 *       window asked with what came back, retries and failures, and the coverage holes.</li>
 * </ul>
 * {@link io.osprey.collect.CollectResult#auditEvidence()} lists the files {@code osprey ingest} reads as audit
 * records. Evidence files are written under a temporary name and renamed when complete, so an interrupted run
 * leaves only whole files, and a new run with the same tenant and filters continues from the checkpoint.
 */
package io.osprey.collect;
