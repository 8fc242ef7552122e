//! Request decoding for the routes that take a body: the media type, charset and
//! content encoding are checked before the body is read; the body is read within its
//! size limit (counted after decompression) and its time limit; documents are decoded
//! with errors in plain words.
use super::config::MAX_EXPLAIN_TERMS;
use super::problem::ApiError;
use crate::analysis::AnalysisOptions;
use actix_web::http::header;
use actix_web::{web, HttpRequest};
use futures_util::StreamExt;
use serde_json::{Map, Value};
use std::io::Write;
use std::time::Duration;

/// The body formats the API reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    Json,
    PlainText,
    NdJson,
}

impl Media {
    fn name(self) -> &'static str {
        match self {
            Media::Json => "application/json",
            Media::PlainText => "text/plain",
            Media::NdJson => "application/x-ndjson",
        }
    }
}

/// The body's media type, if it is one of `accepted` in UTF-8; otherwise 415 naming
/// what the route takes (`words`).
pub fn media(
    req: &HttpRequest,
    accepted: &[Media],
    words: &'static str,
) -> Result<Media, ApiError> {
    let raw = match req.headers().get(header::CONTENT_TYPE) {
        None => "",
        Some(v) => v.to_str().map_err(|_| ApiError::UnsupportedMediaType {
            given: String::from_utf8_lossy(v.as_bytes()).into_owned(),
            accepted: words,
        })?,
    };
    let mut parts = raw.split(';');
    let essence = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let Some(&found) = accepted.iter().find(|m| m.name() == essence) else {
        return Err(ApiError::UnsupportedMediaType {
            given: shorten(&essence),
            accepted: words,
        });
    };
    for param in parts {
        let Some((name, value)) = param.split_once('=') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("charset") {
            let charset = value.trim().trim_matches('"');
            if !charset.eq_ignore_ascii_case("utf-8") && !charset.eq_ignore_ascii_case("utf8") {
                return Err(ApiError::UnsupportedCharset(shorten(charset)));
            }
        }
    }
    Ok(found)
}

fn shorten(s: &str) -> String {
    s.chars().take(100).collect()
}

/// How the body is compressed: not at all, or gzip (anything else is refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
}

pub fn encoding(req: &HttpRequest) -> Result<Encoding, ApiError> {
    let mut found = Encoding::Identity;
    for value in req.headers().get_all(header::CONTENT_ENCODING) {
        let value = String::from_utf8_lossy(value.as_bytes()).to_ascii_lowercase();
        for coding in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            match (coding, found) {
                ("identity", _) => {}
                ("gzip" | "x-gzip", Encoding::Identity) => found = Encoding::Gzip,
                _ => return Err(ApiError::UnsupportedEncoding(shorten(&value))),
            }
        }
    }
    Ok(found)
}

/// Collects decompressed bytes up to a limit.
struct Limited {
    buf: Vec<u8>,
    limit: usize,
    over: bool,
}

impl Write for Limited {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.buf.len() + data.len() > self.limit {
            self.over = true;
            return Err(std::io::Error::other("over the limit"));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Reads the whole body: at most `limit` bytes once decompressed, all of it within
/// `timeout` (408 otherwise).
pub async fn read_body(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
    timeout: Duration,
) -> Result<Vec<u8>, ApiError> {
    let encoding = encoding(req)?;
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::TooLarge { limit });
    }
    match actix_web::rt::time::timeout(timeout, collect(payload, limit, encoding)).await {
        Ok(result) => result,
        Err(_) => Err(ApiError::BodyTimeout {
            secs: timeout.as_secs(),
        }),
    }
}

async fn collect(
    mut payload: web::Payload,
    limit: usize,
    encoding: Encoding,
) -> Result<Vec<u8>, ApiError> {
    let sink = Limited {
        buf: Vec::new(),
        limit,
        over: false,
    };
    let mut gzip = match encoding {
        Encoding::Gzip => Some(flate2::write::GzDecoder::new(sink)),
        Encoding::Identity => None,
    };
    let mut plain = Vec::new();
    let mut received = 0usize;
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(payload_error)?;
        received += chunk.len();
        if received > limit {
            return Err(ApiError::TooLarge { limit });
        }
        match gzip.as_mut() {
            None => plain.extend_from_slice(&chunk),
            Some(gz) => {
                if gz.write_all(&chunk).is_err() {
                    return Err(gzip_error(gz.get_ref().over, limit));
                }
            }
        }
    }
    match gzip {
        None => Ok(plain),
        Some(mut gz) => {
            if gz.try_finish().is_err() {
                return Err(gzip_error(gz.get_ref().over, limit));
            }
            gz.finish()
                .map(|sink| sink.buf)
                .map_err(|_| gzip_error(false, limit))
        }
    }
}

fn gzip_error(over: bool, limit: usize) -> ApiError {
    if over {
        ApiError::TooLarge { limit }
    } else {
        ApiError::BrokenBody("the body is not valid gzip data".into())
    }
}

fn payload_error(e: actix_web::error::PayloadError) -> ApiError {
    use actix_web::error::PayloadError as P;
    ApiError::BrokenBody(
        match e {
            P::Incomplete(_) => "the connection ended before the whole body arrived",
            P::EncodingCorrupted => "the body's transfer encoding is corrupt",
            P::Overflow => "the body is too large",
            P::UnknownLength => "the body's length is not valid",
            _ => "the connection failed while the body was read",
        }
        .into(),
    )
}

/// A document to analyse, decoded.
#[derive(Debug)]
pub struct Document {
    pub text: String,
    pub options: AnalysisOptions,
    pub id: Option<String>,
}

/// True when `text` has nothing but white space (Unicode White_Space, and the ASCII
/// separators U+001C–U+001F): the same characters as the `pattern` of `text` in the
/// OpenAPI document.
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

/// The `pattern` of `text`: at least one character that [`is_blank`] does not count.
pub const TEXT_PATTERN: &str =
    "[^\\t\\n\\x0b\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

/// One document from JSON text; errors carry the document's `id` when it has one.
pub fn parse_json_document(body: &[u8]) -> Result<Document, ApiError> {
    let text = std::str::from_utf8(body).map_err(ApiError::invalid_utf8)?;
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    decode_document(value).map_err(|(_, e)| e)
}

/// serde_json's syntax errors say where, in plain words ("expected value at line 1
/// column 9"), without type names.
pub fn json_error(e: serde_json::Error) -> ApiError {
    use serde_json::error::Category;
    let at = format!("line {} column {}", e.line(), e.column());
    ApiError::InvalidJson(match e.classify() {
        Category::Eof => format!("the JSON ends too early ({at})"),
        Category::Syntax => {
            let msg = e.to_string();
            let what = msg.split(" at line ").next().unwrap_or("syntax error");
            format!("{what} ({at})")
        }
        Category::Io | Category::Data => format!("cannot be read ({at})"),
    })
}

/// Decodes one JSON document: 422 when it is not an object, when `text` is missing, not
/// a string or blank, when `id` is not a string, or when an option is unknown or out of
/// range.
pub fn decode_document(value: Value) -> Result<Document, (Option<String>, ApiError)> {
    let Value::Object(mut map) = value else {
        return Err((
            None,
            ApiError::Unprocessable("a document must be a JSON object with a `text` field".into()),
        ));
    };
    let id = match map.remove("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(_) => {
            return Err((
                None,
                ApiError::Unprocessable("the field `id` must be a string".into()),
            ))
        }
    };
    let fail = |msg: &str| Err((id.clone(), ApiError::Unprocessable(msg.to_string())));
    let text = match map.remove("text") {
        None | Some(Value::Null) => return fail("the field `text` is missing"),
        Some(Value::String(s)) => s,
        Some(_) => return fail("the field `text` must be a string"),
    };
    let options = match map.remove("options") {
        None | Some(Value::Null) => AnalysisOptions::default(),
        Some(Value::Object(o)) => match decode_options(o) {
            Ok(o) => o,
            Err(msg) => return fail(&msg),
        },
        Some(_) => return fail("the field `options` must be an object"),
    };
    if is_blank(&text) {
        return Err((id, ApiError::EmptyText));
    }
    Ok(Document { text, options, id })
}

fn decode_options(map: Map<String, Value>) -> Result<AnalysisOptions, String> {
    let mut o = AnalysisOptions::default();
    for (key, value) in map {
        // null leaves the option at its default
        if value.is_null()
            && ["sentences", "quotes", "explain", "explain_terms"].contains(&key.as_str())
        {
            continue;
        }
        let flag = |v: &Value| {
            v.as_bool()
                .ok_or_else(|| format!("the option `{key}` must be true or false"))
        };
        match key.as_str() {
            "sentences" => o.sentences = flag(&value)?,
            "quotes" => o.quotes = flag(&value)?,
            "explain" => o.explain = flag(&value)?,
            "explain_terms" => {
                // JSON Schema counts 8.0 as an integer, so the server does too.
                let whole = value.as_u64().or_else(|| {
                    value
                        .as_f64()
                        .filter(|f| {
                            f.fract() == 0.0 && (0.0..=MAX_EXPLAIN_TERMS as f64).contains(f)
                        })
                        .map(|f| f as u64)
                });
                o.explain_terms = whole
                    .filter(|&n| n <= MAX_EXPLAIN_TERMS as u64)
                    .ok_or_else(|| {
                        format!("the option `explain_terms` must be a whole number from 0 to {MAX_EXPLAIN_TERMS}")
                    })? as usize
            }
            other => {
                return Err(format!(
                "unknown option `{}`: the options are sentences, quotes, explain and explain_terms",
                shorten(other)
            ))
            }
        }
    }
    Ok(o)
}

/// One line of an NDJSON batch, decoded on its own: a bad line fails alone.
pub fn ndjson_line(number: usize, line: &[u8]) -> Result<Value, ApiError> {
    let text = std::str::from_utf8(line).map_err(|e| {
        ApiError::InvalidUtf8(format!(
            "line {number} is not valid UTF-8 (at byte {} of the line)",
            e.valid_up_to()
        ))
    })?;
    serde_json::from_str(text).map_err(|e| match json_error(e) {
        ApiError::InvalidJson(msg) => ApiError::InvalidJson(format!("line {number}: {msg}")),
        other => other,
    })
}

/// The non-blank lines of an NDJSON body with their line numbers (from 1).
pub fn ndjson_lines(body: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    body.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_ascii()))
        .filter(|(_, l)| !l.is_empty())
}
