//! The SSRF guard: which addresses a fetch may connect to.
//!
//! A URL from an untrusted page or a typo must not make claimsift talk to the machine it
//! runs on, the local network or a cloud metadata service. Two checks enforce that, and
//! both run on every redirect hop:
//!
//! * a host written as an IP address is checked before the request ([`check_url`]);
//! * a host name is resolved by `GuardedResolver`, the HTTP client's only resolver, which
//!   drops forbidden addresses from the answer. The client connects only to addresses this
//!   resolver returned, so a name that resolves differently the second time (DNS rebinding)
//!   cannot slip past a check made earlier.
//!
//! With `allow_private_addresses` both checks pass loopback, private and link-local
//! addresses (tests use that for loopback servers), but never a cloud metadata endpoint:
//! no test or deployment needs one, and it is the one address whose answer is a secret.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

use crate::error::FetchError;

/// Why an address may not be fetched, as a word for the error message, or `None` when it
/// is an ordinary public address.
#[must_use]
pub fn forbidden_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        _ if ip == Ipv4Addr::new(169, 254, 169, 254) => METADATA,
        _ if ip.is_broadcast() => "broadcast",
        (0, _, _) => "unspecified",
        (127, _, _) => "loopback",
        (10, _, _) | (192, 168, _) => "private",
        (172, 16..=31, _) => "private",
        (100, 64..=127, _) => "shared (carrier-grade NAT)",
        (169, 254, _) => "link-local",
        (192, 0, 0) => "IETF protocol assignment",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation",
        (198, 18..=19, _) => "benchmarking",
        (224..=239, _, _) => "multicast",
        (240..=255, _, _) => "reserved",
        _ => return None,
    })
}

fn forbidden_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    if ip == Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254) {
        return Some(METADATA);
    }
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    // An IPv4 address in IPv6 clothing is judged as the IPv4 address: mapped (::ffff:a.b.c.d),
    // compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if let Some(v4) = ip.to_ipv4_mapped() {
        return forbidden_v4(v4);
    }
    if s[..6] == [0, 0, 0, 0, 0, 0] || s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return forbidden_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return forbidden_v4(embedded(s[1], s[2]));
    }
    Some(match s[0] {
        0xfe80..=0xfebf => "link-local",
        0xfec0..=0xfeff => "site-local",
        0xfc00..=0xfdff => "unique-local",
        0xff00..=0xffff => "multicast",
        0x2001 if s[1] == 0x0db8 => "documentation",
        0x3fff if s[1] <= 0x0fff => "documentation",
        0x0100 if s[1..4] == [0, 0, 0] => "discard-only",
        _ => return None,
    })
}

fn blocked(host: &str, ip: IpAddr, kind: &'static str) -> FetchError {
    FetchError::Blocked {
        host: host.to_owned(),
        addr: ip.to_string(),
        kind,
    }
}

/// Checks a URL before it is requested: the scheme is http or https, and a host written as
/// an IP address is not forbidden (host names are checked when they are resolved).
///
/// # Errors
/// [`FetchError::UnsupportedScheme`], [`FetchError::InvalidUrl`] for a URL without a host,
/// or [`FetchError::Blocked`].
pub fn check_url(url: &Url, allow_private: bool) -> Result<(), FetchError> {
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(FetchError::UnsupportedScheme(url.scheme().to_owned()));
    }
    let ip = match url.host() {
        None => return Err(FetchError::InvalidUrl("no host".into())),
        Some(Host::Domain(_)) => return Ok(()),
        Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
    };
    match refused(ip, allow_private) {
        Some(kind) => Err(blocked(&ip.to_string(), ip, kind)),
        None => Ok(()),
    }
}

/// Why `ip` is refused under the current setting: with private addresses allowed, only
/// cloud metadata endpoints are.
fn refused(ip: IpAddr, allow_private: bool) -> Option<&'static str> {
    forbidden_kind(ip).filter(|kind| !allow_private || *kind == METADATA)
}

/// The [`forbidden_kind`] of cloud metadata endpoints.
pub(crate) const METADATA: &str = "cloud metadata";

/// A refusal or failure from [`GuardedResolver`], carried through the HTTP client's error
/// chain so that [`crate::http`] can turn it back into the [`FetchError`] it is.
#[derive(Debug)]
pub(crate) struct GuardError(pub(crate) FetchError);

impl std::fmt::Display for GuardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for GuardError {}

/// The HTTP client's resolver: the system resolver, minus forbidden addresses.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GuardedResolver {
    pub(crate) allow_private: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_private = self.allow_private;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let looked_up = tokio::net::lookup_host((host.as_str(), 0)).await;
            let found: Vec<SocketAddr> = match looked_up {
                Ok(addrs) => addrs.collect(),
                Err(e) => {
                    let error = GuardError(FetchError::Dns {
                        host: host.clone(),
                        message: e.to_string(),
                    });
                    return Err(error.into());
                }
            };
            match filter(&host, found, allow_private) {
                Ok(resolved) => Ok(Box::new(resolved.into_iter()) as Addrs),
                Err(error) => Err(error.into()),
            }
        })
    }
}

/// Keeps the addresses that may be fetched; an error naming the first forbidden one when
/// none is left.
fn filter(
    host: &str,
    found: Vec<SocketAddr>,
    allow_private: bool,
) -> Result<Vec<SocketAddr>, GuardError> {
    if found.is_empty() {
        return Err(GuardError(FetchError::Dns {
            host: host.to_owned(),
            message: "no addresses".into(),
        }));
    }
    let mut first_refused = None;
    let mut kept = Vec::with_capacity(found.len());
    for addr in found {
        match refused(addr.ip(), allow_private) {
            None => kept.push(addr),
            Some(kind) => {
                tracing::debug!(%host, addr = %addr.ip(), kind, "dropped a forbidden address");
                first_refused.get_or_insert((addr.ip(), kind));
            }
        }
    }
    match (kept.is_empty(), first_refused) {
        (true, Some((ip, kind))) => Err(GuardError(blocked(host, ip, kind))),
        _ => Ok(kept),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<&'static str> {
        forbidden_kind(text.parse().unwrap())
    }

    #[test]
    fn forbidden_addresses_are_named() {
        for (ip, want) in [
            ("127.0.0.1", "loopback"),
            ("127.255.0.9", "loopback"),
            ("10.1.2.3", "private"),
            ("172.16.0.1", "private"),
            ("172.31.255.255", "private"),
            ("192.168.1.1", "private"),
            ("169.254.169.254", "cloud metadata"),
            ("169.254.1.1", "link-local"),
            ("0.0.0.0", "unspecified"),
            ("224.0.0.1", "multicast"),
            ("255.255.255.255", "broadcast"),
            ("192.0.2.7", "documentation"),
            ("198.51.100.7", "documentation"),
            ("203.0.113.7", "documentation"),
            ("100.100.100.200", "shared (carrier-grade NAT)"),
            ("::1", "loopback"),
            ("::", "unspecified"),
            ("fe80::1", "link-local"),
            ("fc00::1", "unique-local"),
            ("fd12:3456::1", "unique-local"),
            ("fd00:ec2::254", "cloud metadata"),
            ("ff02::1", "multicast"),
            ("2001:db8::1", "documentation"),
            ("::ffff:127.0.0.1", "loopback"),
            ("::ffff:169.254.169.254", "cloud metadata"),
            ("64:ff9b::10.0.0.1", "private"),
            ("2002:c0a8:0101::1", "private"),
        ] {
            assert_eq!(kind(ip), Some(want), "{ip}");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "1.1.1.1",
            "8.8.8.8",
            "172.32.0.1",
            "93.184.216.34",
            "2606:4700::1111",
            "2a00:1450:4009::1",
            "::ffff:8.8.8.8",
        ] {
            assert_eq!(kind(ip), None, "{ip}");
        }
    }

    #[test]
    fn literal_hosts_are_checked_before_requesting() {
        let url = |s: &str| Url::parse(s).unwrap();
        assert!(matches!(
            check_url(&url("http://127.0.0.1:8080/"), false),
            Err(FetchError::Blocked {
                kind: "loopback",
                ..
            })
        ));
        // The URL parser normalises odd spellings of 127.0.0.1 before we see them.
        assert!(check_url(&url("http://2130706433/"), false).is_err());
        assert!(check_url(&url("http://0x7f.1/"), false).is_err());
        assert!(check_url(&url("http://[::ffff:7f00:1]/"), false).is_err());
        assert!(check_url(&url("http://127.0.0.1/"), true).is_ok());
        assert!(check_url(&url("https://example.com/"), false).is_ok());
        assert_eq!(
            check_url(&url("ftp://example.com/"), true),
            Err(FetchError::UnsupportedScheme("ftp".into()))
        );
    }

    proptest::proptest! {
        #[test]
        fn mapped_addresses_are_judged_as_ipv4(bits: u32) {
            let v4 = Ipv4Addr::from(bits);
            let mapped = IpAddr::V6(v4.to_ipv6_mapped());
            proptest::prop_assert_eq!(forbidden_kind(IpAddr::V4(v4)), forbidden_kind(mapped));
        }

        #[test]
        fn classification_never_panics(bits: u128) {
            let _ = forbidden_kind(IpAddr::V6(Ipv6Addr::from(bits)));
        }
    }

    #[test]
    fn resolver_answers_are_filtered() {
        let a = |s: &str| -> SocketAddr { s.parse().unwrap() };
        let mixed = vec![a("127.0.0.1:0"), a("93.184.216.34:0")];
        assert_eq!(
            filter("rebind.example", mixed, false).unwrap(),
            [a("93.184.216.34:0")]
        );
        let only_private = vec![a("10.0.0.1:0"), a("[::1]:0")];
        let err = filter("intranet.example", only_private.clone(), false).unwrap_err();
        assert_eq!(
            err.0.to_string(),
            "refused to fetch from 'intranet.example': it is 10.0.0.1, a private address \
             (private addresses are not allowed)"
        );
        assert_eq!(
            filter("x", only_private.clone(), true).unwrap(),
            only_private
        );
    }

    #[test]
    fn metadata_endpoints_stay_refused_when_private_addresses_are_allowed() {
        for url in [
            "http://169.254.169.254/latest/meta-data/",
            "http://[fd00:ec2::254]/",
        ] {
            let url = Url::parse(url).unwrap();
            assert!(
                matches!(check_url(&url, true), Err(FetchError::Blocked { .. })),
                "{url}"
            );
        }
        let loopback = Url::parse("http://127.0.0.1:8080/").unwrap();
        assert!(check_url(&loopback, true).is_ok());
        assert!(check_url(&loopback, false).is_err());
        let found = vec![SocketAddr::from(([169, 254, 169, 254], 80))];
        assert!(filter("metadata.internal", found, true).is_err());
    }
}
