//! `yoroi lsp` over real stdio: framing, a malformed message skipped, a whole session.

mod common;

fn frame(body: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{body}", body.len())
}

#[test]
fn lsp_serves_a_session_over_stdio_and_skips_malformed_messages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let uri = format!("file://{}/Dockerfile", dir.path().display());
    let open = serde_json::json!({
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": {"textDocument": {"uri": uri, "languageId": "dockerfile", "version": 1,
                   "text": "FROM ubuntu:22.04\nMAINTAINER someone@example.com\n"}}
    });
    let input = [
        frame("{this is not json"),
        frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#),
        frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
        frame(&open.to_string()),
        frame(r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
        frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
    ]
    .concat();
    let output = common::yoroi_stdin(&["lsp"], &input);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("skipped a malformed message"), "{stderr}");
    assert!(
        stdout.contains(r#""id":1,"result":{"capabilities""#),
        "{stdout}"
    );
    assert!(
        stdout.contains(r#""method":"textDocument/publishDiagnostics""#),
        "{stdout}"
    );
    assert!(stdout.contains(r#""code":"DKR013""#), "{stdout}");
    assert!(stdout.contains(r#""id":2,"result":null"#), "{stdout}");
}
