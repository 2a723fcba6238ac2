resource "aws_cloudsearch_domain" "docs" { # expect: AWS448
  name = "docs"
}

resource "aws_cloudsearch_domain" "legacy" {
  name = "legacy"
  endpoint_options {
    enforce_https = false # expect: AWS448
  }
}
