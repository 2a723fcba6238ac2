//! CloudWatch Logs filter patterns for JSON events (`{ ($.eventName = X) || ($.a != "b") }`),
//! parsed into disjunctive normal form so that two patterns can be compared by meaning: does every
//! event one pattern matches also match the other?
//!
//! The comparison is sound but not complete: when it says "implies", it is true for every event;
//! when it cannot tell, it says no. Callers treat a pattern that does not parse (term and
//! space-delimited patterns, syntax this module does not know) as unknown, never as a miss.

/// A comparison operator of a JSON filter condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Exists,
    NotExists,
    IsNull,
    IsTrue,
    IsFalse,
}

/// The right-hand side of a condition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Operand {
    /// A string or number as written, quotes removed; `*` is a wildcard.
    Text(String),
    /// `%regex%`.
    Regex(String),
    /// `EXISTS`, `IS NULL`, … take no value.
    None,
}

/// One condition: `$.selector OP value`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Atom {
    pub selector: String,
    pub op: Op,
    pub value: Operand,
}

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pattern {
    /// The empty pattern: matches every event.
    All,
    /// A JSON pattern as a disjunction of conjunctions.
    Dnf(Vec<Vec<Atom>>),
}

/// How many disjuncts the normal form may grow to before the pattern counts as unknown.
const MAX_DISJUNCTS: usize = 4096;
/// How deep parentheses may nest.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Cmp(Op),
    Quoted(String),
    Regex(String),
    Word(String),
}

fn tokenize(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            '&' | '|' => {
                if chars.get(i + 1) != Some(&c) {
                    return None;
                }
                out.push(if c == '&' { Token::And } else { Token::Or });
                i += 2;
            }
            '=' => {
                out.push(Token::Cmp(Op::Eq));
                i += 1;
            }
            '!' | '<' | '>' => {
                let eq = chars.get(i + 1) == Some(&'=');
                let op = match (c, eq) {
                    ('!', true) => Op::Ne,
                    ('!', false) => return None,
                    ('<', true) => Op::Le,
                    ('<', false) => Op::Lt,
                    ('>', true) => Op::Ge,
                    _ => Op::Gt,
                };
                out.push(Token::Cmp(op));
                i += if eq { 2 } else { 1 };
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return None,
                        Some('"') => break,
                        Some('\\') => {
                            s.push(*chars.get(i + 1)?);
                            i += 2;
                        }
                        Some(&ch) => {
                            s.push(ch);
                            i += 1;
                        }
                    }
                }
                i += 1;
                out.push(Token::Quoted(s));
            }
            '%' => {
                let start = i + 1;
                let end = start + chars.get(start..)?.iter().position(|&ch| ch == '%')?;
                out.push(Token::Regex(chars[start..end].iter().collect()));
                i = end + 1;
            }
            '{' | '}' => return None,
            _ => {
                let start = i;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !"()&|=!<>\"%{}".contains(chars[i])
                {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
        }
    }
    Some(out)
}

#[derive(Debug)]
enum Expr {
    Atom(Atom),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn or(&mut self, depth: usize) -> Option<Expr> {
        let mut items = vec![self.and(depth)?];
        while self.peek() == Some(&Token::Or) {
            self.pos += 1;
            items.push(self.and(depth)?);
        }
        Some(if items.len() == 1 {
            items.pop()?
        } else {
            Expr::Or(items)
        })
    }

    fn and(&mut self, depth: usize) -> Option<Expr> {
        let mut items = vec![self.primary(depth)?];
        while self.peek() == Some(&Token::And) {
            self.pos += 1;
            items.push(self.primary(depth)?);
        }
        Some(if items.len() == 1 {
            items.pop()?
        } else {
            Expr::And(items)
        })
    }

    fn primary(&mut self, depth: usize) -> Option<Expr> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.next()? {
            Token::Open => {
                let inner = self.or(depth + 1)?;
                (self.next()? == Token::Close).then_some(inner)
            }
            Token::Word(selector) if selector.starts_with('$') => self.condition(selector),
            _ => None,
        }
    }

    fn condition(&mut self, selector: String) -> Option<Expr> {
        let (op, value) = match self.next()? {
            Token::Cmp(op) => {
                let value = match self.next()? {
                    Token::Quoted(s) | Token::Word(s) => Operand::Text(s),
                    Token::Regex(r) => Operand::Regex(r),
                    _ => return None,
                };
                (op, value)
            }
            Token::Word(w) if w.eq_ignore_ascii_case("EXISTS") => (Op::Exists, Operand::None),
            Token::Word(w) if w.eq_ignore_ascii_case("NOT") => match self.next()? {
                Token::Word(w) if w.eq_ignore_ascii_case("EXISTS") => {
                    (Op::NotExists, Operand::None)
                }
                _ => return None,
            },
            Token::Word(w) if w.eq_ignore_ascii_case("IS") => match self.next()? {
                Token::Word(w) if w.eq_ignore_ascii_case("NULL") => (Op::IsNull, Operand::None),
                Token::Word(w) if w.eq_ignore_ascii_case("TRUE") => (Op::IsTrue, Operand::None),
                Token::Word(w) if w.eq_ignore_ascii_case("FALSE") => (Op::IsFalse, Operand::None),
                _ => return None,
            },
            _ => return None,
        };
        Some(Expr::Atom(Atom {
            selector: selector.replace(' ', ""),
            op,
            value,
        }))
    }
}

/// The disjunctive normal form of an expression, or `None` when it grows too large.
fn dnf(expr: Expr) -> Option<Vec<Vec<Atom>>> {
    match expr {
        Expr::Atom(a) => Some(vec![vec![a]]),
        Expr::Or(items) => {
            let mut out = Vec::new();
            for item in items {
                out.extend(dnf(item)?);
                if out.len() > MAX_DISJUNCTS {
                    return None;
                }
            }
            Some(out)
        }
        Expr::And(items) => {
            let mut acc: Vec<Vec<Atom>> = vec![Vec::new()];
            for item in items {
                let right = dnf(item)?;
                if acc.len().saturating_mul(right.len()) > MAX_DISJUNCTS {
                    return None;
                }
                let mut next = Vec::with_capacity(acc.len() * right.len());
                for left in &acc {
                    for r in &right {
                        let mut conj = left.clone();
                        conj.extend(r.iter().cloned());
                        next.push(conj);
                    }
                }
                acc = next;
            }
            Some(acc)
        }
    }
}

/// Parses a filter pattern. `None`: not a JSON pattern this module understands.
pub(crate) fn parse(text: &str) -> Option<Pattern> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Some(Pattern::All);
    }
    let inner = trimmed.strip_prefix('{')?.strip_suffix('}')?;
    let tokens = tokenize(inner)?;
    let mut parser = Parser { tokens, pos: 0 };
    let expr = parser.or(0)?;
    if parser.pos != parser.tokens.len() {
        return None;
    }
    dnf(expr).map(Pattern::Dnf)
}

/// Whether `pattern` (with `*` wildcards) matches the whole of `text`.
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Iterative wildcard matching with backtracking to the last `*`.
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Whether every event that satisfies `b` also satisfies `u`.
fn atom_implies(b: &Atom, u: &Atom) -> bool {
    if b.selector != u.selector {
        return false;
    }
    if b == u {
        return true;
    }
    match (b.op, &b.value, u.op, &u.value) {
        // An exact value is matched by any wildcard pattern that accepts it.
        (Op::Eq, Operand::Text(bv), Op::Eq, Operand::Text(uv)) => {
            uv == "*" || (!bv.contains('*') && glob(uv, bv))
        }
        (Op::Eq, Operand::Text(bv), Op::Eq, Operand::Regex(re)) => {
            !bv.contains('*') && regex::Regex::new(re).is_ok_and(|re| re.is_match(bv))
        }
        // `x = a` guarantees `x != b` when a is exact and b does not match it.
        (Op::Eq, Operand::Text(bv), Op::Ne, Operand::Text(uv)) => {
            !bv.contains('*') && !glob(uv, bv)
        }
        (Op::Eq | Op::IsTrue | Op::IsFalse, _, Op::Exists, _) => true,
        _ => false,
    }
}

/// Whether every event matching all of `bench` matches all of `user`.
fn conj_implies(bench: &[Atom], user: &[Atom]) -> bool {
    user.iter()
        .all(|u| bench.iter().any(|b| atom_implies(b, u)))
}

/// Whether `user` matches at least every event `bench` matches.
pub(crate) fn covers(user: &Pattern, bench: &Pattern) -> bool {
    match (user, bench) {
        (Pattern::All, _) => true,
        (Pattern::Dnf(_), Pattern::All) => false,
        (Pattern::Dnf(user), Pattern::Dnf(bench)) => bench
            .iter()
            .all(|b| user.iter().any(|u| conj_implies(b, u))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Pattern {
        parse(text).unwrap_or_else(|| panic!("does not parse: {text}"))
    }

    fn covers_text(user: &str, bench: &str) -> bool {
        covers(&p(user), &p(bench))
    }

    const TRAIL: &str = r#"{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"#;

    #[test]
    fn parses_conditions() {
        let Pattern::Dnf(d) = p(
            r#"{ $.a = "x y" && $.b != 3 && $.c NOT EXISTS && $.d IS TRUE && $.e IS NULL && $.f >= 2 && $.g = %ab+c% }"#,
        ) else {
            panic!("not JSON");
        };
        assert_eq!(d.len(), 1);
        let ops: Vec<Op> = d[0].iter().map(|a| a.op).collect();
        assert_eq!(
            ops,
            [
                Op::Eq,
                Op::Ne,
                Op::NotExists,
                Op::IsTrue,
                Op::IsNull,
                Op::Ge,
                Op::Eq
            ]
        );
        assert_eq!(d[0][0].value, Operand::Text("x y".into()));
        assert_eq!(d[0][6].value, Operand::Regex("ab+c".into()));
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let Pattern::Dnf(d) = p("{ $.a = 1 || $.b = 2 && $.c = 3 }") else {
            panic!("not JSON");
        };
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].len(), 1);
        assert_eq!(d[1].len(), 2);
        let Pattern::Dnf(d) = p("{ ($.a = 1 || $.b = 2) && ($.c = 3 || $.d = 4) }") else {
            panic!("not JSON");
        };
        assert_eq!(d.len(), 4);
    }

    #[test]
    fn empty_pattern_matches_everything() {
        assert_eq!(parse("  "), Some(Pattern::All));
        assert!(covers(&Pattern::All, &p(TRAIL)));
        assert!(!covers(&p(TRAIL), &Pattern::All));
    }

    #[test]
    fn garbage_does_not_parse_and_does_not_panic() {
        for text in [
            "ERROR",
            "[ip, user, ...]",
            "{",
            "}",
            "{ }",
            "{ $.a = }",
            "{ ($.a = 1 }",
            "{ $.a = \"unterminated }",
            "{ $.a = %open }",
            "{ $.a & $.b }",
            "{ $.a ! 1 }",
            "{ a = 1 }",
            "{ $.a = 1 ) }",
            "{ $.a IS MAYBE }",
            "{ $.a NOT THERE }",
            "{ $.a = \"x\\",
            "{ $.é = ü || ((((( }",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
        let deep = format!("{{ {}$.a = 1{} }}", "(".repeat(500), ")".repeat(500));
        assert_eq!(parse(&deep), None);
        // A product that explodes is refused, not computed.
        let wide: Vec<String> = (0..20)
            .map(|i| format!("($.a{i} = 1 || $.b{i} = 2)"))
            .collect();
        assert_eq!(parse(&format!("{{ {} }}", wide.join(" && "))), None);
    }

    #[test]
    fn reordered_and_quoted_terms_cover() {
        let user = r#"{($.eventName="StopLogging")||($.eventName="StartLogging")||($.eventName="DeleteTrail")||($.eventName="UpdateTrail")||($.eventName="CreateTrail")}"#;
        assert!(covers_text(user, TRAIL));
    }

    #[test]
    fn extra_event_names_cover() {
        let user = "{ $.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging || $.eventName = PutEventSelectors }";
        assert!(covers_text(user, TRAIL));
    }

    #[test]
    fn narrower_pattern_does_not_cover() {
        let missing_one = "{ $.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging }";
        assert!(!covers_text(missing_one, TRAIL));
        let extra_condition = "{ ($.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging) && $.awsRegion = eu-west-1 }";
        assert!(!covers_text(extra_condition, TRAIL));
        // Case matters: CloudWatch compares values exactly.
        let cased = "{ $.eventName = createtrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging }";
        assert!(!covers_text(cased, TRAIL));
    }

    #[test]
    fn wildcards_and_weaker_conditions_cover() {
        // One wildcard for all the trail calls.
        let user = "{ $.eventName = *Trail || $.eventName = *Logging }";
        assert!(covers_text(user, TRAIL));
        // Fewer conditions match more events.
        let bench = r#"{ ($.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied*") && $.sourceIPAddress != "delivery.logs.amazonaws.com" && $.eventName != "HeadBucket" }"#;
        assert!(covers_text(
            r#"{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }"#,
            bench
        ));
        // The benchmark's own form with the precedence CloudWatch gives it.
        assert!(covers_text(
            r#"{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }"#,
            bench
        ));
        // A wildcard on the benchmark side is only covered by the same or a broader one.
        assert!(!covers_text(
            r#"{ $.errorCode = "AccessDenied" }"#,
            r#"{ $.errorCode = "AccessDenied*" }"#
        ));
        assert!(covers_text(
            r#"{ $.errorCode = "*" }"#,
            r#"{ $.errorCode = "AccessDenied*" }"#
        ));
    }

    #[test]
    fn inequalities_follow_from_equalities() {
        let bench = r#"{ $.eventName = ConsoleLogin && $.additionalEventData.MFAUsed != "Yes" }"#;
        assert!(covers_text(
            r#"{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }"#,
            bench
        ));
        assert!(covers_text(
            r#"{ $.eventName != "GetObject" }"#,
            r#"{ $.eventName = "ConsoleLogin" }"#
        ));
        assert!(!covers_text(
            r#"{ $.eventName != "Console*" }"#,
            r#"{ $.eventName = "ConsoleLogin" }"#
        ));
        assert!(covers_text(
            r#"{ $.eventName EXISTS }"#,
            r#"{ $.eventName = "ConsoleLogin" }"#
        ));
        assert!(!covers_text(
            r#"{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }"#,
            r#"{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }"#
        ));
    }

    #[test]
    fn regex_values() {
        assert!(covers_text(
            "{ $.eventName = %^(Create|Update|Delete)Trail$% || $.eventName = %Logging$% }",
            TRAIL
        ));
        assert!(!covers_text("{ $.eventName = %^Create% }", TRAIL));
        assert!(!covers_text("{ $.eventName = %[% }", TRAIL));
    }

    #[test]
    fn glob_matching() {
        assert!(glob("*Trail", "CreateTrail"));
        assert!(glob("A*B*C", "AxxBxxC"));
        assert!(!glob("A*B*C", "AxxBxx"));
        assert!(glob("**", ""));
        assert!(!glob("abc", "abcd"));
    }
}
