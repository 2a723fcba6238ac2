resource "aws_codeartifact_domain" "corp" { # expect: AWS450
  domain = "corp"
}
