//! A port of what PyYAML's `yaml.safe_dump(value, allow_unicode=True, sort_keys=False)` writes, for the values of
//! a JSON document (maps, lists, strings, integers, booleans, null).
//!
//! `../shared/bin/check-incubateur` writes the 662 startups with PyYAML before importing them through the command
//! line; the tests write the same files from Rust, so that the import is exercised on exactly that YAML: block style,
//! lists not indented under their key, strings quoted only when YAML 1.1 would read them as something else
//! (`'2018-01-01'`, `'true'`, `''`), single quotes unless a character needs escaping, lines folded after column 80.
//! Each branch below names the PyYAML `Emitter` method it follows.

use serde_json::Value;

const BEST_WIDTH: usize = 80;
const INDENT: usize = 2;

/// The YAML text of a mapping, as `yaml.safe_dump` writes it.
pub fn dump(value: &serde_json::Map<String, Value>) -> String {
    let mut emitter = Emitter::default();
    emitter.mapping(value, 0, false);
    emitter.out.push('\n');
    emitter.out
}

#[derive(Default)]
struct Emitter {
    out: String,
    column: usize,
    whitespace: bool,
    started: bool,
}

/// `Emitter.analyze_scalar`, reduced to what `choose_scalar_style` reads.
struct Analyse {
    empty: bool,
    allow_block_plain: bool,
    allow_single_quoted: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_space_or_break(c: Option<char>) -> bool {
    c.is_none_or(|c| matches!(c, '\0' | ' ' | '\t' | '\r') || is_break(c))
}

fn analyse(text: &str) -> Analyse {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return Analyse {
            empty: true,
            allow_block_plain: true,
            allow_single_quoted: true,
        };
    }
    let mut block_indicators = text.starts_with("---") || text.starts_with("...");
    let mut line_breaks = false;
    let mut special = false;
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut followed_by_whitespace = chars.len() == 1 || is_space_or_break(chars.get(1).copied());
    let (mut previous_space, mut previous_break) = (false, false);
    for (index, &c) in chars.iter().enumerate() {
        if index == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(c) {
                block_indicators = true;
            }
            if "?:".contains(c) && followed_by_whitespace {
                block_indicators = true;
            }
            if c == '-' && followed_by_whitespace {
                block_indicators = true;
            }
        } else {
            if c == ':' && followed_by_whitespace {
                block_indicators = true;
            }
            if c == '#' && preceded_by_whitespace {
                block_indicators = true;
            }
        }
        if is_break(c) {
            line_breaks = true;
        }
        if !(c == '\n' || (' '..='~').contains(&c)) {
            let printable = c == '\u{85}'
                || ('\u{a0}'..='\u{d7ff}').contains(&c)
                || ('\u{e000}'..='\u{fffd}').contains(&c)
                || ('\u{10000}'..'\u{10ffff}').contains(&c);
            if !printable || c == '\u{feff}' {
                special = true;
            }
        }
        if c == ' ' {
            leading_space |= index == 0;
            trailing_space |= index == chars.len() - 1;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            leading_break |= index == 0;
            trailing_break |= index == chars.len() - 1;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_space_or_break(Some(c));
        followed_by_whitespace =
            index + 2 >= chars.len() || is_space_or_break(chars.get(index + 2).copied());
    }
    let mut allow_block_plain = true;
    let mut allow_single_quoted = true;
    if leading_space || leading_break || trailing_space || trailing_break {
        allow_block_plain = false;
    }
    if break_space {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if space_break || special {
        allow_block_plain = false;
        allow_single_quoted = false;
    }
    if line_breaks || block_indicators {
        allow_block_plain = false;
    }
    Analyse {
        empty: false,
        allow_block_plain,
        allow_single_quoted,
    }
}

fn digits(text: &str, allowed: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(allowed)
}

fn unsigned(text: &str) -> &str {
    text.strip_prefix(['-', '+']).unwrap_or(text)
}

/// `[0-9][0-9_]*(?::[0-5]?[0-9])+` (sexagesimal), optionally followed by `tail`.
fn sexagesimal(text: &str) -> bool {
    let mut parts = text.split(':');
    let Some(first) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.starts_with(|c: char| c.is_ascii_digit())
        && digits(first, |c| c.is_ascii_digit() || c == '_')
        && rest.iter().all(|p| {
            (1..=2).contains(&p.len())
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || p.starts_with(|c: char| ('0'..='5').contains(&c)))
        })
}

/// Whether PyYAML's implicit resolvers (YAML 1.1) read `text` as something other than a string.
fn resolves_to_other_type(text: &str) -> bool {
    const BOOLS: [&str; 18] = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ];
    if BOOLS.contains(&text) || ["", "~", "null", "Null", "NULL", "<<", "="].contains(&text) {
        return true;
    }
    let body = unsigned(text);
    // int
    if let Some(bin) = body.strip_prefix("0b")
        && digits(bin, |c| c == '0' || c == '1' || c == '_')
    {
        return true;
    }
    if let Some(hex) = body.strip_prefix("0x")
        && digits(hex, |c| c.is_ascii_hexdigit() || c == '_')
    {
        return true;
    }
    if body.starts_with('0') && digits(body, |c| ('0'..='7').contains(&c) || c == '_') {
        return true;
    }
    if body == "0"
        || (body.starts_with(|c: char| ('1'..='9').contains(&c))
            && digits(body, |c| c.is_ascii_digit() || c == '_'))
    {
        return true;
    }
    if body.starts_with(|c: char| ('1'..='9').contains(&c)) && sexagesimal(body) {
        return true;
    }
    // float
    let mantissa_exponent = |text: &str| -> bool {
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], Some(&text[at + 1..])),
            None => (text, None),
        };
        let exponent_ok = exponent.is_none_or(|e| {
            e.len() >= 2 && e.starts_with(['-', '+']) && e[1..].chars().all(|c| c.is_ascii_digit())
        });
        let Some((int, frac)) = mantissa.split_once('.') else {
            return false;
        };
        let int_ok = int.is_empty()
            || (int.starts_with(|c: char| c.is_ascii_digit())
                && digits(int, |c| c.is_ascii_digit() || c == '_'));
        let frac_ok = frac.chars().all(|c| c.is_ascii_digit() || c == '_');
        exponent_ok && int_ok && frac_ok && (!int.is_empty() || !frac.is_empty())
    };
    if mantissa_exponent(body)
        && (body.starts_with(|c: char| c.is_ascii_digit())
            || (!text.starts_with(['-', '+']) && body.starts_with('.')))
    {
        return true;
    }
    if let Some((head, frac)) = body.rsplit_once('.')
        && sexagesimal(head)
        && frac.chars().all(|c| c.is_ascii_digit() || c == '_')
    {
        return true;
    }
    if [".inf", ".Inf", ".INF"].contains(&body) || [".nan", ".NaN", ".NAN"].contains(&text) {
        return true;
    }
    // timestamp
    timestamp(text)
}

fn timestamp(text: &str) -> bool {
    let b = text.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 10
        && (0..4).all(d)
        && b[4] == b'-'
        && d(5)
        && d(6)
        && b[7] == b'-'
        && d(8)
        && d(9)
    {
        return true;
    }
    // YYYY-M(M)-D(D)(T| )H(H):MM:SS(.f)(zone): checked loosely, none occur in the data's strings.
    let Some((date, time)) = text.split_once(['T', 't', ' ']) else {
        return false;
    };
    let date_ok = {
        let parts: Vec<&str> = date.split('-').collect();
        parts.len() == 3
            && parts[0].len() == 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
            && parts[1].len() <= 2
            && parts[2].len() <= 2
    };
    let time = time.trim_start();
    let time_ok = {
        let hms: Vec<&str> = time.splitn(3, ':').collect();
        hms.len() == 3
            && (1..=2).contains(&hms[0].len())
            && hms[0].chars().all(|c| c.is_ascii_digit())
            && hms[1].len() == 2
            && hms[1].chars().all(|c| c.is_ascii_digit())
            && hms[2].len() >= 2
            && hms[2][..2].chars().all(|c| c.is_ascii_digit())
    };
    date_ok && time_ok
}

impl Emitter {
    fn write(&mut self, data: &str) {
        self.out.push_str(data);
        self.column += data.chars().count();
    }

    /// `write_line_break` then spaces up to `indent` (`write_indent`).
    fn write_indent(&mut self, indent: usize) {
        self.out.push('\n');
        self.column = 0;
        self.whitespace = true;
        if indent > 0 {
            self.out.push_str(&" ".repeat(indent));
            self.column = indent;
        }
    }

    /// Starts a new line at `indent` unless the document is empty.
    fn line(&mut self, indent: usize) {
        if self.started {
            self.write_indent(indent);
        } else {
            self.started = true;
            self.out.push_str(&" ".repeat(indent));
            self.column = indent;
            self.whitespace = true;
        }
    }

    fn indicator(&mut self, indicator: &str, need_whitespace: bool) {
        if self.whitespace || !need_whitespace {
            self.write(indicator);
        } else {
            self.write(&format!(" {indicator}"));
        }
        self.whitespace = false;
    }

    fn scalar(&mut self, value: &Value, indent: usize) {
        match value {
            Value::Null => self.plain("null", indent),
            Value::Bool(b) => self.plain(if *b { "true" } else { "false" }, indent),
            Value::Number(n) => self.plain(&n.to_string(), indent),
            Value::String(text) => {
                let analyse = analyse(text);
                if !resolves_to_other_type(text) && analyse.allow_block_plain && !analyse.empty {
                    self.plain(text, indent);
                } else if analyse.allow_single_quoted {
                    self.single_quoted(text, indent);
                } else {
                    self.double_quoted(text, indent);
                }
            }
            Value::Array(_) | Value::Object(_) => {}
        }
    }

    /// `write_plain(split=True)`.
    fn plain(&mut self, text: &str, indent: usize) {
        if !self.whitespace {
            self.write(" ");
        }
        self.whitespace = false;
        let chars: Vec<char> = text.chars().collect();
        let (mut start, mut spaces) = (0, false);
        for end in 0..=chars.len() {
            let c = chars.get(end).copied();
            if spaces {
                if c != Some(' ') {
                    if start + 1 == end && self.column > BEST_WIDTH {
                        self.write_indent(indent);
                        self.whitespace = false;
                    } else {
                        let data: String = chars[start..end].iter().collect();
                        self.write(&data);
                    }
                    start = end;
                }
            } else if c.is_none_or(|c| c == ' ' || is_break(c)) {
                let data: String = chars[start..end].iter().collect();
                self.write(&data);
                start = end;
            }
            if let Some(c) = c {
                spaces = c == ' ';
            }
        }
    }

    /// `write_single_quoted(split=True)`.
    fn single_quoted(&mut self, text: &str, indent: usize) {
        self.indicator("'", true);
        let chars: Vec<char> = text.chars().collect();
        let (mut start, mut spaces, mut breaks) = (0, false, false);
        for end in 0..=chars.len() {
            let c = chars.get(end).copied();
            if spaces {
                if c != Some(' ') {
                    if start + 1 == end
                        && self.column > BEST_WIDTH
                        && start != 0
                        && end != chars.len()
                    {
                        self.write_indent(indent);
                        self.whitespace = false;
                    } else {
                        let data: String = chars[start..end].iter().collect();
                        self.write(&data);
                    }
                    start = end;
                }
            } else if breaks {
                if c.is_none_or(|c| !is_break(c)) {
                    if chars[start] == '\n' {
                        self.out.push('\n');
                        self.column = 0;
                    }
                    for br in &chars[start..end] {
                        self.out.push(if *br == '\n' { '\n' } else { *br });
                        self.column = 0;
                    }
                    self.out.push_str(&" ".repeat(indent));
                    self.column = indent;
                    self.whitespace = true;
                    start = end;
                }
            } else if c.is_none_or(|c| c == ' ' || is_break(c) || c == '\'') && start < end {
                let data: String = chars[start..end].iter().collect();
                self.write(&data);
                start = end;
            }
            if c == Some('\'') {
                self.write("''");
                start = end + 1;
            }
            if let Some(c) = c {
                spaces = c == ' ';
                breaks = is_break(c);
            }
        }
        self.indicator("'", false);
    }

    /// `write_double_quoted(split=True)`.
    fn double_quoted(&mut self, text: &str, indent: usize) {
        self.indicator("\"", true);
        let chars: Vec<char> = text.chars().collect();
        let mut start = 0;
        for end in 0..=chars.len() {
            let c = chars.get(end).copied();
            let escape = c.is_none_or(|c| {
                "\"\\\u{85}\u{2028}\u{2029}\u{feff}".contains(c)
                    || !((' '..='~').contains(&c)
                        || ('\u{a0}'..='\u{d7ff}').contains(&c)
                        || ('\u{e000}'..='\u{fffd}').contains(&c))
            });
            if escape {
                if start < end {
                    let data: String = chars[start..end].iter().collect();
                    self.write(&data);
                    start = end;
                }
                if let Some(c) = c {
                    let data = match c {
                        '\0' => "\\0".to_owned(),
                        '\u{7}' => "\\a".to_owned(),
                        '\u{8}' => "\\b".to_owned(),
                        '\t' => "\\t".to_owned(),
                        '\n' => "\\n".to_owned(),
                        '\u{b}' => "\\v".to_owned(),
                        '\u{c}' => "\\f".to_owned(),
                        '\r' => "\\r".to_owned(),
                        '\u{1b}' => "\\e".to_owned(),
                        '"' => "\\\"".to_owned(),
                        '\\' => "\\\\".to_owned(),
                        '\u{85}' => "\\N".to_owned(),
                        '\u{a0}' => "\\_".to_owned(),
                        '\u{2028}' => "\\L".to_owned(),
                        '\u{2029}' => "\\P".to_owned(),
                        c if (c as u32) <= 0xff => format!("\\x{:02X}", c as u32),
                        c if (c as u32) <= 0xffff => format!("\\u{:04X}", c as u32),
                        c => format!("\\U{:08X}", c as u32),
                    };
                    self.write(&data);
                    start = end + 1;
                }
            }
            if end > 0
                && end + 1 < chars.len()
                && (c == Some(' ') || start >= end)
                && self.column + (end.saturating_sub(start)) > BEST_WIDTH
            {
                let mut data: String = chars[start..end].iter().collect();
                data.push('\\');
                if start < end {
                    start = end;
                }
                self.write(&data);
                self.write_indent(indent);
                self.whitespace = false;
                if chars.get(start) == Some(&' ') {
                    self.write("\\");
                }
            }
        }
        self.indicator("\"", false);
    }

    /// A block mapping whose keys sit at `indent`; `inline` when its first key follows a `- ` on the same line.
    fn mapping(&mut self, map: &serde_json::Map<String, Value>, indent: usize, inline: bool) {
        for (index, (key, value)) in map.iter().enumerate() {
            if !(inline && index == 0) {
                self.line(indent);
            }
            self.write(key);
            self.indicator(":", false);
            self.value(value, indent);
        }
    }

    /// The value of a key at `indent`.
    fn value(&mut self, value: &Value, indent: usize) {
        match value {
            Value::Array(items) if items.is_empty() => self.indicator("[]", true),
            Value::Object(map) if map.is_empty() => self.indicator("{}", true),
            // Lists under a mapping key are not indented ("indentless" sequences).
            Value::Array(items) => self.sequence(items, indent),
            Value::Object(map) => self.mapping(map, indent + INDENT, false),
            scalar => self.scalar(scalar, indent + INDENT),
        }
    }

    fn sequence(&mut self, items: &[Value], indent: usize) {
        for item in items {
            self.line(indent);
            self.indicator("-", true);
            match item {
                Value::Object(map) if !map.is_empty() => {
                    self.write(" ");
                    self.whitespace = true;
                    self.mapping(map, indent + INDENT, true);
                }
                Value::Array(inner) if !inner.is_empty() => {
                    self.write(" ");
                    self.whitespace = true;
                    self.sequence_inline(inner, indent + INDENT);
                }
                Value::Array(_) => self.indicator("[]", true),
                Value::Object(_) => self.indicator("{}", true),
                scalar => self.scalar(scalar, indent + INDENT),
            }
        }
    }

    fn sequence_inline(&mut self, items: &[Value], indent: usize) {
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                self.line(indent);
            }
            self.indicator("-", true);
            self.scalar(item, indent + INDENT);
        }
    }
}
