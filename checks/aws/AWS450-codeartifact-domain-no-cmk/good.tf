resource "aws_codeartifact_domain" "corp" {
  domain         = "corp"
  encryption_key = aws_kms_key.artifacts.arn
}
