//! internalBinding('url'): WHATWG URL parsing with the `url` crate (which implements the
//! URL Standard, as Node's ada does). lib/internal/url.js holds the URL class.

use rquickjs::{function::Opt, Ctx, Object};
use url::Url;

/// The components lib/internal/url.js reads, in this order:
/// href, origin, protocol, username, password, host, hostname, port, pathname, search, hash.
fn parts(u: &Url) -> Vec<String> {
    let search = match u.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    };
    let hash = match u.fragment() {
        Some(f) if !f.is_empty() => format!("#{f}"),
        _ => String::new(),
    };
    let hostname = u.host_str().unwrap_or("").to_string();
    let port = u.port().map(|p| p.to_string()).unwrap_or_default();
    let host = if port.is_empty() {
        hostname.clone()
    } else {
        format!("{hostname}:{port}")
    };
    vec![
        u.as_str().to_string(),
        u.origin().ascii_serialization(),
        format!("{}:", u.scheme()),
        u.username().to_string(),
        u.password().unwrap_or("").to_string(),
        host,
        hostname,
        port,
        u.path().to_string(),
        search,
        hash,
    ]
}

fn parse(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        Some(b) => Url::parse(b).ok()?.join(input).ok(),
        None => Url::parse(input).ok(),
    }
}

pub fn init<'js>(ctx: &Ctx<'js>, obj: &Object<'js>) -> rquickjs::Result<()> {
    // parse(input, base?) -> parts, or null when invalid (JS throws ERR_INVALID_URL).
    super::set_fn(
        ctx,
        obj,
        "parse",
        |input: String, base: Opt<Option<String>>| -> Option<Vec<String>> {
            parse(&input, base.0.flatten().as_deref()).map(|u| parts(&u))
        },
    )?;
    super::set_fn(
        ctx,
        obj,
        "canParse",
        |input: String, base: Opt<Option<String>>| -> bool {
            parse(&input, base.0.flatten().as_deref()).is_some()
        },
    )?;
    // update(href, field, value) -> parts after setting one component (the URL
    // Standard's setters; invalid values leave the URL unchanged), or null.
    super::set_fn(
        ctx,
        obj,
        "update",
        |href: String, field: String, value: String| -> Option<Vec<String>> {
            let mut u = Url::parse(&href).ok()?;
            match field.as_str() {
                "href" => u = Url::parse(&value).ok()?,
                "protocol" => {
                    let _ = u.set_scheme(value.trim_end_matches(':'));
                }
                "username" => {
                    let _ = u.set_username(&value);
                }
                "password" => {
                    let _ = u.set_password(if value.is_empty() { None } else { Some(&value) });
                }
                "host" => {
                    let _ = url::quirks::set_host(&mut u, &value);
                }
                "hostname" => {
                    let _ = url::quirks::set_hostname(&mut u, &value);
                }
                "port" => {
                    let _ = url::quirks::set_port(&mut u, &value);
                }
                "pathname" => url::quirks::set_pathname(&mut u, &value),
                "search" => url::quirks::set_search(&mut u, &value),
                "hash" => url::quirks::set_hash(&mut u, &value),
                _ => return None,
            }
            Some(parts(&u))
        },
    )?;
    super::set_fn(ctx, obj, "domainToASCII", |d: String| -> String {
        url::Host::parse(&d)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })?;
    super::set_fn(ctx, obj, "domainToUnicode", |d: String| -> String {
        let (s, r) = idna_to_unicode(&d);
        if r {
            s
        } else {
            String::new()
        }
    })?;
    Ok(())
}

fn idna_to_unicode(d: &str) -> (String, bool) {
    let (s, r) = idna::domain_to_unicode(d);
    (s, r.is_ok())
}
