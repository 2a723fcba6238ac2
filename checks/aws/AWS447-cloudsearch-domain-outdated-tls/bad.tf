resource "aws_cloudsearch_domain" "docs" { # expect: AWS447
  name = "docs"
  endpoint_options {
    enforce_https = true
  }
}

resource "aws_cloudsearch_domain" "legacy" {
  name = "legacy"
  endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: AWS447
  }
}
