resource "aws_s3_bucket" "data" {
  bucket = "corp-data"
}

# Passes only thanks to the companion policy.
resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket" "documented" {
  bucket = "corp-documented"
}

# The JSON comes from a data source and is unknown here: no finding.
resource "aws_s3_bucket_policy" "documented" {
  bucket = aws_s3_bucket.documented.id
  policy = data.aws_iam_policy_document.tls_only.json
}
