// SPDX-FileCopyrightText: 2026 OT Bridge developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemaversion.h"

namespace OtBridge {

const QList<SchemaVersion> &schemaVersions()
{
    static const QList<SchemaVersion> versions = {
        // 0 -> 1: the events.
        {
            1,
            "events",
            {
                QStringLiteral("CREATE TABLE events ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " id TEXT NOT NULL UNIQUE,"
                               " source TEXT NOT NULL,"
                               " received_at INTEGER NOT NULL,"
                               " headers TEXT NOT NULL,"
                               " body BLOB NOT NULL,"
                               " content_type TEXT NOT NULL DEFAULT '',"
                               " dedup_key TEXT,"
                               " peer TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL DEFAULT 'received',"
                               " UNIQUE (source, dedup_key))"),
                QStringLiteral("CREATE INDEX events_received_at ON events (received_at)"),
            },
            {
                QStringLiteral("CREATE TABLE events ("
                               " seq bigserial PRIMARY KEY,"
                               " id text NOT NULL UNIQUE,"
                               " source text NOT NULL,"
                               " received_at bigint NOT NULL,"
                               " headers text NOT NULL,"
                               " body bytea NOT NULL,"
                               " content_type text NOT NULL DEFAULT '',"
                               " dedup_key text,"
                               " peer text NOT NULL DEFAULT '',"
                               " state text NOT NULL DEFAULT 'received',"
                               " UNIQUE (source, dedup_key))"),
                QStringLiteral("CREATE INDEX events_received_at ON events (received_at)"),
            },
        },
        // 1 -> 2: delivery jobs and their attempts, acknowledgements and escalation timers
        // (DeliveryStore). Events stored before this version were never meant to be routed.
        {
            2,
            "deliveries, attempts, OpenText jobs, acknowledgements, escalations",
            {
                QStringLiteral("ALTER TABLE events ADD COLUMN routed INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE events SET routed = 1"),
                QStringLiteral("CREATE INDEX events_unrouted ON events (seq) WHERE routed = 0"),
                // Times are milliseconds since the epoch (UTC). next_attempt_at is NULL once a
                // delivery is delivered or dead; lease_until is NULL when nobody holds it.
                // attempts counts the current round (a replay starts it again at 0); attempt_seq
                // numbers the history rows, which a replay keeps.
                QStringLiteral("CREATE TABLE deliveries ("
                               " id TEXT PRIMARY KEY,"
                               " event_id TEXT NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " action_index INTEGER NOT NULL,"
                               " tier INTEGER NOT NULL DEFAULT 0,"
                               " target TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " attempt_seq INTEGER NOT NULL DEFAULT 0,"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL,"
                               " next_attempt_at INTEGER,"
                               " lease_until INTEGER,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " opentext_job_ids TEXT NOT NULL DEFAULT '',"
                               " opentext_state TEXT NOT NULL DEFAULT '',"
                               " request TEXT NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX deliveries_event ON deliveries (event_id)"),
                QStringLiteral("CREATE INDEX deliveries_target ON deliveries (target, state)"),
                // number: the history's own sequence per delivery (deliveries.attempt_seq), never
                // reused across replays; round_attempt: the attempt counter of its round.
                QStringLiteral("CREATE TABLE delivery_attempts ("
                               " delivery_id TEXT NOT NULL,"
                               " number INTEGER NOT NULL,"
                               " round_attempt INTEGER NOT NULL,"
                               " started_at INTEGER NOT NULL,"
                               " duration_ms INTEGER NOT NULL,"
                               " outcome TEXT NOT NULL,"
                               " http_status INTEGER NOT NULL DEFAULT 0,"
                               " error TEXT NOT NULL DEFAULT '',"
                               " response TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (delivery_id, number))"),
                // OpenText job ids of every submit, for status webhooks and polls to find their
                // delivery without scanning deliveries.opentext_job_ids; state per job because a
                // split fan-out has several.
                QStringLiteral("CREATE TABLE opentext_jobs ("
                               " job_id TEXT PRIMARY KEY,"
                               " delivery_id TEXT NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'pending')"),
                QStringLiteral(
                    "CREATE INDEX opentext_jobs_delivery ON opentext_jobs (delivery_id)"),
                QStringLiteral("CREATE TABLE acknowledgements ("
                               " event_id TEXT PRIMARY KEY,"
                               " at INTEGER NOT NULL,"
                               " by TEXT NOT NULL,"
                               " note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE escalations ("
                               " event_id TEXT NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " tier INTEGER NOT NULL,"
                               " due_at INTEGER NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'scheduled',"
                               " fired_at INTEGER,"
                               " PRIMARY KEY (event_id, rule, tier))"),
                QStringLiteral("CREATE INDEX escalations_due ON escalations (state, due_at)"),
            },
            {
                QStringLiteral("ALTER TABLE events ADD COLUMN routed integer NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE events SET routed = 1"),
                QStringLiteral("CREATE INDEX events_unrouted ON events (seq) WHERE routed = 0"),
                QStringLiteral("CREATE TABLE deliveries ("
                               " id text PRIMARY KEY,"
                               " event_id text NOT NULL,"
                               " rule text NOT NULL,"
                               " action_index integer NOT NULL,"
                               " tier integer NOT NULL DEFAULT 0,"
                               " target text NOT NULL,"
                               " state text NOT NULL,"
                               " attempts integer NOT NULL DEFAULT 0,"
                               " attempt_seq integer NOT NULL DEFAULT 0,"
                               " created_at bigint NOT NULL,"
                               " updated_at bigint NOT NULL,"
                               " next_attempt_at bigint,"
                               " lease_until bigint,"
                               " last_error text NOT NULL DEFAULT '',"
                               " opentext_job_ids text NOT NULL DEFAULT '',"
                               " opentext_state text NOT NULL DEFAULT '',"
                               " request text NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX deliveries_event ON deliveries (event_id)"),
                QStringLiteral("CREATE INDEX deliveries_target ON deliveries (target, state)"),
                QStringLiteral("CREATE TABLE delivery_attempts ("
                               " delivery_id text NOT NULL,"
                               " number integer NOT NULL,"
                               " round_attempt integer NOT NULL,"
                               " started_at bigint NOT NULL,"
                               " duration_ms bigint NOT NULL,"
                               " outcome text NOT NULL,"
                               " http_status integer NOT NULL DEFAULT 0,"
                               " error text NOT NULL DEFAULT '',"
                               " response text NOT NULL DEFAULT '',"
                               " PRIMARY KEY (delivery_id, number))"),
                QStringLiteral("CREATE TABLE opentext_jobs ("
                               " job_id text PRIMARY KEY,"
                               " delivery_id text NOT NULL,"
                               " state text NOT NULL DEFAULT 'pending')"),
                QStringLiteral(
                    "CREATE INDEX opentext_jobs_delivery ON opentext_jobs (delivery_id)"),
                QStringLiteral("CREATE TABLE acknowledgements ("
                               " event_id text PRIMARY KEY,"
                               " at bigint NOT NULL,"
                               " by text NOT NULL,"
                               " note text NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE TABLE escalations ("
                               " event_id text NOT NULL,"
                               " rule text NOT NULL,"
                               " tier integer NOT NULL,"
                               " due_at bigint NOT NULL,"
                               " state text NOT NULL DEFAULT 'scheduled',"
                               " fired_at bigint,"
                               " PRIMARY KEY (event_id, rule, tier))"),
                QStringLiteral("CREATE INDEX escalations_due ON escalations (state, due_at)"),
            },
        },
        // 2 -> 3: how an event was acknowledged ("api", "console", "link"); '' before.
        {
            3,
            "how an event was acknowledged",
            {
                QStringLiteral(
                    "ALTER TABLE acknowledgements ADD COLUMN via TEXT NOT NULL DEFAULT ''"),
            },
            {
                QStringLiteral(
                    "ALTER TABLE acknowledgements ADD COLUMN via text NOT NULL DEFAULT ''"),
            },
        },
        // 3 -> 4: notification steps (DeliveryStore; README, "Notification steps"). Why a
        // delivery waits (delay, quiet hours, digest) and until when; fallbacks stored armed
        // with their original; digest windows and the events each holds (an event is in at
        // most one digest of a rule).
        {
            4,
            "notification steps: holds, fallbacks, digests",
            {
                QStringLiteral("CREATE TABLE held_deliveries ("
                               " delivery_id TEXT PRIMARY KEY,"
                               " event_id TEXT NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " hold_key TEXT NOT NULL DEFAULT '',"
                               " release_at INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX held_deliveries_key ON held_deliveries (rule, hold_key)"),
                QStringLiteral("CREATE INDEX held_deliveries_event ON held_deliveries (event_id)"),
                QStringLiteral("CREATE TABLE fallbacks ("
                               " delivery_id TEXT PRIMARY KEY,"
                               " fallback_id TEXT NOT NULL,"
                               " event_id TEXT NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " action_index INTEGER NOT NULL,"
                               " request TEXT NOT NULL,"
                               " render_error TEXT NOT NULL DEFAULT '',"
                               " routed_at INTEGER NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'armed',"
                               " sent_at INTEGER)"),
                QStringLiteral("CREATE INDEX fallbacks_event ON fallbacks (event_id)"),
                QStringLiteral("CREATE TABLE digests ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " rule TEXT NOT NULL,"
                               " digest_key TEXT NOT NULL,"
                               " opened_at INTEGER NOT NULL,"
                               " closes_at INTEGER NOT NULL,"
                               " state TEXT NOT NULL DEFAULT 'open',"
                               " sent_at INTEGER)"),
                QStringLiteral("CREATE INDEX digests_due ON digests (state, closes_at)"),
                QStringLiteral("CREATE INDEX digests_key ON digests (rule, digest_key, state)"),
                QStringLiteral("CREATE TABLE digest_events ("
                               " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " digest_id INTEGER NOT NULL,"
                               " rule TEXT NOT NULL,"
                               " event_id TEXT NOT NULL,"
                               " sent_at_once INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (rule, event_id))"),
                QStringLiteral("CREATE INDEX digest_events_digest ON digest_events (digest_id)"),
            },
            {
                QStringLiteral("CREATE TABLE held_deliveries ("
                               " delivery_id text PRIMARY KEY,"
                               " event_id text NOT NULL,"
                               " rule text NOT NULL,"
                               " kind text NOT NULL,"
                               " hold_key text NOT NULL DEFAULT '',"
                               " release_at bigint NOT NULL)"),
                QStringLiteral(
                    "CREATE INDEX held_deliveries_key ON held_deliveries (rule, hold_key)"),
                QStringLiteral("CREATE INDEX held_deliveries_event ON held_deliveries (event_id)"),
                QStringLiteral("CREATE TABLE fallbacks ("
                               " delivery_id text PRIMARY KEY,"
                               " fallback_id text NOT NULL,"
                               " event_id text NOT NULL,"
                               " rule text NOT NULL,"
                               " action_index integer NOT NULL,"
                               " request text NOT NULL,"
                               " render_error text NOT NULL DEFAULT '',"
                               " routed_at bigint NOT NULL,"
                               " state text NOT NULL DEFAULT 'armed',"
                               " sent_at bigint)"),
                QStringLiteral("CREATE INDEX fallbacks_event ON fallbacks (event_id)"),
                QStringLiteral("CREATE TABLE digests ("
                               " id bigserial PRIMARY KEY,"
                               " rule text NOT NULL,"
                               " digest_key text NOT NULL,"
                               " opened_at bigint NOT NULL,"
                               " closes_at bigint NOT NULL,"
                               " state text NOT NULL DEFAULT 'open',"
                               " sent_at bigint)"),
                QStringLiteral("CREATE INDEX digests_due ON digests (state, closes_at)"),
                QStringLiteral("CREATE INDEX digests_key ON digests (rule, digest_key, state)"),
                QStringLiteral("CREATE TABLE digest_events ("
                               " seq bigserial PRIMARY KEY,"
                               " digest_id bigint NOT NULL,"
                               " rule text NOT NULL,"
                               " event_id text NOT NULL,"
                               " sent_at_once integer NOT NULL DEFAULT 0,"
                               " UNIQUE (rule, event_id))"),
                QStringLiteral("CREATE INDEX digest_events_digest ON digest_events (digest_id)"),
            },
        },
        // 4 -> 5: the nodes of a cluster, each writing its heartbeat (README, "Running a
        // cluster"): id made at start, host name, listener URL, OT Bridge version, when it
        // started and was last seen, and its load as a JSON object. SQLite gets the same table:
        // its one node shows in it the same way, and the code that lists nodes is one for both.
        {
            5,
            "cluster nodes and their heartbeats",
            {
                QStringLiteral("CREATE TABLE nodes ("
                               " id TEXT PRIMARY KEY,"
                               " host TEXT NOT NULL,"
                               " address TEXT NOT NULL DEFAULT '',"
                               " version TEXT NOT NULL,"
                               " started_at INTEGER NOT NULL,"
                               " last_seen_at INTEGER NOT NULL,"
                               " load TEXT NOT NULL DEFAULT '{}')"),
                QStringLiteral("CREATE INDEX nodes_last_seen ON nodes (last_seen_at)"),
            },
            {
                QStringLiteral("CREATE TABLE nodes ("
                               " id text PRIMARY KEY,"
                               " host text NOT NULL,"
                               " address text NOT NULL DEFAULT '',"
                               " version text NOT NULL,"
                               " started_at bigint NOT NULL,"
                               " last_seen_at bigint NOT NULL,"
                               " load text NOT NULL DEFAULT '{}')"),
                QStringLiteral("CREATE INDEX nodes_last_seen ON nodes (last_seen_at)"),
            },
        },
        // 5 -> 6: the cluster's one workspace (README, "Running a cluster"): in PostgreSQL mode
        // every node runs the document stored here, whose version a save must be based on, with
        // who saved it last, from which machine and when (ClusterWorkspace). And how often each
        // node beats, so that "gone" (not seen for three of its own intervals) is one SQL
        // condition for whoever asks (NodeRepository).
        {
            6,
            "the cluster's workspace; each node's heartbeat interval",
            {
                QStringLiteral("CREATE TABLE workspace ("
                               " id INTEGER PRIMARY KEY,"
                               " version INTEGER NOT NULL,"
                               " document TEXT NOT NULL,"
                               " saved_by TEXT NOT NULL,"
                               " saved_on TEXT NOT NULL,"
                               " saved_at INTEGER NOT NULL)"),
                QStringLiteral("ALTER TABLE nodes ADD COLUMN beat_interval_ms INTEGER NOT NULL "
                               "DEFAULT 5000"),
            },
            {
                QStringLiteral("CREATE TABLE workspace ("
                               " id integer PRIMARY KEY,"
                               " version bigint NOT NULL,"
                               " document text NOT NULL,"
                               " saved_by text NOT NULL,"
                               " saved_on text NOT NULL,"
                               " saved_at bigint NOT NULL)"),
                QStringLiteral("ALTER TABLE nodes ADD COLUMN beat_interval_ms integer NOT NULL "
                               "DEFAULT 5000"),
            },
        },
        // 6 -> 7: who holds a delivery's lease (DeliveryQueue::leaseDueAsync): the node whose
        // store took it, '' when nobody does. Only the holder renews a lease; a lease that ran
        // out is anybody's (docs/architecture.md, "Work shared by nodes").
        {
            7,
            "the holder of each delivery's lease",
            {
                QStringLiteral(
                    "ALTER TABLE deliveries ADD COLUMN lease_holder TEXT NOT NULL DEFAULT ''"),
            },
            {
                QStringLiteral(
                    "ALTER TABLE deliveries ADD COLUMN lease_holder text NOT NULL DEFAULT ''"),
            },
        },
    };
    Q_ASSERT(versions.constLast().version == currentSchemaVersion);
    return versions;
}

const QStringList &sqliteUnversioned()
{
    static const QStringList statements = {
        // The console's history filters (EventStore::query).
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_source_seq ON events (source, seq)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS deliveries_rule_event ON deliveries (rule, event_id)"),
        // Re-runs (Engine::rerun): which stored event each one repeats. A build that knows
        // nothing of re-runs reads the file the same and sees a re-run as an event of its own.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS reruns (event_id TEXT PRIMARY KEY, rerun_of TEXT NOT NULL,"
            " number INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS reruns_of ON reruns (rerun_of)"),
    };
    return statements;
}

const QStringList &postgresqlUnversioned()
{
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_source_seq ON events (source, seq)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS deliveries_rule_event ON deliveries (rule, event_id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS reruns (event_id text PRIMARY KEY, rerun_of text NOT NULL,"
            " number integer NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS reruns_of ON reruns (rerun_of)"),
        // The console's event type (SqlDialect::eventType): what SQLite's json_each finds, a
        // text value under "type", "event_type", "eventType" or "event" of a JSON object
        // body; NULL for anything else, a body that is not JSON included (a cast would raise).
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION otbridge_event_type(body bytea) RETURNS text "
            "LANGUAGE plpgsql IMMUTABLE AS $$ "
            "DECLARE doc jsonb; "
            "BEGIN "
            "doc := convert_from(body, 'UTF8')::jsonb; "
            "IF jsonb_typeof(doc) <> 'object' THEN RETURN NULL; END IF; "
            "RETURN coalesce("
            "CASE WHEN jsonb_typeof(doc->'type') = 'string' THEN doc->>'type' END, "
            "CASE WHEN jsonb_typeof(doc->'event_type') = 'string' THEN doc->>'event_type' END, "
            "CASE WHEN jsonb_typeof(doc->'eventType') = 'string' THEN doc->>'eventType' END, "
            "CASE WHEN jsonb_typeof(doc->'event') = 'string' THEN doc->>'event' END); "
            "EXCEPTION WHEN others THEN RETURN NULL; "
            "END $$"),
    };
    return statements;
}

} // namespace OtBridge
