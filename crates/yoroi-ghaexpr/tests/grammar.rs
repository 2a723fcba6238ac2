mod common;

use common::{err, p};
use yoroi_ghaexpr::{
    Context, ErrorKind, ExprKind, Function, MAX_DEPTH, Span, Template, find, parse, parse_syntax,
    semantic_errors, template,
};

#[test]
fn literals() {
    assert_eq!(p("null"), "null");
    assert_eq!(p("true"), "true");
    assert_eq!(p("false"), "false");
    assert_eq!(p("711"), "711");
    assert_eq!(p("-9.2"), "-9.2");
    assert_eq!(p("0xff"), "255");
    assert_eq!(p("-2.99e-2"), "-0.0299");
    assert_eq!(p("1e3"), "1000");
    assert_eq!(p(".5"), "0.5");
    assert_eq!(p("+7"), "7");
    assert_eq!(p("NaN"), "NaN");
    assert_eq!(p("Infinity"), "Infinity");
    assert_eq!(p("'It''s open source!'"), "'It's open source!'");
    assert_eq!(p("''"), "''");
    assert_eq!(p("'a '' b '' c'"), "'a ' b ' c'");
    assert_eq!(p("'}}'"), "'}}'");
}

#[test]
fn keywords_are_case_sensitive_and_only_outside_properties() {
    // `True` is a name, hence an unknown context.
    assert!(matches!(err("True").kind, ErrorKind::UnknownContext(ref n) if n == "True"));
    assert_eq!(p("github.event.inputs.true"), "github.event.inputs.true");
    assert_eq!(p("inputs.null"), "inputs.null");
}

#[test]
fn contexts_and_dereference() {
    assert_eq!(p("github"), "github");
    assert_eq!(p("github.event.issue.title"), "github.event.issue.title");
    assert_eq!(
        p("steps.build-image.outputs.digest"),
        "steps.build-image.outputs.digest"
    );
    assert_eq!(p("github['event']['issue']"), "github['event']['issue']");
    assert_eq!(p("matrix.include[0]"), "matrix.include[0]");
    assert_eq!(
        p("github.event.pages.*.page_name"),
        "github.event.pages.*.page_name"
    );
    assert_eq!(
        p("github.event.commits[*].message"),
        "github.event.commits.*.message"
    );
    assert_eq!(
        p("secrets[format('TOKEN_{0}', matrix.env)]"),
        "secrets[format('TOKEN_{0}', matrix.env)]"
    );
    assert_eq!(
        p("fromJSON(steps.x.outputs.y).a.b"),
        "fromJSON(steps.x.outputs.y).a.b"
    );
    assert_eq!(p("(github).event"), "github.event");
    // Context names are case-insensitive.
    let e = parse("GitHub.Event").unwrap();
    let ExprKind::Access { base, .. } = &e.kind else {
        panic!()
    };
    assert!(matches!(
        base.kind,
        ExprKind::Context {
            context: Some(Context::Github),
            ..
        }
    ));
}

#[test]
fn every_context() {
    for c in Context::ALL {
        assert_eq!(p(c.name()), c.name());
        assert_eq!(Context::from_name(&c.name().to_uppercase()), Some(c));
    }
}

#[test]
fn functions_are_case_insensitive() {
    for f in Function::ALL {
        assert_eq!(Function::from_name(&f.name().to_ascii_uppercase()), Some(f));
    }
    let e = parse("TOJSON(github)").unwrap();
    assert!(matches!(
        e.kind,
        ExprKind::Call {
            function: Some(Function::ToJson),
            ..
        }
    ));
    assert_eq!(
        p("startswith(github.ref, 'refs/tags/')"),
        "startswith(github.ref, 'refs/tags/')"
    );
    assert_eq!(p("success()"), "success()");
    assert_eq!(
        p("hashFiles('**/*.lock', '**/*.toml')"),
        "hashFiles('**/*.lock', '**/*.toml')"
    );
    assert_eq!(
        p("case(github.ref == 'x', 'a', 'b')"),
        "case((== github.ref 'x'), 'a', 'b')"
    );
}

#[test]
fn precedence_with_real_contexts() {
    assert_eq!(
        p("github.ref == 'refs/heads/main' && github.event_name == 'push' || inputs.force"),
        "(|| (&& (== github.ref 'refs/heads/main') (== github.event_name 'push')) inputs.force)"
    );
    assert_eq!(p("env.a || env.b && env.c"), "(|| env.a (&& env.b env.c))");
    assert_eq!(p("env.a && env.b && env.c"), "(&& env.a env.b env.c)");
    assert_eq!(p("env.a == env.b != env.c"), "(!= (== env.a env.b) env.c)");
    // Comparisons bind tighter than equality.
    assert_eq!(p("env.a == env.b < env.c"), "(== env.a (< env.b env.c))");
    assert_eq!(p("env.a < env.b == env.c"), "(== (< env.a env.b) env.c)");
    assert_eq!(p("env.a <= 1 >= 2"), "(>= (<= env.a 1) 2)");
    // `!` binds tighter than comparisons, dereference tighter than `!`.
    assert_eq!(p("!2 < 3"), "(< (! 2) 3)");
    assert_eq!(
        p("!github.event.pull_request.draft"),
        "(! github.event.pull_request.draft)"
    );
    assert_eq!(p("!!env.x"), "(! (! env.x))");
    assert_eq!(p("!(env.a && env.b)"), "(! (&& env.a env.b))");
    assert_eq!(
        p("(env.a || env.b) && env.c"),
        "(&& (|| env.a env.b) env.c)"
    );
    assert_eq!(
        p("env.x == 'a' && 'yes' || 'no'"),
        "(|| (&& (== env.x 'a') 'yes') 'no')"
    );
}

#[test]
fn whitespace_and_newlines() {
    assert_eq!(
        p("  \n github.actor\n\t==\r\n 'x'  "),
        "(== github.actor 'x')"
    );
    assert_eq!(
        p("format(\n  '{0}',\n  github.sha\n)"),
        "format('{0}', github.sha)"
    );
}

#[test]
fn spans() {
    let src = "github.ref == 'refs/heads/main' && !cancelled()";
    let e = parse(src).unwrap();
    assert_eq!(e.span, Span::new(0, src.len()));
    let ExprKind::Logical { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(
        &src[args[0].span.start..args[0].span.end],
        "github.ref == 'refs/heads/main'"
    );
    assert_eq!(&src[args[1].span.start..args[1].span.end], "!cancelled()");
    let ExprKind::Binary { lhs, rhs, .. } = &args[0].kind else {
        panic!()
    };
    assert_eq!(&src[lhs.span.start..lhs.span.end], "github.ref");
    assert_eq!(&src[rhs.span.start..rhs.span.end], "'refs/heads/main'");
    let ExprKind::Access { steps, .. } = &lhs.kind else {
        panic!()
    };
    assert_eq!(steps[0].span(), Span::new(6, 10));
}

#[test]
fn syntax_errors() {
    let e = err("github.actor = 'x'");
    assert_eq!(e.kind, ErrorKind::UnexpectedSymbol("=".into()));
    assert_eq!(e.span, Span::new(13, 14));
    assert_eq!(
        err("env.a & env.b").kind,
        ErrorKind::UnexpectedSymbol("&".into())
    );
    assert_eq!(
        err("env.a | env.b").kind,
        ErrorKind::UnexpectedSymbol("|".into())
    );
    assert_eq!(err("\"double\"").kind, ErrorKind::DoubleQuote);
    let e = err("'open");
    assert_eq!(e.kind, ErrorKind::UnterminatedString);
    assert_eq!(e.span, Span::new(0, 5));
    assert_eq!(err("env.a ==").kind, ErrorKind::UnexpectedEnd);
    assert_eq!(err("(env.a").kind, ErrorKind::UnexpectedEnd);
    assert_eq!(err("env.a)").kind, ErrorKind::UnexpectedSymbol(")".into()));
    assert_eq!(
        err("env.a env.b").kind,
        ErrorKind::UnexpectedSymbol("env".into())
    );
    assert_eq!(err("github.").kind, ErrorKind::UnexpectedEnd);
    assert_eq!(
        err("github.'x'").kind,
        ErrorKind::UnexpectedSymbol("'x'".into())
    );
    assert_eq!(err("github[").kind, ErrorKind::UnexpectedEnd);
    assert_eq!(err("github['a'").kind, ErrorKind::UnexpectedEnd);
    assert_eq!(err("1.2.3").kind, ErrorKind::InvalidNumber("1.2.3".into()));
    assert_eq!(err("12abc").kind, ErrorKind::InvalidNumber("12abc".into()));
    assert_eq!(err("- 1").kind, ErrorKind::InvalidNumber("-".into()));
    assert_eq!(
        err("git$hub").kind,
        ErrorKind::InvalidIdentifier("git$hub".into())
    );
    // As in GitHub's lexer, a `.` after a literal starts a number.
    assert_eq!(err("'a'.b").kind, ErrorKind::InvalidNumber(".b".into()));
    assert_eq!(err("'a'[0]").kind, ErrorKind::UnexpectedSymbol("[".into()));
    assert_eq!(
        err("contains(env.a env.b)").kind,
        ErrorKind::UnexpectedSymbol("env".into())
    );
    assert_eq!(err("").kind, ErrorKind::Empty);
    assert_eq!(err("   ").kind, ErrorKind::Empty);
    assert_eq!(err("!").kind, ErrorKind::UnexpectedEnd);
}

#[test]
fn semantic_errors_are_reported_with_spans() {
    let e = err("contain(github.event.issue.labels, 'x')");
    assert_eq!(e.kind, ErrorKind::UnknownFunction("contain".into()));
    assert_eq!(e.span, Span::new(0, 7));
    let e = err("startsWith(github.ref)");
    assert_eq!(
        e.kind,
        ErrorKind::TooFewArguments {
            name: "startsWith",
            min: 2,
            got: 1
        }
    );
    assert_eq!(
        e.to_string(),
        "`startsWith` takes at least 2 argument(s), got 1"
    );
    let e = err("success(1)");
    assert_eq!(
        e.kind,
        ErrorKind::TooManyArguments {
            name: "success",
            max: 0,
            got: 1
        }
    );
    assert_eq!(
        err("toJSON()").kind,
        ErrorKind::TooFewArguments {
            name: "toJSON",
            min: 1,
            got: 0
        }
    );
    assert_eq!(
        err("join(env.a, ',', 'x')").kind,
        ErrorKind::TooManyArguments {
            name: "join",
            max: 2,
            got: 3
        }
    );
    assert_eq!(
        err("hashFiles()").kind,
        ErrorKind::TooFewArguments {
            name: "hashFiles",
            min: 1,
            got: 0
        }
    );
    assert_eq!(
        err("case(true, 'a', false, 'b')").kind,
        ErrorKind::EvenArguments
    );
    let e = err("env.a == foo.bar");
    assert_eq!(e.kind, ErrorKind::UnknownContext("foo".into()));
    assert_eq!(e.span, Span::new(9, 12));
    assert!(e.is_semantic());
    assert!(e.to_string().contains("unknown context `foo`"));

    // The syntax-only parse keeps the tree and lists every problem.
    let tree = parse_syntax("foo.x && bar() && contains(1)").unwrap();
    let errors: Vec<ErrorKind> = semantic_errors(&tree).into_iter().map(|e| e.kind).collect();
    assert_eq!(
        errors,
        vec![
            ErrorKind::UnknownContext("foo".into()),
            ErrorKind::UnknownFunction("bar".into()),
            ErrorKind::TooFewArguments {
                name: "contains",
                min: 2,
                got: 1
            },
        ]
    );
}

#[test]
fn trailing_comma_in_calls_is_accepted_as_github_does() {
    assert_eq!(p("format('{0}', github.sha,)"), "format('{0}', github.sha)");
}

#[test]
fn depth_limit_gives_errors_not_overflows() {
    for src in [
        "(".repeat(10_000) + "1" + &")".repeat(10_000),
        "!".repeat(20_000) + "true",
        "format(".repeat(3_000) + "'x'" + &")".repeat(3_000),
        "github[".repeat(5_000) + "'x'" + &"]".repeat(5_000),
        "1 == ".repeat(4_000) + "1",
    ] {
        let e = parse(&src).unwrap_err();
        assert!(
            matches!(
                e.kind,
                ErrorKind::TooDeep(MAX_DEPTH) | ErrorKind::TooLong(_)
            ),
            "{:?}",
            e.kind
        );
    }
    // Just under the limit is fine.
    let ok = "(".repeat(40) + "1" + &")".repeat(40);
    assert_eq!(p(&ok), "1");
}

#[test]
fn depth_is_counted_as_github_counts_it() {
    // Every dereference of a chain counts, as in GitHub's parser.
    let chain = |n: usize| format!("github{}", ".a".repeat(n));
    assert!(parse(&chain(45)).is_ok());
    assert_eq!(err(&chain(60)).kind, ErrorKind::TooDeep(MAX_DEPTH));
    // Function calls count through their arguments only.
    let nested = |n: usize| "toJSON(".repeat(n) + "1" + &")".repeat(n);
    assert!(parse(&nested(48)).is_ok());
    assert_eq!(err(&nested(60)).kind, ErrorKind::TooDeep(MAX_DEPTH));
    // A long `||` chain is flat.
    let ors = vec!["env.a"; 2_000].join(" || ");
    assert!(parse(&ors).is_ok());
    let too_long = "'".to_string() + &"x".repeat(30_000) + "'";
    assert_eq!(err(&too_long).kind, ErrorKind::TooLong(21_000));
}

#[test]
fn folding_is_bounded() {
    // Each level multiplies the string by 16: unbounded folding would exhaust memory.
    let mut src = "'x'".to_string();
    for _ in 0..12 {
        src = format!("format('{}', {src})", "{0}".repeat(16));
    }
    let e = parse(&src).unwrap();
    assert_eq!(
        yoroi_ghaexpr::evaluate(&e, &yoroi_ghaexpr::nothing_known),
        None
    );
}

#[test]
fn garbage_never_panics() {
    let pieces = [
        "(", ")", "[", "]", "'", "''", ".", "*", "!", "=", "==", "&&", "||", "<", ">=", ",", "1",
        "-", "0x", "e5", "github", "format", "  ", "\n", "é", "${{", "}}", "\"", "null",
    ];
    // A deterministic walk over many combinations.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let mut s = String::new();
        for _ in 0..(seed % 12) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let _ = parse(&s);
        let _ = find(&s);
        let _ = yoroi_ghaexpr::condition(&s);
        seed = seed.wrapping_add(1);
    }
}

#[test]
fn find_locates_every_expression() {
    let text = "echo ${{ github.sha }} and ${{ format('{0}}}', github.ref) }} end";
    let found = find(text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        &text[found[0].span.start..found[0].span.end],
        "${{ github.sha }}"
    );
    assert_eq!(
        &text[found[0].inner_span.start..found[0].inner_span.end],
        " github.sha "
    );
    let e = found[0].expr.as_ref().unwrap();
    // Expression spans are relative to the whole text.
    assert_eq!(&text[e.span.start..e.span.end], "github.sha");
    // A `}}` inside a string literal does not close the expression.
    assert_eq!(
        &text[found[1].span.start..found[1].span.end],
        "${{ format('{0}}}', github.ref) }}"
    );
    assert!(found[1].expr.is_ok());
}

#[test]
fn find_quotes_and_escapes() {
    let text = "${{ 'it''s }} here' }}";
    let found = find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span, Span::new(0, text.len()));
    assert_eq!(
        common::sexp(found[0].expr.as_ref().unwrap()),
        "'it's }} here'"
    );
}

#[test]
fn find_errors_keep_their_place() {
    let text = "a ${{ github.sha }} b ${{ github.ref";
    let found = find(text);
    assert_eq!(found.len(), 2);
    assert!(found[0].expr.is_ok());
    let e = found[1].expr.as_ref().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unterminated);
    assert_eq!(e.span, Span::new(22, text.len()));

    let text = "x: ${{ }}";
    let e = find(text).remove(0).expr.unwrap_err();
    assert_eq!(e.kind, ErrorKind::Empty);
    assert_eq!(e.span, Span::new(3, 9));

    let text = "run: echo ${{ github.actor = 'x' }}";
    let e = find(text).remove(0).expr.unwrap_err();
    assert_eq!(&text[e.span.start..e.span.end], "=");

    // An unterminated string inside swallows the closing braces, as GitHub's reader does.
    let text = "${{ 'abc }}";
    assert_eq!(
        find(text).remove(0).expr.unwrap_err().kind,
        ErrorKind::Unterminated
    );
    assert!(find("no expressions, just $ { { text }}").is_empty());
}

#[test]
fn templates() {
    assert_eq!(template("plain"), Template::Literal);
    assert!(matches!(template("${{ github.sha }}"), Template::Single(_)));
    assert!(matches!(
        template("${{ github.sha }}\n"),
        Template::Interpolated {
            has_literal_text: true,
            ..
        }
    ));
    assert!(matches!(
        template("${{ env.a }}${{ env.b }}"),
        Template::Interpolated {
            has_literal_text: false,
            ..
        }
    ));
}

#[test]
fn the_deepest_accepted_tree_is_safe_to_walk() {
    // Parentheses to the depth limit, each holding a left-nested chain of comparisons (which
    // GitHub does not count as depth): the deepest tree the parser accepts.
    let mut src = "env.x".to_string();
    let mut levels = 0;
    loop {
        let next = format!("!({src}{})", " == env.y".repeat(MAX_DEPTH));
        if parse(&next).is_err() {
            break;
        }
        src = next;
        levels += 1;
    }
    assert!(levels >= 20, "{levels}");
    let e = parse(&src).unwrap();
    let known = |_: &yoroi_ghaexpr::ContextPath| Some(yoroi_ghaexpr::Value::Null);
    assert!(yoroi_ghaexpr::evaluate(&e, &known).is_some());
    assert!(yoroi_ghaexpr::truthiness(&e, &known).is_some());
    let _ = yoroi_ghaexpr::taint(&e);
    let _ = yoroi_ghaexpr::reads(&e);
    let _ = yoroi_ghaexpr::spoofable_actor_checks(&e);
    let mut n = 0;
    e.walk(&mut |_| n += 1);
    assert!(n > 1000);
    let copy = e.clone();
    assert_eq!(copy, e);
    let _ = find(&format!("${{{{ {src} }}}}"));
}
