//! A tiny HTTP/1.1 server on 127.0.0.1 for tests and benchmarks: real sockets, one
//! response per connection (`Connection: close`), and a log of every request it saw.
//!
//! Behind the `test-server` feature, so that other packages in the workspace (the binary's
//! end-to-end tests and benchmarks) can serve pages on loopback without a server crate of
//! their own. It is test code: it panics if it cannot bind a port.
//!
//! ```no_run
//! # async fn demo() {
//! use claimsift_fetch::test_server::{Reply, Server};
//! let server = Server::start(|path| match path {
//!     "/a" => Reply::html("<p>Hello</p>"),
//!     _ => Reply::new(404),
//! })
//! .await;
//! let url = server.url("/a"); // http://127.0.0.1:<port>/a
//! # }
//! ```
#![allow(clippy::unwrap_used, clippy::missing_panics_doc)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// What the server saw of one request.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The request target: path and query.
    pub path: String,
    pub user_agent: Option<String>,
    /// Every request header, names lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// When the request head had been read.
    pub at: Instant,
}

impl Hit {
    /// The first value of a header (name compared without case).
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: Duration,
    /// Send the body chunked, without a Content-Length.
    pub chunked: bool,
    /// Declare this Content-Length instead of the body's.
    pub content_length: Option<u64>,
}

impl Reply {
    pub fn new(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            chunked: false,
            content_length: None,
        }
    }

    pub fn html(body: &str) -> Self {
        Self::new(200)
            .header("Content-Type", "text/html; charset=utf-8")
            .body(body.as_bytes())
    }

    pub fn redirect(status: u16, location: &str) -> Self {
        Self::new(status).header("Location", location)
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn body(mut self, body: &[u8]) -> Self {
        self.body = body.to_vec();
        self
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn chunked(mut self) -> Self {
        self.chunked = true;
        self
    }

    pub fn content_length(mut self, n: u64) -> Self {
        self.content_length = Some(n);
        self
    }
}

type Handler = dyn Fn(&Hit) -> Reply + Send + Sync;

/// A running server; it stops when dropped.
#[derive(Debug)]
pub struct Server {
    pub addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Starts a server answering each request path with `handler(path)`, and
    /// `/robots.txt` with 404 (no rules).
    pub async fn start(handler: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Self {
        Self::with_robots(Reply::new(404), handler).await
    }

    /// Starts a server answering `/robots.txt` with `robots` and other paths with
    /// `handler(path)`.
    pub async fn with_robots(
        robots: Reply,
        handler: impl Fn(&str) -> Reply + Send + Sync + 'static,
    ) -> Self {
        Self::with_requests(move |hit: &Hit| {
            if hit.path == "/robots.txt" {
                robots.clone()
            } else {
                handler(&hit.path)
            }
        })
        .await
    }

    /// Starts a server answering every request, `/robots.txt` included, with
    /// `handler(request)`, for replies that depend on the request's headers.
    pub async fn with_requests(handler: impl Fn(&Hit) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let log = Arc::clone(&hits);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = Arc::clone(&handler);
                let log = Arc::clone(&log);
                tokio::spawn(async move {
                    let _ = serve(stream, handler, log).await;
                });
            }
        });
        Self { addr, hits, task }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }

    /// Requests whose path starts with `prefix`.
    pub fn hits_on(&self, prefix: &str) -> Vec<Hit> {
        self.hits()
            .into_iter()
            .filter(|h| h.path.starts_with(prefix))
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(
    mut stream: TcpStream,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Hit>>>,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await?;
        if n == 0 || head.len() > 64 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let mut lines = head.split("\r\n");
    let path = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let user_agent = headers
        .iter()
        .find(|(k, _)| k == "user-agent")
        .map(|(_, v)| v.clone());
    let hit = Hit {
        path,
        user_agent,
        headers,
        at: Instant::now(),
    };
    log.lock().unwrap().push(hit.clone());
    let reply = handler(&hit);
    tokio::time::sleep(reply.delay).await;
    let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    if reply.chunked {
        out.push_str("Transfer-Encoding: chunked\r\n\r\n");
        stream.write_all(out.as_bytes()).await?;
        for chunk in reply.body.chunks(1000) {
            stream
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .await?;
            stream.write_all(chunk).await?;
            stream.write_all(b"\r\n").await?;
        }
        stream.write_all(b"0\r\n\r\n").await?;
    } else {
        let len = reply.content_length.unwrap_or(reply.body.len() as u64);
        out.push_str(&format!("Content-Length: {len}\r\n\r\n"));
        stream.write_all(out.as_bytes()).await?;
        stream.write_all(&reply.body).await?;
    }
    stream.shutdown().await
}
