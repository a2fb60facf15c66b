//! Byte encodings as Node's Buffer does them (utf8, hex, base64, base64url, latin1,
//! ascii, utf16le), on plain Rust types. Decoders are lenient the way Node's are.

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Hex,
    Base64,
    Base64Url,
    Latin1,
    Ascii,
    Utf16Le,
}

impl Encoding {
    /// Accepts Node's canonical names (lib/buffer.js normalises case and aliases).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "utf8" | "utf-8" => Encoding::Utf8,
            "hex" => Encoding::Hex,
            "base64" => Encoding::Base64,
            "base64url" => Encoding::Base64Url,
            "latin1" | "binary" => Encoding::Latin1,
            "ascii" => Encoding::Ascii,
            "utf16le" | "utf-16le" | "ucs2" | "ucs-2" => Encoding::Utf16Le,
            _ => return None,
        })
    }
}

fn utf16_units(s: &str) -> impl Iterator<Item = u16> + '_ {
    s.encode_utf16()
}

pub fn encoded_len(s: &str, e: Encoding) -> usize {
    match e {
        Encoding::Utf8 => s.len(),
        Encoding::Latin1 | Encoding::Ascii => utf16_units(s).count(),
        Encoding::Utf16Le => utf16_units(s).count() * 2,
        Encoding::Hex => utf16_units(s).count() / 2,
        Encoding::Base64 | Encoding::Base64Url => base64_decoded_len(s.as_bytes()),
    }
}

pub fn encode(s: &str, e: Encoding) -> Vec<u8> {
    match e {
        Encoding::Utf8 => s.as_bytes().to_vec(),
        Encoding::Latin1 | Encoding::Ascii => utf16_units(s).map(|u| u as u8).collect(),
        Encoding::Utf16Le => utf16_units(s).flat_map(|u| u.to_le_bytes()).collect(),
        Encoding::Hex => hex_decode(s.as_bytes()),
        Encoding::Base64 | Encoding::Base64Url => base64_decode(s.as_bytes()),
    }
}

pub fn decode(b: &[u8], e: Encoding) -> String {
    match e {
        Encoding::Utf8 => String::from_utf8_lossy(b).into_owned(),
        Encoding::Latin1 => b.iter().map(|&c| c as char).collect(),
        Encoding::Ascii => b.iter().map(|&c| (c & 0x7f) as char).collect(),
        Encoding::Utf16Le => {
            let units: Vec<u16> = b
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        Encoding::Hex => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let mut out = String::with_capacity(b.len() * 2);
            for &c in b {
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
            out
        }
        Encoding::Base64 => base64_encode(b, false),
        Encoding::Base64Url => base64_encode(b, true),
    }
}

fn hex_val(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Node stops at the first pair that is not two hex digits.
pub fn hex_decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks_exact(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => break,
        }
    }
    out
}

pub fn base64_encode(b: &[u8], url: bool) -> String {
    let table: &[u8; 64] = if url {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    } else {
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    };
    let mut out = String::with_capacity(b.len().div_ceil(3) * 4);
    for chunk in b.chunks(3) {
        let n = match chunk.len() {
            3 => (chunk[0] as u32) << 16 | (chunk[1] as u32) << 8 | chunk[2] as u32,
            2 => (chunk[0] as u32) << 16 | (chunk[1] as u32) << 8,
            _ => (chunk[0] as u32) << 16,
        };
        let chars = chunk.len() + 1;
        for i in 0..4 {
            if i < chars {
                out.push(table[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else if !url {
                out.push('=');
            }
        }
    }
    out
}

/// Both alphabets' values; 255 marks characters that are skipped.
const B64_DECODE: [u8; 256] = {
    let mut t = [255u8; 256];
    let std = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut i = 0;
    while i < 64 {
        t[std[i] as usize] = i as u8;
        i += 1;
    }
    t[b'-' as usize] = 62;
    t[b'_' as usize] = 63;
    t
};

/// Both alphabets, padding optional, other characters skipped; stops at '='.
pub fn base64_decode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    // Fast path: whole groups of four valid characters.
    let mut i = 0;
    while i + 4 <= s.len() {
        let (a, b, c, d) = (
            B64_DECODE[s[i] as usize],
            B64_DECODE[s[i + 1] as usize],
            B64_DECODE[s[i + 2] as usize],
            B64_DECODE[s[i + 3] as usize],
        );
        if (a | b | c | d) == 255 || a > 63 || b > 63 || c > 63 || d > 63 {
            break;
        }
        let n = (a as u32) << 18 | (b as u32) << 12 | (c as u32) << 6 | d as u32;
        out.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
        i += 4;
    }
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in &s[i..] {
        if c == b'=' {
            break;
        }
        let v = B64_DECODE[c as usize];
        if v == 255 {
            continue;
        }
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Node's estimate for Buffer.byteLength(str, 'base64'): based on length and padding.
pub fn base64_decoded_len(s: &[u8]) -> usize {
    let mut n = s.len();
    if n > 0 && s[n - 1] == b'=' {
        n -= 1;
    }
    if n > 0 && s[n - 1] == b'=' {
        n -= 1;
    }
    (n * 3) >> 2
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn roundtrips() {
        assert_eq!(base64_encode(b"hello", false), "aGVsbG8=");
        assert_eq!(base64_decode(b"aGVsbG8="), b"hello");
        assert_eq!(base64_decode(b"aGVs bG8"), b"hello");
        assert_eq!(hex_decode(b"6869zz"), b"hi");
        assert_eq!(decode(b"hi", Encoding::Hex), "6869");
        assert_eq!(base64_encode(&[0xfb, 0xff], true), "-_8");
    }
}
