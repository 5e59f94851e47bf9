//! A tiny HTTP/1.1 server on 127.0.0.1 for the tests: real sockets, one response per
//! connection (`Connection: close`), and a log of every request it saw.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use claimsift_fetch::{FetchError, FetchOptions, Fetched, Fetcher};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::Instant;

/// What the server saw of one request.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub user_agent: Option<String>,
    pub at: Instant,
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

type Handler = dyn Fn(&str) -> Reply + Send + Sync;

/// A running server; it stops when dropped.
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
        let handler = move |path: &str| {
            if path == "/robots.txt" {
                robots.clone()
            } else {
                handler(path)
            }
        };
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
    let user_agent = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.eq_ignore_ascii_case("user-agent"))
        .map(|(_, v)| v.trim().to_owned());
    log.lock().unwrap().push(Hit {
        path: path.clone(),
        user_agent,
        at: Instant::now(),
    });
    let reply = handler(&path);
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

/// Options for tests on loopback: private addresses allowed, no spacing, no retries, short
/// waits. Tests change what they exercise.
pub fn opts() -> FetchOptions {
    FetchOptions {
        allow_private_addresses: true,
        per_host_delay: Duration::ZERO,
        max_retries: 0,
        retry_base_delay: Duration::from_millis(5),
        retry_max_delay: Duration::from_millis(50),
        connect_timeout: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        ..FetchOptions::default()
    }
}

/// Fetches inputs with a fresh fetcher whose standard input is `stdin`, and returns each
/// result as the fetched document or the error message.
pub async fn check_all(
    opts: &FetchOptions,
    stdin: &'static [u8],
    inputs: &[&str],
) -> Vec<Result<Fetched, String>> {
    let inputs: Vec<String> = inputs.iter().map(|s| (*s).to_owned()).collect();
    Fetcher::with_stdin(opts.clone(), stdin)
        .fetch_all(&inputs)
        .await
        .into_iter()
        .map(|r| r.map_err(|f| f.to_string()))
        .collect()
}

/// Fetches one URL and returns the document or the error.
pub async fn fetch(opts: &FetchOptions, url: &str) -> Result<Fetched, FetchError> {
    let inputs = [url.to_owned()];
    let mut results = Fetcher::with_stdin(opts.clone(), std::io::empty())
        .fetch_all(&inputs)
        .await;
    assert_eq!(results.len(), 1);
    results.remove(0).map_err(|f| {
        assert_eq!(f.input, url);
        f.error
    })
}
