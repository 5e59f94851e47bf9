//! The embedded SQLite store: WAL mode, versioned migrations run on open, one transaction
//! per recorded article.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use claimsift_core::{ArticleStatus, ClassifiedDocument, RunSummary, Validators};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::{
    Outcome, Previous, Record, Result, RunEntry, RunId, RunInfo, Store, StoreError, Version,
    VersionReason,
};

/// Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
/// Never edit a migration that has shipped: add a new one.
const MIGRATIONS: &[&str] = &[r"
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    input       TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    state        TEXT NOT NULL CHECK (state IN ('running', 'finished', 'interrupted')),
    summary      TEXT
);
CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    source_id      INTEGER NOT NULL REFERENCES sources(id),
    run_id         INTEGER NOT NULL REFERENCES runs(id),
    final_url      TEXT,
    http_status    INTEGER,
    etag           TEXT,
    last_modified  TEXT,
    content_hash   TEXT,
    pipeline       TEXT,
    fetched_at     TEXT NOT NULL,
    error          TEXT
);
CREATE INDEX documents_by_source ON documents(source_id, id);
CREATE TABLE versions (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    number      INTEGER NOT NULL,
    run_id      INTEGER NOT NULL REFERENCES runs(id),
    created_at  TEXT NOT NULL,
    text_hash   TEXT NOT NULL,
    pipeline    TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('first', 'text', 'pipeline')),
    article     TEXT NOT NULL,
    document    TEXT NOT NULL,
    changes     TEXT,
    UNIQUE (source_id, number)
);
CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES versions(id),
    ordinal      INTEGER NOT NULL,
    start_byte   INTEGER NOT NULL,
    end_byte     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    score        REAL NOT NULL,
    checkworthy  INTEGER NOT NULL,
    kinds        TEXT NOT NULL,
    attributed   INTEGER NOT NULL,
    hedged       INTEGER NOT NULL,
    UNIQUE (version_id, ordinal)
);
CREATE TABLE run_entries (
    run_id     INTEGER NOT NULL REFERENCES runs(id),
    ordinal    INTEGER NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    status     TEXT CHECK (status IN ('new', 'changed', 'unchanged')),
    error      TEXT,
    version    INTEGER,
    PRIMARY KEY (run_id, ordinal)
);
"];

/// The validators, content hash and pipeline of a stored document.
type DocumentRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// A `versions` row as read.
struct RawVersion {
    number: i64,
    run: i64,
    created_at: String,
    text_hash: String,
    pipeline: String,
    reason: String,
    article: String,
    document: String,
    changes: Option<String>,
}

/// The SQLite store.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// # Errors
    /// When the file cannot be opened, is not a database, or has a newer schema.
    pub fn open(path: &Path) -> Result<Self> {
        let shown = path.display().to_string();
        let open_err = |source| StoreError::Open {
            path: shown.clone(),
            source,
        };
        let conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(open_err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        let mut store = Self { conn };
        store.migrate(&shown)?;
        Ok(store)
    }

    /// An in-memory store, for tests.
    ///
    /// # Errors
    /// Only if SQLite cannot allocate.
    pub fn in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut store = Self { conn };
        store.migrate(":memory:")?;
        Ok(store)
    }

    fn migrate(&mut self, shown: &str) -> Result<()> {
        let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
        let found: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > known {
            return Err(StoreError::TooNew {
                path: shown.to_owned(),
                found,
                known,
            });
        }
        for (i, sql) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(found).unwrap_or(0))
        {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Exclusive)?;
            tx.execute_batch(sql)?;
            tx.pragma_update(
                None,
                "user_version",
                i64::try_from(i + 1).unwrap_or(i64::MAX),
            )?;
            tx.commit()?;
            tracing::info!(db = shown, version = i + 1, "state database migrated");
        }
        Ok(())
    }

    /// `PRAGMA integrity_check`: `ok`, or what is wrong.
    ///
    /// # Errors
    /// When the query itself fails.
    pub fn integrity_check(&self) -> Result<String> {
        let rows: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(rows.join("\n"))
    }

    fn source_id(&self, input: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM sources WHERE input = ?1", [input], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn read_version(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawVersion> {
        Ok(RawVersion {
            number: row.get(0)?,
            run: row.get(1)?,
            created_at: row.get(2)?,
            text_hash: row.get(3)?,
            pipeline: row.get(4)?,
            reason: row.get(5)?,
            article: row.get(6)?,
            document: row.get(7)?,
            changes: row.get(8)?,
        })
    }

    fn to_version(raw: RawVersion) -> Result<Version> {
        Ok(Version {
            number: raw.number,
            run: raw.run,
            created_at: raw.created_at,
            text_hash: raw.text_hash,
            pipeline: raw.pipeline,
            reason: match raw.reason.as_str() {
                "first" => VersionReason::First,
                "pipeline" => VersionReason::Pipeline,
                _ => VersionReason::Text,
            },
            document: serde_json::from_str::<ClassifiedDocument>(&raw.document)?,
            article_json: raw.article,
            changes: raw.changes.map(|c| serde_json::from_str(&c)).transpose()?,
        })
    }
}

const VERSION_COLUMNS: &str = "v.number, v.run_id, v.created_at, v.text_hash, v.pipeline, \
     v.reason, v.article, v.document, v.changes";

impl Store for SqliteStore {
    fn begin_run(&mut self, started_at: &str) -> Result<RunId> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stale = tx.execute(
            "UPDATE runs SET state = 'interrupted' WHERE state = 'running'",
            [],
        )?;
        if stale > 0 {
            tracing::warn!(
                runs = stale,
                "earlier runs did not finish; marked interrupted"
            );
        }
        tx.execute(
            "INSERT INTO runs (started_at, state) VALUES (?1, 'running')",
            [started_at],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    fn previous(&self, input: &str) -> Result<Option<Previous>> {
        let Some(source) = self.source_id(input)? else {
            return Ok(None);
        };
        let doc: Option<DocumentRow> = self
            .conn
            .query_row(
                "SELECT etag, last_modified, content_hash, pipeline FROM documents
                 WHERE source_id = ?1 AND error IS NULL ORDER BY id DESC LIMIT 1",
                [source],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let raw = self
            .conn
            .query_row(
                &format!(
                    "SELECT {VERSION_COLUMNS} FROM versions v WHERE v.source_id = ?1
                     ORDER BY v.number DESC LIMIT 1"
                ),
                [source],
                Self::read_version,
            )
            .optional()?;
        let version = raw.map(Self::to_version).transpose()?;
        let (etag, last_modified, content_hash, pipeline) = doc.unwrap_or_default();
        Ok(Some(Previous {
            etag,
            last_modified,
            content_hash,
            pipeline,
            version,
        }))
    }

    fn record(&mut self, run: RunId, record: &Record<'_>) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO sources (input, created_at) VALUES (?1, ?2) ON CONFLICT (input) DO NOTHING",
            params![record.input, record.fetched_at],
        )?;
        let source: i64 = tx.query_row(
            "SELECT id FROM sources WHERE input = ?1",
            [record.input],
            |r| r.get(0),
        )?;
        let error = match record.outcome {
            Outcome::Failed { error } => Some(error),
            _ => None,
        };
        tx.execute(
            "INSERT INTO documents (source_id, run_id, final_url, http_status, etag, last_modified,
                                    content_hash, pipeline, fetched_at, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                source,
                run,
                record.final_url,
                record.http_status,
                record.etag,
                record.last_modified,
                record.content_hash,
                record.pipeline,
                record.fetched_at,
                error
            ],
        )?;
        let latest: Option<i64> = tx.query_row(
            "SELECT MAX(number) FROM versions WHERE source_id = ?1",
            [source],
            |r| r.get(0),
        )?;
        let (status, version) = match &record.outcome {
            Outcome::Unchanged => (Some(ArticleStatus::Unchanged), latest),
            Outcome::Failed { .. } => (None, latest),
            Outcome::NewVersion {
                text_hash,
                document,
                article_json,
                changes,
            } => {
                let number = latest.unwrap_or(0) + 1;
                let previous_hash: Option<String> = tx
                    .query_row(
                        "SELECT text_hash FROM versions WHERE source_id = ?1 AND number = ?2",
                        params![source, number - 1],
                        |r| r.get(0),
                    )
                    .optional()?;
                let reason = match previous_hash {
                    None => VersionReason::First,
                    Some(h) if h == *text_hash => VersionReason::Pipeline,
                    Some(_) => VersionReason::Text,
                };
                let changes = changes.map(serde_json::to_string).transpose()?;
                tx.execute(
                    "INSERT INTO versions (source_id, number, run_id, created_at, text_hash,
                                           pipeline, reason, article, document, changes)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        source,
                        number,
                        run,
                        record.fetched_at,
                        text_hash,
                        record.pipeline.unwrap_or(""),
                        reason.as_str(),
                        article_json,
                        serde_json::to_string(document)?,
                        changes
                    ],
                )?;
                let version_id = tx.last_insert_rowid();
                let mut insert = tx.prepare_cached(
                    "INSERT INTO claims (version_id, ordinal, start_byte, end_byte, text, score,
                                         checkworthy, kinds, attributed, hedged)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                )?;
                for (ordinal, claim) in document.claims.iter().enumerate() {
                    let kinds: Vec<&str> = claim.kinds.iter().map(|k| k.as_str()).collect();
                    insert.execute(params![
                        version_id,
                        i64::try_from(ordinal).unwrap_or(i64::MAX),
                        i64::try_from(claim.start).unwrap_or(i64::MAX),
                        i64::try_from(claim.end).unwrap_or(i64::MAX),
                        claim.text,
                        claim.score,
                        claim.checkworthy,
                        kinds.join(","),
                        claim.attribution.is_some(),
                        claim.hedging.hedged
                    ])?;
                }
                drop(insert);
                let status = if latest.is_some() {
                    ArticleStatus::Changed
                } else {
                    ArticleStatus::New
                };
                (Some(status), Some(number))
            }
        };
        tx.execute(
            "INSERT INTO run_entries (run_id, ordinal, source_id, status, error, version)
             VALUES (?1, (SELECT COUNT(*) FROM run_entries WHERE run_id = ?1), ?2, ?3, ?4, ?5)",
            params![
                run,
                source,
                status.map(ArticleStatus::as_str),
                error,
                version
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn finish_run(&mut self, run: RunId, finished_at: &str, summary: &RunSummary) -> Result<()> {
        let updated = self.conn.execute(
            "UPDATE runs SET finished_at = ?2, state = 'finished', summary = ?3 WHERE id = ?1",
            params![run, finished_at, serde_json::to_string(summary)?],
        )?;
        if updated == 0 {
            return Err(StoreError::NoRun(run));
        }
        Ok(())
    }

    fn runs(&self) -> Result<Vec<RunInfo>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, started_at, finished_at, state, summary FROM runs ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut runs = Vec::new();
        for row in rows {
            let (id, started_at, finished_at, state, summary) = row?;
            let summary = summary.map(|s| serde_json::from_str(&s)).transpose()?;
            runs.push(RunInfo {
                id,
                started_at,
                finished_at,
                state,
                summary,
            });
        }
        Ok(runs)
    }

    fn run_entries(&self, run: RunId) -> Result<Vec<RunEntry>> {
        let exists: Option<i64> = self
            .conn
            .query_row("SELECT id FROM runs WHERE id = ?1", [run], |r| r.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::NoRun(run));
        }
        let mut stmt = self.conn.prepare(
            "SELECT s.input, e.status, e.error, e.version FROM run_entries e
             JOIN sources s ON s.id = e.source_id WHERE e.run_id = ?1 ORDER BY e.ordinal",
        )?;
        let rows = stmt.query_map([run], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get(2)?,
                r.get(3)?,
            ))
        })?;
        let mut entries = Vec::new();
        for row in rows {
            let (input, status, error, version) = row?;
            let status = match status.as_deref() {
                Some("new") => Some(ArticleStatus::New),
                Some("changed") => Some(ArticleStatus::Changed),
                Some("unchanged") => Some(ArticleStatus::Unchanged),
                _ => None,
            };
            entries.push(RunEntry {
                input,
                status,
                error,
                version,
            });
        }
        Ok(entries)
    }

    fn history(&self, input: &str) -> Result<Vec<Version>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {VERSION_COLUMNS} FROM versions v JOIN sources s ON s.id = v.source_id
             WHERE s.input = ?1 ORDER BY v.number"
        ))?;
        let raws: Vec<_> = stmt
            .query_map([input], Self::read_version)?
            .collect::<Result<_, _>>()?;
        raws.into_iter().map(Self::to_version).collect()
    }

    fn version(&self, input: &str, number: i64) -> Result<Option<Version>> {
        let raw = self
            .conn
            .query_row(
                &format!(
                    "SELECT {VERSION_COLUMNS} FROM versions v JOIN sources s ON s.id = v.source_id
                     WHERE s.input = ?1 AND v.number = ?2"
                ),
                params![input, number],
                Self::read_version,
            )
            .optional()?;
        raw.map(Self::to_version).transpose()
    }

    fn validators(&self) -> Result<BTreeMap<String, Validators>> {
        // The latest successful document of each source, when it sent a validator and the
        // source has a version to fall back on after a 304.
        let mut stmt = self.conn.prepare(
            "SELECT s.input, d.etag, d.last_modified FROM sources s
             JOIN documents d ON d.id = (SELECT MAX(id) FROM documents
                                         WHERE source_id = s.id AND error IS NULL)
             WHERE (d.etag IS NOT NULL OR d.last_modified IS NOT NULL)
               AND EXISTS (SELECT 1 FROM versions v WHERE v.source_id = s.id)
             ORDER BY s.input",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
        let mut map = BTreeMap::new();
        for row in rows {
            let (input, etag, last_modified) = row?;
            map.insert(
                input,
                Validators {
                    etag,
                    last_modified,
                },
            );
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> ClassifiedDocument {
        ClassifiedDocument {
            schema: claimsift_core::SCHEMA.into(),
            input: "a.txt".into(),
            text: text.into(),
            claims: vec![],
            attributions: vec![],
        }
    }

    fn record<'a>(input: &'a str, hash: &'a str, outcome: Outcome<'a>) -> Record<'a> {
        Record {
            input,
            final_url: None,
            http_status: None,
            etag: Some("\"v1\""),
            last_modified: None,
            content_hash: Some(hash),
            pipeline: Some("p1"),
            fetched_at: "2025-01-01T00:00:00Z",
            outcome,
        }
    }

    #[test]
    fn versions_statuses_and_runs_round_trip() {
        let mut store = SqliteStore::in_memory().unwrap();
        let run = store.begin_run("t0").unwrap();
        assert_eq!(store.previous("a.txt").unwrap(), None);
        let first = doc("one");
        store
            .record(
                run,
                &record(
                    "a.txt",
                    "h1",
                    Outcome::NewVersion {
                        text_hash: "t1",
                        document: &first,
                        article_json: "{}",
                        changes: None,
                    },
                ),
            )
            .unwrap();
        store
            .record(
                run,
                &record("b.txt", "h9", Outcome::Failed { error: "not found" }),
            )
            .unwrap();
        store.finish_run(run, "t1", &RunSummary::default()).unwrap();

        let validators = store.validators().unwrap();
        assert_eq!(
            validators.keys().collect::<Vec<_>>(),
            ["a.txt"],
            "b.txt failed: no validators"
        );
        assert_eq!(validators["a.txt"].etag.as_deref(), Some("\"v1\""));
        let previous = store.previous("a.txt").unwrap().unwrap();
        assert_eq!(previous.content_hash.as_deref(), Some("h1"));
        assert_eq!(previous.etag.as_deref(), Some("\"v1\""));
        assert_eq!(previous.version.as_ref().map(|v| v.number), Some(1));

        let run2 = store.begin_run("t2").unwrap();
        store
            .record(run2, &record("a.txt", "h1", Outcome::Unchanged))
            .unwrap();
        let second = doc("two");
        let changes = claimsift_core::ClaimChanges::default();
        store
            .record(
                run2,
                &record(
                    "a.txt",
                    "h2",
                    Outcome::NewVersion {
                        text_hash: "t2",
                        document: &second,
                        article_json: "{}",
                        changes: Some(&changes),
                    },
                ),
            )
            .unwrap();
        let entries = store.run_entries(run2).unwrap();
        assert_eq!(entries[0].status, Some(ArticleStatus::Unchanged));
        assert_eq!(entries[1].status, Some(ArticleStatus::Changed));
        assert_eq!(entries[1].version, Some(2));
        let history = store.history("a.txt").unwrap();
        assert_eq!(
            history
                .iter()
                .map(|v| v.document.text.as_str())
                .collect::<Vec<_>>(),
            ["one", "two"]
        );
        assert_eq!(
            store.run_entries(run).unwrap()[1].error.as_deref(),
            Some("not found")
        );
        assert!(matches!(store.run_entries(99), Err(StoreError::NoRun(99))));
    }

    #[test]
    fn a_run_left_running_is_marked_interrupted() {
        let mut store = SqliteStore::in_memory().unwrap();
        let first = store.begin_run("t0").unwrap();
        let _second = store.begin_run("t1").unwrap();
        let runs = store.runs().unwrap();
        assert_eq!(runs[0].id, first);
        assert_eq!(runs[0].state, "interrupted");
        assert_eq!(runs[1].state, "running");
    }

    #[test]
    fn reopening_a_file_keeps_data_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        {
            let mut store = SqliteStore::open(&path).unwrap();
            store.begin_run("t0").unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.runs().unwrap().len(), 1);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        let error = SqliteStore::open(&path).unwrap_err().to_string();
        assert!(error.contains("schema version 99"), "{error}");
    }
}
